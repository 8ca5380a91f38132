// The national picture in words (issue 24): every national series describes its newest published value (the
// examples of the progress report 2025), a series with a national goal gives the distance, the pace per year still
// needed and the pace so far, spending is set against the part of 2024-2027 it covers, and an edition before the
// first e-file says it has none.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot } from '../../scripts/findings/root.ts';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import { allParagraphs } from '../../scripts/prose/types.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { indicator, snapshot } from '../compute/build-snapshot.ts';
import { stagesOf } from '../helpers/stages.ts';
import { bundledResults } from './helpers.ts';

const text = (paragraphs: ReturnType<typeof allParagraphs>, id: string) =>
  paragraphs.find((p) => p.id === id)!.sentences.map((s) => s.text).join(' ');
/** What a series' table rows, its paragraph and its chart's finding title say together. */
const said = (paragraphs: ReturnType<typeof allParagraphs>, slug: string) =>
  paragraphs
    .filter((p) => p.id === `reeks-${slug}` || p.id === `titel-reeks-${slug}` || p.id.startsWith(`tabel-reeks-${slug}-`))
    .flatMap((p) => p.sentences.map((s) => s.text))
    .join(' | ');

describe('the bundled edition 2025-11-01', () => {
  const { results } = bundledResults();
  const findings = findFindings(results);
  const prose = writeProse(results, findings);
  const all = allParagraphs(prose);

  it('describes the 2025 values of seed 003: bbl 28%, Studentenpeiling 33%, LLO 27 institutions and 17 initiatives', () => {
    expect(said(all, 'moeite-stageplek-jobmonitor')).toContain('28% in 2025 | Gestegen met 6 procentpunt sinds 2024');
    expect(said(all, 'moeite-stageplek-studentenpeiling')).toContain('33% in 2025 | Gestegen met 2 procentpunt sinds 2024');
    expect(said(all, 'llo-katalysator')).toContain('27 in 2025 | Gestegen met 7 sinds 2024');
    expect(said(all, 'llo-katalysator-initiatieven')).toContain('17 in 2025 | Gestegen met 8 sinds 2024');
  });

  it('describes every series by its newest value', () => {
    for (const slug of new Set(results.series.map((s) => s.series))) {
      const line = results.series.find((s) => s.series === slug && s.breakdown === 'totaal') ?? results.series.find((s) => s.series === slug)!;
      expect(said(all, slug), slug).toMatch(new RegExp(`(in|tot en met) ${line.last!.period.replace('/', '\\/')}|^In ${line.last!.period}| ${line.last!.period} `));
    }
  });

  it('gives the pace still needed to a national goal: vsv 4.000 fewer a year to reach 18.000 in 2026', () => {
    // Circa 30.000 in 2022/23 (002:L60), fewer than 18.000 in 2026 (001:L137): 12.000 in 3 years.
    expect(text(all, 'reeks-vsv-landelijk')).toContain(
      'Om het doel in 2026 te halen is nog 4.000 minder per jaar nodig; hoe snel het tot nu toe ging, is met één meting niet te zeggen.',
    );
    // 141 practoraten is the institutions' own ambition added up, not a national goal (generate/national.ts).
    expect(said(all, 'practoraten')).not.toContain('doel');
    // 37% in 2023/24 against at least 35%: reached, no pace needed.
    expect(text(all, 'reeks-aandeel-bbl-uitstroom')).toContain('de laatst bekende waarde ligt daarboven, het doel is daarmee gehaald.');
    expect(text(all, 'reeks-aandeel-bbl-uitstroom')).not.toContain('per jaar nodig');
    expect(text(all, 'bevinding-reeks-aandeel-bbl-uitstroom')).toBe(
      '‘Aandeel bbl in de gediplomeerde uitstroom’ ligt met 37% in 2023/24 al boven het landelijke doel van 35% in 2027.',
    );
  });

  it('sets spending against one of the four years of 2024-2027, not against the calendar time elapsed', () => {
    expect(results.budget).toMatchObject({ reportYear: 2024, closedYear: 2024, coveredYears: 1, coveredShare: 25 });
    // The spending line of each goal (issue 23: its own line, no finding) with national's covered share.
    const spending = all.filter((p) => p.id.endsWith('-besteding-stand')).map((p) => p.sentences[0]!.text);
    expect(spending.length).toBeGreaterThan(0);
    for (const s of spending) expect(s).toMatch(/^Besteding: \d+% van de begroting 2024-2027, (volgens plan|achter op plan|sneller dan gepland)\.$/);
    // What the plan is, said once above them (issue 27).
    expect(text(all, 'stand-van-zaken-besteding')).toBe(
      'Het tempo van de besteding zetten we af tegen een gelijke verdeling van de begroting over de vier jaren 2024-2027: de bestedingen over 2024 beslaan één van de vier jaren (25%).',
    );
    expect(all.map((p) => p.sentences.map((s) => s.text).join(' ')).join(' ')).not.toMatch(/van de periode (die )?voorbij is/);
  });

  it('cites the revision rule as the monitoring’s own and sums up what counting every revision would do', () => {
    expect(text(all, 'methode-streefwaarden')).toContain('Dat is de werkwijze van de monitoring zelf');
    expect(text(all, 'methode-streefwaarden-bijstellingen')).toMatch(/zou de gemiddelde streefwaarde met alle bijstellingen minder gunstig zijn/);
  });

  it('passes the trace check', () => {
    expect(checkTrace(all, factRoot(results, findings))).toEqual([]);
  });
});

describe('the bundled edition 2024-11-01, before the first e-file', () => {
  const snapshot = loadSnapshot(join(import.meta.dirname, '..', '..', 'data', 'snapshots', '2024-11-01')).snapshot!;
  const results = computeResults(snapshot, null);
  const findings = findFindings(results);
  const all = allParagraphs(writeProse(results, findings));
  const everything = all.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n');

  it('says there is no e-file yet, claims no spending and cites no report of 2025', () => {
    expect(results.budget).toMatchObject({ coveredShare: null, spentShare: null });
    expect(text(all, 'inleiding-gegevens')).toContain('op de peildatum is de eerste e-file nog niet ingeleverd');
    expect(text(all, 'methode-streefwaarden')).toContain('Deze editie bevat nog geen streefwaarden uit een e-file');
    expect(everything).not.toMatch(/besteed, (in de pas|meer dan|terwijl)|Besteding: /);
    expect(everything).not.toContain('(2025)');
    // Spending is no finding (issue 23); there is no spending pace to state either.
    expect(findings.spending).toEqual({});
    expect(findings.items.filter((f) => f.rule === 'oordeel')).toEqual([]);
  });

  it('names only what could be tested in the relation between effort and development: the budget share', () => {
    // Said once, in the method chapter: what was tested (issue 27).
    expect(text(all, 'methode-significantie')).toContain('samenhangt met het aandeel van de doelstelling in hun begroting;');
    expect(text(all, 'methode-significantie')).not.toContain('maatregelen;');
    expect(text(all, 'doel-2-1-samenhang')).not.toContain('maatregel');
  });
});

describe('the pace to a national goal, beside the pace so far (hand-made series)', () => {
  // vsv-like: lower is better; from 30.000 in 2022/23 the series moves to the value given in 2024/25 (2 years).
  function pace(last: number, goalYear: number, goalValue: number) {
    const point = (period: string, value: number) => ({
      series: 'vsv-landelijk', name: 'Nieuwe vsv’ers', indicatorId: 'vsv', goalId: '1.3', breakdown: 'totaal', period, value, unit: 'aantal' as const, source: 'DUO',
    });
    const s = snapshot({
      indicators: [indicator('vsv', 'aantal', 'lager_beter', { shortName: 'Vsv' })],
      series: [point('2022/23', 30000), point('2024/25', last)],
      nationalGoals: [{ indicatorId: 'vsv', breakdown: 'totaal', year: goalYear, value: goalValue, source: 'Werkagenda' }],
    });
    const results = computeResults(s, null);
    const { prose, root } = stagesOf(results);
    const all = allParagraphs(prose);
    expect(checkTrace(all, root)).toEqual([]);
    return text(all, 'reeks-vsv-landelijk');
  }

  it('says when a faster pace is needed than so far: −2.000 a year so far, −4.000 needed (8.000 in 2 years)', () => {
    expect(pace(26000, 2027, 18000)).toContain(
      'Om het doel in 2027 te halen is nog 4.000 minder per jaar nodig, sneller dan sinds 2023: gemiddeld 2.000 minder per jaar.',
    );
  });

  it('says when the pace so far is enough: −2.000 a year so far, −1.000 needed (2.000 in 2 years)', () => {
    expect(pace(26000, 2027, 24000)).toContain(
      'Om het doel in 2027 te halen is nog 1.000 minder per jaar nodig; sinds 2023 ging het gemiddeld met 2.000 minder per jaar, genoeg om het doel te halen.',
    );
  });

  it('says when the series went the other way: +1.000 a year so far, −7.000 needed (14.000 in 2 years)', () => {
    expect(pace(32000, 2027, 18000)).toContain(
      'Om het doel in 2027 te halen is nog 7.000 minder per jaar nodig; sinds 2023 ging de reeks de andere kant op, gemiddeld 1.000 meer per jaar.',
    );
  });
});
