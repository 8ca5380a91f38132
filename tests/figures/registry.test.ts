// The figure registry on the small fixture snapshot: exactly the ids of lib/ids.ts (everything the outline can ask
// for), figures whose rows are the Results values they come from, a convergence chart whose line and note agree
// with Results, Dutch sources and notes, valid specs that render without warnings, and a deterministic order.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakdownsOf, rowOf, rowsForInstitution } from '../../scripts/compute/lookup.ts';
import { partialYears } from '../../scripts/compute/partial.ts';
import { computeResults } from '../../scripts/compute/compute.ts';
import type { Results } from '../../scripts/compute/types.ts';
import { figureIds } from '../../scripts/lib/ids.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import { realisedFigure } from '../../scripts/figures/registry/indicators.ts';
import { formatCorrelation } from '../../scripts/figures/spec.ts';
import type { Figure } from '../../scripts/figures/types.ts';
import type { FigureLookup } from '../../scripts/report/blocks.ts';
import { changesAnnex, correlationAnnex, indicatorAnnex, methodAnnex, reflectionChapter, typologyAnnex } from '../../scripts/report/chapters/annexes.ts';
import { samenvatting } from '../../scripts/report/chapters/front.ts';
import { OVERVIEW_TABLE } from '../../scripts/figures/registry/findings.ts';
import { institutionPages, institutionsChapter } from '../../scripts/report/chapters/institutions.ts';
import { priorityChapter, stagepactChapter } from '../../scripts/report/chapters/priorities.ts';
import { inleiding, sectorbeeld } from '../../scripts/report/chapters/sector.ts';
import { homePage, indicatorPages } from '../../scripts/report/chapters/site.ts';
import type { OutlineContext } from '../../scripts/report/context.ts';
import { urls } from '../../scripts/lib/urls.ts';
import { formatCell } from '../../scripts/site/format.ts';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { findingTitles } from '../../scripts/pipeline.ts';
import { stagesOf } from '../helpers/stages.ts';
import { renderChecked, schemaErrors } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'snapshots');
// The 2024 edition is only ever a previous edition (it holds realised values of 2025).
const load = (name: string) => loadSnapshot(join(FIXTURES, name), { asPrevious: name === '2024-11-01' }).snapshot!;
const results = computeResults(load('2025-11-01'), load('2024-11-01'));
const { figures } = stagesOf(results);
const byId = new Map(figures.map((f) => [f.id, f]));
const get = (id: string) => {
  const f = byId.get(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

/** Every id the outline's chapters ask the figure lookup for (a lookup that says yes to everything). */
function idsTheOutlineAsksFor(r: Results): Set<string> {
  const asked = new Set<string>();
  const figuresLookup: FigureLookup = {
    get: (id) => {
      asked.add(id);
      return { id } as Figure;
    },
  };
  const { findings, prose } = stagesOf(r);
  const ctx: OutlineContext = { results: r, findings, prose, figures: figuresLookup, editor: () => null };
  for (const build of [
    homePage, samenvatting, inleiding, sectorbeeld, stagepactChapter, institutionsChapter, reflectionChapter,
    methodAnnex, correlationAnnex, indicatorAnnex, typologyAnnex, changesAnnex, indicatorPages, institutionPages,
  ]) build(ctx);
  for (const p of [1, 2, 3] as const) priorityChapter(ctx, p);
  return asked;
}

/** The ids of lib/ids.ts for these Results: per area, per indicator × breakdown, series slug, goal and institution. */
function expectedIds(r: Results): string[] {
  return [
    figureIds.ambitionOverview(), figureIds.ambitionOverviewGrades(), figureIds.budgetSector(), figureIds.budgetInstitutions(),
    figureIds.convergenceTable(), figureIds.reachedTable(),
    ...r.indicatorOrder.flatMap((id) =>
      r.indicators[id]!.breakdowns.flatMap((b) => [figureIds.startTarget(id, b), figureIds.realised(id, b), figureIds.convergence(id, b)]),
    ),
    ...[...new Set(r.series.map((s) => s.series))].map((s) => figureIds.series(s)),
    ...r.goalOrder.flatMap((g) => [figureIds.spendingTable(g), figureIds.measures(g), figureIds.judgements(g), figureIds.effortTable(g)]),
    figureIds.judgementsByGoal('voortgang'), figureIds.judgementsByGoal('effectiviteit'),
    figureIds.ambitionBudgetTable(), figureIds.typologyCounts(), figureIds.typologyScores(), figureIds.typologyInstitutionsTable(),
    figureIds.indicatorTable(), figureIds.targetRevisionsTable(), figureIds.changesTable(), figureIds.changesByGoalTable(), figureIds.valueChangesTable(), figureIds.institutionsTable(), OVERVIEW_TABLE,
    ...r.goalOrder.map((g) => figureIds.goalValueChangesTable(g)),
    ...r.institutionOrder.flatMap((i) => [figureIds.institutionPosition(i), figureIds.institutionValues(i), figureIds.institutionBudget(i)]),
  ];
}

/** Every text a reader sees: caption parts, notes, alt, empty reason, column heads and formatted cells. */
function readerTexts(f: Figure): string[] {
  const cells = f.data.flatMap((row) => f.columns.map((c) => formatCell(row[c.key], c)));
  return [f.title, f.subtitle ?? '', f.source, ...f.notes, f.alt, f.emptyReason ?? '', ...f.columns.map((c) => c.label), ...cells];
}

describe('judgements per goal', () => {
  it('stacks the progress answers of every goal with e-file judgements (fixture: 3.3 and 2.2)', () => {
    const f = figures.find((x) => x.id === figureIds.judgementsByGoal('voortgang'))!;
    // efile_oordelen.csv: I01 3.3 meeste, I02 3.3 helft, I02 2.2 alle.
    expect(f.data).toEqual([
      { doelstelling: expect.stringContaining('2.2'), totaal: 1, alle: 1, meeste: 0, helft: 0, klein_deel: 0, geen: 0 },
      { doelstelling: expect.stringContaining('3.3'), totaal: 2, alle: 0, meeste: 1, helft: 1, klein_deel: 0, geen: 0 },
    ]);
  });
});

describe('figure ids', () => {
  it('are exactly the ids of lib/ids.ts, each once', () => {
    const ids = figures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expectedIds(results).sort());
  });

  it('include every id the outline can ask for', () => {
    const asked = idsTheOutlineAsksFor(results);
    expect(asked.size).toBeGreaterThan(40);
    expect([...asked].filter((id) => !byId.has(id))).toEqual([]);
  });

  it('come out in the same order with the same content every time', () => {
    const { findings, prose } = stagesOf(results);
    expect(JSON.stringify(buildFigures(results, findings, findingTitles(prose)))).toBe(JSON.stringify(figures));
  });
});

describe('values come from Results', () => {
  it('start–target rows of werkdruk are the institutions’ start, target in force and latest value', () => {
    const f = get('start-streef-werkdruk');
    const b = results.sector.werkdruk!.totaal!;
    expect(f.data).toHaveLength(6);
    for (const row of f.data) {
      const r = b.rows.find((x) => x.institutionName === row['instelling'])!;
      expect(row).toEqual({ instelling: r.institutionName, start: r.start, streef: r.target, realisatie: r.latest?.value ?? null });
    }
    // Highest start first; the ignored (less ambitious) e-file target and the suppressed 2024 value are noted.
    expect(f.data[0]).toEqual({ instelling: 'Instelling 02', start: 52, streef: 40, realisatie: 47 });
    expect(f.subtitle).toBe('Startwaarde 2022, streefwaarde 2027, realisatie 2024; procent');
    expect(f.notes).toContain('Waarden van minder dan 30 respondenten zijn niet getoond.');
    expect(f.notes).toContain('Niet meegenomen: naar beneden bijgestelde streefwaarden, omdat niet duidelijk is waarom ze zijn bijgesteld (zie de verantwoording).');
    expect(f.source).toBe("Kwaliteitsagenda's en e-files van de instellingen; MTO MBO Raad (fictieve gegevens)");
  });

  it('the convergence chart quotes Results’ r, p and n and draws the same least-squares line', () => {
    const f = get('convergentie-werkdruk');
    const c = results.sector.werkdruk!.totaal!.convergence;
    // r as a description with the subtitle; the spread test that decides is a row of the tables beside the chart
    // (issue 27: not a note under each of them), and stays in the alternative text.
    expect(f.subtitle).toContain(`(Pearson-correlatie: ${formatCorrelation(c.r!, c.p!, c.n)})`);
    expect(f.subtitle).toContain('r = \u22120,51');
    expect(f.alt).toMatch(/Geen conclusie over een inhaalslag/);
    // What the line and r are, in the same words under every such figure (said once a chapter).
    expect(f.notes[0]).toMatch(/^De lijn is de kleinste-kwadratenlijn\. De correlatie is alleen een beschrijving/);
    // Lower is better: Results correlate −start; the chart shows the raw start, and says so.
    expect(f.notes[1]).toMatch(/lagere waarde beter.*maal −1/);
    expect(f.data).toHaveLength(c.n);
    // vega-lite fits the line on the plotted (raw) points; that line is Results' line with the sign of x flipped.
    const xs = f.data.map((d) => d['start'] as number);
    const ys = f.data.map((d) => d['ambitie'] as number);
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(slope).toBeCloseTo(-c.slope!, 9);
    expect(my - slope * mx).toBeCloseTo(c.intercept!, 9);
    const spec = JSON.stringify(f.spec);
    expect(spec).toContain('"regression":"ambitie","on":"start"');
  });

  it('the convergence table lists the spread test of every indicator × breakdown that has one, concluded in Dutch', () => {
    const f = get('tabel-convergentie');
    const expected = results.indicatorOrder.flatMap((id) => breakdownsOf(results, id).filter((b) => b.convergence.spread !== null).map((b) => ({ id, b })));
    expect(f.data).toHaveLength(expected.length);
    const werkdruk = f.data.find((r) => r['indicator'] === results.indicators.werkdruk!.shortName)!;
    const c = results.sector.werkdruk!.totaal!.convergence;
    expect(werkdruk).toMatchObject({ uitsplitsing: 'totaal', n: c.n, r: c.r, sdStart: c.spread!.sdStart, sdStreef: c.spread!.sdTarget, q: c.spread!.q, conclusie: 'geen conclusie' });
    expect(f.data.some((r) => r['indicator'] === results.indicators.vsv!.shortName)).toBe(false);
  });

  it('the spending table shows the report-year bands with a total row', () => {
    const f = get('tabel-besteding-1-3');
    const g = results.budget.goals['1.3']!;
    expect(f.data.map((r) => r['besteding'])).toEqual([...g.yearBands.map((b) => b.label), 'Totaal']);
    expect(f.data.map((r) => r['aantal'])).toEqual([...g.yearBands.map((b) => b.count), g.institutions]);
    expect(f.columns[0]!.label).toBe(`Uitgaven in ${results.budget.reportYear} als aandeel van de begroting`);
  });

  it('the judgements figure has one bar per question with the answer counts of Results', () => {
    const f = get('oordelen-3-3');
    const j = results.judgements.goals['3.3']!;
    const progress = f.data.filter((r) => r['vraag'] === 'Voortgang');
    const effectiveness = f.data.filter((r) => r['vraag'] === 'Effectiviteit');
    expect(progress.map((r) => r['aantal'])).toEqual(j.progress.filter((d) => d.count > 0).map((d) => d.count));
    expect(effectiveness.map((r) => r['aantal'])).toEqual(j.effectiveness.filter((d) => d.count > 0).map((d) => d.count));
    // Two panels, each with its own answer scale and legend.
    expect((f.spec as unknown as { vconcat: unknown[] }).vconcat).toHaveLength(2);
  });

  it('the measures figure shows each measure’s share of the reporting institutions', () => {
    const f = get('maatregelen-3-3');
    const ids = results.measures.goals['3.3']!.measureIds;
    expect(f.data.map((r) => r['aantal'])).toEqual(ids.map((id) => results.measures.measures[id]!.carriedOut.count));
    expect(f.data.map((r) => r['verplicht'])).toEqual(ids.map((id) => (results.measures.measures[id]!.mandatory ? 'ja' : 'nee')));
  });

  it('the effort table names each kind of effort in Dutch', () => {
    const f = get('tabel-inzet-3-3');
    const inzet = new Set(f.data.map((r) => r['inzet']));
    expect(inzet.has('Aandeel in begroting')).toBe(true);
    expect(inzet.has('Aandeel besteed')).toBe(true);
    expect([...inzet].some((v) => String(v).startsWith('Maatregel: '))).toBe(true);
    expect(f.data).toHaveLength(results.effort.filter((e) => e.goalId === '3.3' && e.n > 0).length);
  });

  it('the institution overview links every row to its page and counts targets reached', () => {
    const f = get('tabel-instellingen');
    expect(f.data.map((r) => r['url'])).toEqual(results.institutionOrder.map((id) => urls.institution(id)));
    const i02 = f.data.find((r) => r['url'] === '/instelling/i02/')!;
    const rows = rowsForInstitution(results, 'I02');
    expect(i02).toMatchObject({
      instelling: results.institutions.I02!.name,
      studenten: results.institutions.I02!.students,
      type: `Type ${results.institutions.I02!.type}`,
      streefwaarden: rows.filter((r) => r.target !== null).length,
      gemeten: results.institutions.I02!.reached.denominator,
      bereikt: results.institutions.I02!.reached.count,
    });
    // Results count reached targets over the same rows the institution page lists.
    expect(i02['gemeten']).toBe(rows.filter((r) => r.reached !== null).length);
    expect(i02['bereikt']).toBe(rows.filter((r) => r.reached === true).length);
    expect(i02['gemeten']).toBeGreaterThan(0);
    expect(f.columns.map((c) => c.key)).not.toContain('url');
  });

  it('an institution’s value table shows its own rows in its units', () => {
    const f = get('tabel-waarden-i01');
    const row = rowOf(results, 'I01', 'werkdruk', 'totaal')!;
    expect(f.data.find((r) => r['indicator'] === results.indicators.werkdruk!.shortName)).toEqual({
      indicator: results.indicators.werkdruk!.shortName,
      uitsplitsing: 'totaal',
      start: '45,0%',
      streef: '38,0%',
      laatste: '43,0%',
      jaar: String(row.latest!.year),
      bereikt: row.reached ? 'ja' : 'nee',
    });
  });

  it('ambition overviews keep procent and cijfer apart and leave out counts', () => {
    const procent = get('ambitie-overzicht');
    const grades = get('ambitie-overzicht-cijfers');
    const label = (id: string, b: string) => (b === 'totaal' ? results.indicators[id]!.shortName : `${results.indicators[id]!.shortName}, ${b}`);
    expect(procent.data.map((r) => r['indicator'])).toEqual([label('stage-school', 'bol'), label('rekenen', 'totaal'), label('werkdruk', 'totaal'), label('lc-ld', 'totaal')]);
    expect(grades.data.map((r) => r['indicator'])).toEqual([label('professionalisering', 'totaal')]);
    const w = results.sector.werkdruk!.totaal!.improvement!;
    expect(procent.data[2]).toEqual({ indicator: label('werkdruk', 'totaal'), gemiddelde: w.mean, q1: w.q1, q3: w.q3, n: w.n });
    expect(procent.notes.join(' ')).toContain("in aantallen of euro's");
  });
});

describe('empty states', () => {
  it('a realised chart needs two measured years; the reason names the one there is', () => {
    expect(get('realisatie-werkdruk').emptyReason).toBe('er is alleen in 2024 gemeten (gemiddeld 42,0% over 3 instellingen); de ontwikkeling volgt zodra er een tweede meting is.');
    expect(get('realisatie-lc-ld').emptyReason).toBe('er zijn nog geen gerealiseerde waarden gemeten.');
  });

  it('counts get no catch-up chart and a series with one period no line', () => {
    expect(get('convergentie-vsv').emptyReason).toMatch(/^bij aantallen/);
    expect(get('reeks-vsv-landelijk').emptyReason).toMatch(/^er is één meting: /);
  });

  it('without a previous edition the changes table is empty with a reason', () => {
    const { figures: alone } = stagesOf(computeResults(load('2025-11-01'), null));
    expect(alone.find((f) => f.id === 'tabel-wijzigingen')!.emptyReason).toBe('er is geen vorige editie om mee te vergelijken.');
  });
});

describe('sources and text', () => {
  it('marks institution data as invented in a synthetic edition, never the national series', () => {
    expect(results.edition.synthetic).toBe(true);
    const series = figures.filter((f) => f.id.startsWith('reeks-'));
    expect(series.length).toBeGreaterThan(0);
    for (const f of series) expect(f.source).not.toContain('fictieve');
    const instroom = results.series.find((s) => s.series === 'instroom')!;
    expect(get('reeks-instroom').source).toBe(instroom.sources.join('; '));
    for (const f of figures.filter((x) => /^(start-streef|realisatie|convergentie|positie|tabel-waarden|tabel-begroting|maatregelen|oordelen)-/.test(x.id))) {
      expect(f.source, f.id).toMatch(/ \(fictieve gegevens\)$/);
    }
    expect(get('tabel-indicatoren').source).not.toContain('fictieve');
  });

  it('has no undefined, NaN or null and no decimal points in any text a reader sees', () => {
    for (const f of figures) {
      for (const text of readerTexts(f)) {
        expect(text, f.id).not.toMatch(/undefined|NaN|\bnull\b|Infinity|\[object/);
        expect(text, f.id).not.toMatch(/\d\.\d+ ?(%|procent|punt)/);
      }
    }
  });
});

describe('specs', () => {
  it('validate against the Vega-Lite schema and render without warnings', async () => {
    const charts = figures.filter((f) => f.spec && !f.emptyReason);
    expect(charts.length).toBeGreaterThan(20);
    for (const f of charts) {
      expect(schemaErrors(f.spec!), f.id).toEqual([]);
      const { svg, warnings } = await renderChecked(f);
      expect(warnings, f.id).toEqual([]);
      expect(svg, f.id).toMatch(/^<svg[^>]* role="img"/);
    }
  });

  it('tables have no spec and rows with only their columns (plus a site link)', () => {
    for (const f of figures.filter((x) => x.type === 'table' && !x.emptyReason)) {
      expect(f.spec).toBeNull();
      const keys = f.columns.map((c) => c.key);
      for (const row of f.data) expect(Object.keys(row).filter((k) => k !== 'url')).toEqual(keys);
    }
  });
});

describe('partial years in the realised chart', () => {
  // werkdruk has one measured year in the fixture; three years around it, the last from fewer institutions.
  const b = results.sector.werkdruk!.totaal!;
  const stats = b.years.find((y) => y.stats !== null)!.stats!;
  const year = (y: number, n: number) => ({ year: y, stats: { ...stats, n }, suppressed: 0 });

  it('marks a year with fewer institutions than the latest earlier year, and says so in a note', () => {
    const f = realisedFigure(results, results.indicators.werkdruk!, { ...b, years: [year(2022, 49), year(2024, 49), year(2025, 34)] });
    expect(f.data.map((d) => d['n'])).toEqual([49, 49, 34]);
    // The same words under every such figure (a chapter says them once); the counts are under the years.
    expect(f.notes[0]).toBe(
      'Onder een jaartal staat het aantal instellingen (n) als dat jaar waarden heeft van minder instellingen dan het vorige meetjaar. ' +
        'Het gemiddelde en de spreiding van zo’n jaar gaan over een kleinere groep instellingen en zijn daarom niet zonder meer te ' +
        'vergelijken met het vorige meetjaar.',
    );
    expect(JSON.stringify(f.spec)).toContain('{\\"2025\\":[\\"2025\\",\\"n = 34\\"]}[datum.label]');
  });

  it('leaves full years (as many or more institutions) unmarked', () => {
    const f = realisedFigure(results, results.indicators.werkdruk!, { ...b, years: [year(2022, 34), year(2024, 49), year(2025, 49)] });
    expect(f.notes.join(' ')).not.toContain('Onder een jaartal');
    expect(JSON.stringify(f.spec)).not.toContain('n = ');
  });

  it('compares with the latest earlier year with values, not with the first or the largest', () => {
    expect(partialYears([{ year: 2025, n: 40 }, { year: 2022, n: 50 }, { year: 2023, n: 0 }, { year: 2024, n: 45 }])).toEqual([
      { year: 2024, n: 45, earlierYear: 2022, earlierN: 50 },
      { year: 2025, n: 40, earlierYear: 2024, earlierN: 45 },
    ]);
    expect(partialYears([{ year: 2024, n: 30 }, { year: 2025, n: 35 }])).toEqual([]);
  });
});

describe('the table of e-file revisions (seed 003 Tabel 1.2)', () => {
  it('lists each indicator × breakdown the e-file changed, with the four mean targets from Results', () => {
    const f = figures.find((x) => x.id === figureIds.targetRevisionsTable())!;
    const changed = results.indicatorOrder.flatMap((id) =>
      results.indicators[id]!.breakdowns.flatMap((b) => {
        const r = results.sector[id]![b]!.revisions;
        return r && r.raised + r.lowered + r.added > 0 ? [r] : [];
      }),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(f.data).toHaveLength(changed.length);
    expect(f.data.map((row) => [row.hoger, row.lager, row.nieuw])).toEqual(changed.map((r) => [r.raised, r.lowered, r.added]));
    expect(f.columns.map((c) => c.label).slice(-2)).toEqual(['Met alle bijstellingen', 'Met nieuwe en ambitieuzere (gebruikt)']);
  });
});
