// Prose, figures and "Wat is veranderd" of an incomplete refresh (issue 18): the fixture edition copied to
// 2026-11-01 without spending for 2025 (the last year whose e-file is in at that peildatum, issue 24), with a new
// institution I07 without rows and a partial year for rekenen.
// Missing data is never shown as zero, and the changes can be proofread value by value.
import { afterAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { resultTables } from '../../scripts/compute/tables.ts';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { allParagraphs } from '../../scripts/prose/types.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { makeRefreshEdition } from '../helpers/refresh-edition.ts';
import { stagesOf } from '../helpers/stages.ts';

const edition = makeRefreshEdition();
afterAll(() => edition.remove());
const { current, previous } = loadWithPrevious(edition.dir);
const results = computeResults(current!, previous);
const { prose, root, figures } = stagesOf(results);
const all = allParagraphs(prose);
const text = all.flatMap((p) => p.sentences.map((s) => s.text)).join('\n');
const figureText = JSON.stringify(figures);

describe('a closed year without spending', () => {
  it('runs spending to the latest year with rows and says the closed year has none', () => {
    expect(results.budget).toMatchObject({ reportYear: 2024, closedYear: 2025 });
    const distribution = prose.budget.distribution!.sentences.map((s) => s.text);
    expect(distribution).toContain('Over 2025 zijn nog geen bestedingen gemeld; de bedragen lopen tot en met 2024.');
    expect(text).not.toMatch(/besteed tot en met 2025|bestedingen tot en met 2025/);
    expect(text).not.toMatch(/€ 0\b/);
  });

  it('never titles a spending table or note with 2025 or € 0', () => {
    const spending = figures.filter((f) => f.id.startsWith('tabel-besteding-'));
    expect(spending.length).toBeGreaterThan(0);
    for (const f of spending) {
      expect(f.title).not.toContain('2025');
      expect(JSON.stringify(f.notes)).not.toMatch(/in 2025 |tot en met 2025/);
    }
    expect(figureText).toContain('Over 2025 zijn nog geen bestedingen gemeld; de tabel loopt tot en met 2024.');
  });

  it('passes the trace check', () => {
    expect(checkTrace(all, root)).toEqual([]);
  });
});

describe('a new institution without rows', () => {
  it('says there is no budget data instead of a zero', () => {
    const sentences = prose.institutions.I07!.sentences.map((s) => s.text);
    expect(sentences).toContain('Over haar begroting en bestedingen van de kwaliteitsmiddelen zijn geen gegevens aangeleverd.');
    expect(results.measures.institutions.I07).toBeUndefined(); // the page shows "geen gegevens", not 0
  });

  it('lists its targets as new, not as revised by the e-file', () => {
    const target = results.diff!.targetChanges.find((c) => c.institutionId === 'I07')!;
    expect(target).toMatchObject({ indicatorId: 'lc-ld', status: 'nieuw', newInstitution: true, after: 45 });
    const values = prose.changes.find((p) => p.id === 'wijzigingen-waarden')!.sentences.map((s) => s.text);
    expect(values.join(' ')).toContain('waarvan 1 van de nieuwe instelling');
  });
});

describe('proofreading the refresh', () => {
  const diff = results.diff!;

  it('lists every changed value with its line in the new waarden.csv', () => {
    const corrected = diff.valueChanges.find((c) => c.institutionId === 'I02' && c.indicatorId === 'lc-ld' && c.kind === 'start')!;
    expect(corrected).toMatchObject({ status: 'gewijzigd', before: 28, after: 29, ref: { file: 'waarden.csv' } });
    expect(edition.read('waarden.csv').split('\n')[corrected.ref!.line - 1]).toBe('I02,lc-ld,totaal,start,2022,29,,kwaliteitsagenda');
    // 1 corrected + 2 of I07 + 5 realisations of 2026 = 8.
    expect(diff.valueChanges).toHaveLength(8);
    const table = figures.find((f) => f.id === 'tabel-alle-wijzigingen')!;
    expect(table.data).toHaveLength(diff.valueChanges.length);
    const csv = resultTables(results).find((t) => t.file === 'wijzigingen.csv')!.csv.trim().split('\n');
    expect(csv).toHaveLength(diff.valueChanges.length + 1);
    // The sentence's count matches the table's rows.
    expect(text).toContain(`noemt alle ${diff.valueChanges.length} gewijzigde waarden`);
  });

  it('sums up per goal with counts that match the per-goal lists and the whole list (issue 29)', () => {
    const byGoal = figures.find((f) => f.id === 'tabel-wijzigingen-per-doelstelling')!;
    const rows = byGoal.data.filter((r) => r['doelstelling'] !== 'Totaal');
    const total = byGoal.data.find((r) => r['doelstelling'] === 'Totaal')!;
    expect(total['totaal']).toBe(diff.valueChanges.length);
    // Each goal's row counts the rows of that goal's own table; the topics add up to the row's total.
    for (const goalId of results.goalOrder) {
      const list = figures.find((f) => f.id === `tabel-wijzigingen-${goalId.toLowerCase().replace('.', '-')}`)!;
      const row = rows.find((r) => String(r['doelstelling']).startsWith(`${goalId} `));
      expect(row?.['totaal'] ?? 0, goalId).toBe(list.emptyReason ? 0 : list.data.length);
    }
    for (const row of [...rows, total]) {
      const parts = ['metingen_nieuw', 'metingen_gewijzigd', 'streef_nieuw', 'streef_gewijzigd', 'overig'].map((k) => Number(row[k]));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(row['totaal']);
    }
    // The five realisations of 2026 are new measurements; the corrected start value of I02 is no measurement.
    expect(total).toMatchObject({ metingen_nieuw: 5, metingen_gewijzigd: 0 });
    expect(Number(total['overig'])).toBeGreaterThanOrEqual(1);
  });

  it('compares the partial year of rekenen over the institution with both years, and marks it', () => {
    const rekenen = diff.sectorChanges.find((c) => c.indicatorId === 'rekenen')!;
    // Previous edition: 2024 I01 55, I02 71; now 2026 only I01 60 → over I01: 55 → 60, not (55+71)/2 → 60.
    expect(rekenen.latestMean).toEqual({ before: 55, after: 60, delta: 5, yearBefore: 2024, yearAfter: 2026, institutions: 1, subset: true, partial: true });
    expect(prose.changes.find((p) => p.id === 'wijzigingen-gedeeltelijk')!.sentences[0]!.text).toContain('‘Rekenen’ (1 instelling)');
    // One institution is no sector (issue 28: at least five): not among the largest movements, nor in their table.
    const largest = prose.changes.find((p) => p.id === 'wijzigingen-grootste');
    expect(largest?.sentences[0]?.text ?? '').not.toContain('Rekenen');
    expect(JSON.stringify(figures.find((f) => f.id === 'tabel-wijzigingen')!.data)).not.toContain('Rekenen');
  });
});
