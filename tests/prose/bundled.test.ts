// writeProse on the bundled edition (55 institutions, 40 indicators): nothing broken, everything traced, and the
// synthetic caveats where the seed rule wants them.
import { describe, expect, it } from 'vitest';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot } from '../../scripts/findings/root.ts';
import { FORBIDDEN } from '../../scripts/lib/text.ts';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import { allParagraphs } from '../../scripts/prose/types.ts';
import { bundledResults } from './helpers.ts';

describe('prose for the bundled edition', () => {
  const { results, source } = bundledResults();
  const findings = findFindings(results);
  const prose = writeProse(results, findings);
  const root = factRoot(results, findings);
  const all = allParagraphs(prose);

  it(`writes every paragraph without broken text (${source})`, () => {
    expect(all.length).toBeGreaterThan(200);
    for (const p of all) {
      expect(p.sentences.length, p.id).toBeGreaterThan(0);
      for (const s of p.sentences) for (const bad of FORBIDDEN) expect(s.text, p.id).not.toContain(bad);
    }
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('passes the trace check on every paragraph', () => {
    expect(checkTrace(all, root)).toEqual([]);
  });

  it('covers every goal, indicator breakdown and institution', () => {
    expect(Object.keys(prose.goals)).toEqual([...results.goalOrder]);
    for (const id of results.indicatorOrder) expect(Object.keys(prose.indicators[id]!)).toEqual([...results.indicators[id]!.breakdowns]);
    expect(Object.keys(prose.institutions)).toHaveLength(results.institutionOrder.length);
  });

  it('introduces institution figures as fictitious when the edition is synthetic', () => {
    expect(results.edition.synthetic).toBe(true);
    expect(prose.introduction.find((p) => p.id === 'inleiding-synthetisch')).toBeDefined();
    for (const priority of [1, 2, 3] as const) {
      expect(prose.priorities[priority].intro.sentences.filter((s) => s.text.includes('fictief'))).toHaveLength(1);
    }
    // Every series names its sources in its row of the table "Landelijke cijfers per reeks" (its last cell); a
    // breakdown with the same sources says "als hierboven".
    for (const rows of Object.values(prose.seriesTables)) {
      expect(rows[0]!.sentences.at(-1)!.text).not.toMatch(/^(–|als hierboven)$/);
      for (const r of rows.slice(1)) expect(r.sentences.at(-1)!.text).not.toBe('–');
    }
  });
});
