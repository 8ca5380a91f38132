// The claim check (issue 23): every statement about an indicator × breakdown's verdict, development or attainment
// share carries its claim as data, and the outline refuses a report in which two places disagree, naming both in
// Dutch. The fixture edition passes; the same edition with one template wording one verdict differently fails.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import type { Claim } from '../../scripts/findings/types.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import type { RenderedFigure } from '../../scripts/figures/types.ts';
import { ReportError } from '../../scripts/lib/errors.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { findingTitles, outline } from '../../scripts/pipeline.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import { checkClaims, conflictMessages, reportClaims } from '../../scripts/report/claims.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const load = (name: string) => loadSnapshot(join(FIXTURES, 'snapshots', name)).snapshot!;
const previous = load('2024-11-01');
const results = computeResults(load('2025-11-01'), previous);
const findings = findFindings(results);
const prose = writeProse(results, findings);
const figures: RenderedFigure[] = buildFigures(results, findings, findingTitles(prose)).map((f) => ({ ...f, svg: null }));
const report = () => outline(results, prose, figures, join(FIXTURES, 'content'), silentLog, findings, previous);

describe('the claim check of the Report', () => {
  it('finds every kind of claim in the fixture edition, and no two places that disagree', () => {
    const claims = reportClaims(report());
    for (const kind of ['oordeel', 'ontwikkeling', 'bereikt'] as const) expect(claims.filter((c) => c.claim.kind === kind).length, kind).toBeGreaterThan(0);
    // The same verdict is stated in more than one place (a finding, the indicator page, the overview table).
    const places = new Map<string, Set<string>>();
    for (const c of claims.filter((x) => x.claim.kind === 'oordeel')) {
      const key = `${c.claim.indicator}|${c.claim.breakdown}`;
      places.set(key, (places.get(key) ?? new Set()).add(c.place));
    }
    expect([...places.values()].some((s) => s.size > 1)).toBe(true);
    expect(checkClaims(report())).toEqual([]);
  });

  it('refuses a report in which a second template states another verdict, naming both places in Dutch', () => {
    // The overview table (a figure template) says "op schema" for Rekenen where the indicator's paragraph (a prose
    // template) says what the finding says: too few institutions in this small edition. The first place that says so is
    // the row of the Stand van zaken (issue 29), which carries its verdict as a claim too.
    expect(findings.course['rekenen']!['totaal']!.status).toBe('te-weinig-instellingen');
    const table = figures.find((f) => f.id === 'tabel-koers-per-indicator')!;
    expect(table.claims?.some((c) => c.indicator === 'rekenen' && c.kind === 'oordeel')).toBe(true);
    const disagreeing = figures.map((f) =>
      f === table ? { ...f, claims: f.claims!.map((c) => (c.indicator === 'rekenen' && c.kind === 'oordeel' ? { ...c, value: 'op-schema' } : c)) } : f,
    );
    const build = () => outline(results, prose, disagreeing, join(FIXTURES, 'content'), silentLog, findings, previous);
    expect(build).toThrow(ReportError);
    let message = '';
    try {
      build();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'het rapport spreekt zichzelf tegen:',
      expect.stringMatching(/^het oordeel over ‘rekenen’ verschilt: ‘op schema’ in Samenvatting › Koers per indicator \(figuur tabel-koers-per-indicator\), maar ‘te weinig instellingen’ in Stand van zaken \(rij stand-van-zaken-3-1-rekenen-totaal\)$/),
    ]);
  });

  it('compares attainment shares as numbers and names both places', () => {
    const a = { claim: { indicator: 'mentaal', breakdown: 'totaal', kind: 'bereikt', value: 69 } as Claim, place: 'Wat is veranderd' };
    const b = { claim: { ...a.claim, value: 25 }, place: '2.2 Indicatoren (Tabel 2.2)' };
    expect(conflictMessages([{ first: a, second: b }])).toEqual([
      'het aandeel bereikt over ‘mentaal’ verschilt: ‘69,0%’ in Wat is veranderd, maar ‘25,0%’ in 2.2 Indicatoren (Tabel 2.2)',
    ]);
  });
});
