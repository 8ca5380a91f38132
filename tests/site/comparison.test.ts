// The comparison's data (/vergelijk/): every number is Results' own (the same as the report's), suppressed values
// never appear, and the peer groups hold exactly the institutions of their soort, regio, size band and type.
import { describe, expect, it } from 'vitest';
import { mainBreakdown } from '../../scripts/compute/lookup.ts';
import { computeResults } from '../../scripts/compute/compute.ts';
import { comparisonTables, comparePages } from '../../scripts/site/comparison-pages.ts';
import { comparisonData, sizeBand } from '../../scripts/site/comparison.ts';
import type { PageKind, SitePage } from '../../scripts/site/types.ts';
import { loadFixture } from './build-fixture.ts';

const snapshot = loadFixture('2025-11-01');
const results = computeResults(snapshot, loadFixture('2024-11-01'));
const data = comparisonData(results);

describe('comparison data', () => {
  it('takes each institution’s latest disclosed value and the sector’s median and bands from Results', () => {
    expect(data.indicators.map((i) => i.id)).toEqual(['stage-school', 'rekenen', 'werkdruk']);
    for (const ind of data.indicators) {
      const b = mainBreakdown(results, ind.id)!;
      const stats = b.years.find((y) => y.year === b.latestYear)!.stats!;
      expect(ind.year).toBe(b.latestYear);
      expect([ind.sector.median.value, ind.sector.q1.value, ind.sector.q3.value, ind.sector.p5.value, ind.sector.p95.value]).toEqual([stats.median, stats.q1, stats.q3, stats.p5, stats.p95]);
      for (const row of b.rows) {
        if (row.latest) expect(ind.values[row.institutionId]).toMatchObject({ value: row.latest.value, year: row.latest.year });
        else expect(ind.values[row.institutionId]).toBeUndefined();
      }
    }
    // Counts (vsv) mostly follow an institution's size; a grade without realisations has nothing to compare.
    expect(data.leftOut).toBe(3);
    const werkdruk = data.indicators.find((i) => i.id === 'werkdruk')!;
    expect(werkdruk.values['I01']).toEqual({ value: 43, text: '43%', year: 2024, cell: '43%' });
    expect(werkdruk.label).toBe('Werkdruk (2024)');
    expect(werkdruk.sector.median.text).toBe('43,0%');
  });

  it('never holds a suppressed value (too few respondents), in the data or on a page', () => {
    // waarden.csv of the fixture: I03 werkdruk 2024 = 29 with n = 22 < min_n 30.
    const suppressed = results.buildReport.suppressed;
    expect(suppressed.map((s) => `${s.institutionId} ${s.indicatorId} ${s.year}`)).toEqual(['I03 werkdruk 2024']);
    const raw = snapshot.values.find((v) => v.institutionId === 'I03' && v.indicatorId === 'werkdruk' && v.kind === 'realisatie')!;
    expect(raw.value).toBe(29);
    for (const s of suppressed) {
      const ind = data.indicators.find((i) => i.id === s.indicatorId)!;
      expect(ind.values[s.institutionId]).toBeUndefined();
    }
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/"I03":\{"value":29/);
    // The static pages of I03's soort and regio show a dash in its werkdruk cell.
    for (const group of data.groups.filter((g) => g.members.includes('I03'))) {
      const tables = comparisonTables(data, group.members, group.label);
      const table = tables.find((t) => t.table.head.some((h) => h.label.startsWith('Werkdruk')))!.table;
      const column = table.head.findIndex((h) => h.label.startsWith('Werkdruk'));
      const row = table.rows.find((r) => r[0]!.href === '/instelling/i03/')!;
      expect(row[column]).toMatchObject({ text: '–', empty: true });
    }
  });

  it('groups the institutions by soort, regio, size band and type', () => {
    const members = (id: string) => data.groups.find((g) => g.id === id)?.members;
    expect(members('soort-roc')).toEqual(['I01', 'I02', 'I05', 'I06']);
    expect(members('regio-west')).toEqual(['I02', 'I04', 'I06']);
    expect(members('omvang-klein')).toEqual(['I04']);
    expect(members('omvang-groot')).toEqual(['I01', 'I02', 'I06']);
    for (const inst of Object.values(results.institutions)) {
      expect(members(`type-${inst.type}`)).toContain(inst.id);
    }
    // Every institution is in exactly one group per dimension.
    for (const dimension of ['soort', 'regio', 'omvang', 'type']) {
      const all = data.groups.filter((g) => g.dimension === dimension).flatMap((g) => g.members);
      expect(all.sort()).toEqual(results.institutionOrder.slice().sort());
    }
    expect([2499, 2500, 9999, 10000, 20000].map((n) => sizeBand(n).id)).toEqual(['klein', 'middelgroot', 'middelgroot', 'groot', 'zeer-groot']);
  });

  it('makes a static page per soort and per regio, each linking its institutions', () => {
    const make = (url: string, title: string, description: string, kind: PageKind) => ({ url, title, description, kind, breadcrumbs: [{ url: '/', title: 'Home' }] }) as unknown as SitePage;
    const { index, groups } = comparePages(make, data);
    expect(index.url).toBe('/vergelijk/');
    expect(groups.map((g) => g.url)).toEqual([
      '/vergelijk/soort/roc/',
      '/vergelijk/soort/aoc/',
      '/vergelijk/soort/vakinstelling/',
      '/vergelijk/regio/noord/',
      '/vergelijk/regio/oost/',
      '/vergelijk/regio/west/',
      '/vergelijk/regio/zuid/',
    ]);
    const roc = groups[0]!;
    expect(roc.title).toBe('ROC’s vergeleken');
    expect(roc.sections.map((s) => s.title)).toEqual(['Prioriteit 2', 'Prioriteit 3']);
    const p3 = roc.sections[1]!.table;
    expect(p3.head.map((h) => h.label)).toEqual(['Instelling', 'Rekenen (2024)', 'Werkdruk (2024)']);
    expect(p3.rows.map((r) => r[0]!.href)).toEqual(['/instelling/i01/', '/instelling/i02/', '/instelling/i05/', '/instelling/i06/']);
    expect(p3.totals.map((r) => r.map((c) => c.text))).toEqual([
      ['Mediaan van alle instellingen', '63,0%', '43,0%'],
      ['Middelste helft van alle instellingen (P25–P75)', '59,0% – 67,0%', '39,5% – 45,0%'],
    ]);
  });
});
