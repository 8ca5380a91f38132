// Small hand-made snapshots for the wording choices the fixture does not reach: worse targets, neutral and grade
// indicators, equal years, tolerance, one institution, a significant effort relation, a non-synthetic edition.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { allParagraphs } from '../../scripts/prose/types.ts';
import type { Snapshot } from '../../scripts/snapshot/types.ts';
import { indicator, institutions, snapshot, type ValueSpec } from '../compute/build-snapshot.ts';
import { stagesOf } from '../helpers/stages.ts';

function proseOf(s: Snapshot) {
  const results = computeResults(s, null);
  const { prose, root } = stagesOf(results);
  // Every hand-made case must also pass the trace check.
  expect(checkTrace(allParagraphs(prose), root)).toEqual([]);
  return prose;
}
const texts = (p: { sentences: readonly { text: string }[] } | null | undefined) => p!.sentences.map((s) => s.text);
/** The cells of an indicator's (first) row in one of its goal's tables. */
const row = (prose: ReturnType<typeof proseOf>, id: string, kind: 'ambitie' | 'stand' | 'metingen') => texts(prose.indicatorTables[id]![kind][0]);

describe('ambition wording', () => {
  it('says so when the average target is less favourable than the start', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('wd', 'procent', 'lager_beter', { shortName: 'Werkdruk' })],
        institutions: institutions('A', 'B'),
        values: [['A', 'wd', 'start', 40], ['A', 'wd', 'streef', 44], ['B', 'wd', 'start', 30], ['B', 'wd', 'streef', 31]],
      }),
    );
    expect(texts(prose.indicators.wd!.totaal!.ambition)[0]).toBe(
      'Gemiddeld ligt de streefwaarde voor ‘Werkdruk’ ongunstiger dan de startwaarde: van 35,0% naar 37,5% in 2027.',
    );
  });

  it('calls an average ambition under half a point "vrijwel op het niveau van de startwaarde"', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('t', 'procent', 'hoger_beter', { shortName: 'Tevredenheid' })],
        institutions: institutions('A', 'B'),
        values: [['A', 't', 'start', 60], ['A', 't', 'streef', 60.4], ['B', 't', 'start', 50], ['B', 't', 'streef', 50.4]],
      }),
    );
    expect(texts(prose.indicators.t!.totaal!.ambition)[0]).toBe(
      'Gemiddeld ligt de streefwaarde voor ‘Tevredenheid’ vrijwel op het niveau van de startwaarde: van 55,0% naar 55,4% in 2027.',
    );
  });

  it('writes grades with one decimal and "punt" for the difference', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('p', 'cijfer', 'hoger_beter', { shortName: 'Professionalisering' })],
        institutions: institutions('A', 'B'),
        values: [['A', 'p', 'start', 6.6], ['A', 'p', 'streef', 7], ['B', 'p', 'start', 7], ['B', 'p', 'streef', 7.2]],
      }),
    );
    expect(row(prose, 'p', 'ambitie').slice(1, 3)).toEqual(['2 van 2 (100%)', '6,8 → 7,1 in 2027 (2 instellingen)']);
  });

  it('describes a neutral indicator without better or worse, and without targets reached', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('m', 'aantal', 'neutraal', { shortName: 'Meldingen' })],
        institutions: institutions('A', 'B', 'C', 'D', 'E'),
        // Five institutions (a sector statement needs five): C and D repeat A and B, E rises by 4 towards 12.
        values: (['A', 'B', 'C', 'D', 'E'] as const).flatMap((id): ValueSpec[] => {
          const [start, target, latest] = id === 'A' || id === 'C' ? [10, 14, 12] : id === 'E' ? [10, 12, 14] : [20, 20, 26];
          return [[id, 'm', 'start', start], [id, 'm', 'streef', target], [id, 'm', 'realisatie', latest]];
        }),
      }),
    );
    // Start and target in the goal's table, without an ambition (no better side).
    expect(row(prose, 'm', 'ambitie').slice(2, 4)).toEqual(['14 → 16 in 2027 (5 instellingen)', '–']);
    expect(row(prose, 'm', 'metingen').at(-1)).toBe('–');
    const development = texts(prose.indicators.m!.totaal!.development);
    // Changes +2, +6, +2, +6, +4: mean 4.
    expect(development).toContain('Per instelling vergeleken met de eigen startwaarde is de waarde gemiddeld 4 hoger (+1,5 tot +6,5; 5 instellingen met een start- en een gerealiseerde waarde).');
    expect(development.join(' ')).not.toMatch(/bereikt|verbetering|verslechtering/);
  });

  it('says so when there are no start and target values', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('d', 'procent', 'lager_beter', { shortName: 'Discriminatie' })],
        institutions: institutions('A'),
        values: [['A', 'd', 'realisatie', 11]],
      }),
    );
    expect(texts(prose.indicators.d!.totaal!.ambition)).toEqual([
      'Voor ‘Discriminatie’ hebben de instellingen geen start- en streefwaarden opgegeven; deze indicator volgen we alleen in zijn ontwikkeling.',
    ]);
  });
});

describe('development wording', () => {
  // Five institutions (a sector statement needs at least five): A, C and E like A, B and D like B.
  const like = (id: string, from: 'A' | 'B'): ValueSpec[] =>
    from === 'A'
      ? [[id, 'r', 'start', 40], [id, 'r', 'streef', 50], [id, 'r', 'realisatie', 42, { year: 2023 }], [id, 'r', 'realisatie', 46, { year: 2024 }]]
      : [[id, 'r', 'start', 50], [id, 'r', 'streef', 55], [id, 'r', 'realisatie', 52, { year: 2023 }], [id, 'r', 'realisatie', 56, { year: 2024 }]];
  const years: ValueSpec[] = [...like('A', 'A'), ...like('B', 'B'), ...like('C', 'A'), ...like('D', 'B'), ...like('E', 'A')];
  const five = institutions('A', 'B', 'C', 'D', 'E');

  it('compares years only when the same number of institutions was measured, and says whether that is better', () => {
    const prose = proseOf(snapshot({ indicators: [indicator('r', 'procent', 'hoger_beter', { shortName: 'Rekenen' })], institutions: five, values: years }));
    // Gap per institution (2022 → 2027, latest 2024: 2 of 5 years): A-like 6 − 4 = 2, B-like 6 − 2 = 4; mean 2,8.
    // Nothing stands out: the numbers are rows of the goal's tables.
    expect(prose.indicators.r!.totaal!.development).toBeNull();
    expect(row(prose, 'r', 'stand')).toEqual([
      'Rekenen',
      'Voor op schema',
      '5 van 5 (100%; 57% tot 100%)',
      '+2,8 procentpunt (1,4 tot 4,2 procentpunt)',
      '+6,0 procentpunt (6,0 tot 6,0 procentpunt), vooruit buiten de toevalsmarge; pad +3,2 procentpunt',
      '–',
    ]);
    // One development rule: the year means say no "verbetering" of their own. A-like: 46 against target 50; B-like:
    // 56 against target 55 (register values without n: no sampling margin).
    expect(row(prose, 'r', 'metingen')).toEqual(['Rekenen', '46,0% in 2023 (5); 50,0% in 2024 (5)', '46,0% tot 56,0% in 2024', '2 van 5 (40%)']);
  });

  it('warns that yearly means are not comparable when different institutions were measured', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('r', 'procent', 'hoger_beter', { shortName: 'Rekenen' })],
        institutions: institutions('A', 'B', 'C', 'D', 'E', 'F'),
        values: [...years, ...like('F', 'B')].filter((v) => !(v[0] === 'B' && v[2] === 'realisatie' && v[4]?.year === 2024)),
      }),
    );
    // The number of institutions beside each year's mean (the method chapter says why that matters).
    expect(row(prose, 'r', 'metingen')[1]).toMatch(/ in 2023 \(6\); .* in 2024 \(5\)$/);
  });

  it('says a single institution is too few to describe the sector, and names it in the singular', () => {
    const prose = proseOf(
      snapshot({
        indicators: [indicator('r', 'procent', 'hoger_beter', { shortName: 'Rekenen' })],
        institutions: institutions('A'),
        values: [['A', 'r', 'start', 40], ['A', 'r', 'streef', 50], ['A', 'r', 'realisatie', 52]],
      }),
    );
    expect(texts(prose.indicators.r!.totaal!.development)).toEqual(['Voor ‘Rekenen’ zijn per jaar te weinig instellingen gemeten om een gemiddelde voor de sector te geven.']);
    expect(row(prose, 'r', 'stand')).toEqual(['Rekenen', 'Te weinig instellingen', '1 van 1', '–', '–', '–']);
  });
});

describe('effort and development', () => {
  // Six institutions: the share of goal 3.3 in the budget is i/7 and the change on the indicator is +i points,
  // so budget share and development go perfectly together (r = 1).
  const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
  const values: ValueSpec[] = ids.flatMap((id, i): ValueSpec[] => [[id, 'x', 'start', 50], [id, 'x', 'streef', 60], [id, 'x', 'realisatie', 51 + i]]);
  const budgets = ids.flatMap((id, i) => [
    { institutionId: id, goalId: '3.3', amount: (i + 1) * 100_000 },
    { institutionId: id, goalId: '1.3', amount: (6 - i) * 100_000 },
  ]);

  it('reports a significant relation as a relation, with r, q and n, and warns against reading an effect', () => {
    const prose = proseOf(
      snapshot({ indicators: [indicator('x', 'procent', 'hoger_beter', { shortName: 'Indicator x' })], institutions: institutions(...ids), values, budgets }),
    );
    const effort = texts(prose.goals['3.3']!.effort);
    expect(effort).toContain(
      // r = 1 gives p = 0 and so q = 0 after the Benjamini–Hochberg correction over the effort table.
      'Instellingen die een groter deel van hun begroting aan deze doelstelling toekennen, laten op ‘Indicator x’ gemiddeld een gunstiger ontwikkeling zien; deze samenhang is significant (r = 1,00; q < 0,001; n = 6).',
    );
    expect(effort).toContain(
      'Dit is een samenhang die ook na correctie voor het aantal toetsen overeind blijft, maar geen bewijs van een effect: instellingen verschillen ook op andere punten.',
    );
  });

  it('says plainly when nothing is related, naming only what could be tested (no measures here)', () => {
    const flat = values.map((v): ValueSpec => (v[2] === 'realisatie' ? [v[0], v[1], v[2], 53] : v));
    const prose = proseOf(snapshot({ indicators: [indicator('x', 'procent', 'hoger_beter')], institutions: institutions(...ids), values: flat, budgets }));
    // The goal's section prints nothing (the chapter's summary says it); its page says it in one sentence.
    expect(prose.goals['3.3']!.effort).toBeNull();
    expect(texts(prose.goals['3.3']!.effortNone)).toEqual([
      'Bij doelstelling 3.3 Werken in mbo vinden we na correctie voor het aantal toetsen geen significante samenhang: een grotere inzet van middelen gaat niet aantoonbaar samen met meer ontwikkeling.',
    ]);
  });
});

describe('a non-synthetic edition', () => {
  it('drops every remark about fictitious data', () => {
    const base = snapshot({
      indicators: [indicator('x', 'procent', 'hoger_beter')],
      institutions: institutions('A', 'B'),
      values: [['A', 'x', 'start', 40], ['A', 'x', 'streef', 50], ['B', 'x', 'start', 45], ['B', 'x', 'streef', 50]],
    });
    const prose = proseOf({ ...base, meta: { ...base.meta, synthetic: false } });
    const all = allParagraphs(prose);
    expect(all.map((p) => p.id)).not.toContain('inleiding-synthetisch');
    expect(all.map((p) => p.id)).not.toContain('samenvatting-synthetisch');
    expect(all.flatMap((p) => p.sentences.map((s) => s.text)).join(' ')).not.toMatch(/fictief|verzonnen|synthetisch/);
    expect(prose.changes).toEqual([]);
  });
});
