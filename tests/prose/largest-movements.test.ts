// "Grootste verschuivingen" on Wat is veranderd (issue 28): movements ranked within a unit over the institutions
// with both years, a new year that most institutions reported counts, and a row whose value did not change (or
// changed too little to show) is never listed.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { allParagraphs } from '../../scripts/prose/types.ts';
import { indicator, institutions, snapshot, type ValueSpec } from '../compute/build-snapshot.ts';
import { stagesOf } from '../helpers/stages.ts';

const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
const indicators = [
  indicator('stijgt', 'procent', 'hoger_beter'), // 2025 all at 40, 2026 A–E at 44: +4 over A–E
  indicator('gelijk', 'procent', 'hoger_beter'), // 2026 A–E as in 2025: no movement
  indicator('ruis', 'procent', 'hoger_beter'), // 18,02 → 18,04: reads 18,0% both times
  indicator('klein', 'procent', 'hoger_beter'), // 2026 only A and B, +20: too few institutions with both years
  indicator('cijfer', 'cijfer', 'hoger_beter'), // 6,0 → 6,5: ranked among the grades, not the percentages
];
const latest: Record<string, [number, number]> = { stijgt: [40, 44], gelijk: [30, 30], ruis: [18.02, 18.04], klein: [50, 70], cijfer: [6, 6.5] };
const reporters: Record<string, string[]> = { klein: ['A', 'B'] };

function edition(name: string, reportYear: number, with2026: boolean) {
  const values = indicators.flatMap((ind) =>
    ids.flatMap((id): ValueSpec[] => {
      const [was, now] = latest[ind.id]!;
      const unit = ind.unit === 'cijfer';
      const rows: ValueSpec[] = [
        [id, ind.id, 'start', unit ? 5 : 20],
        [id, ind.id, 'streef', unit ? 8 : 80],
        [id, ind.id, 'realisatie', was, { year: 2025 }],
      ];
      if (with2026 && (reporters[ind.id] ?? ids.slice(0, 5)).includes(id)) rows.push([id, ind.id, 'realisatie', now, { year: 2026 }]);
      return rows;
    }),
  );
  return snapshot({ name, reportYear, indicators, institutions: institutions(...ids), values });
}

const results = computeResults(edition('2026-11-01', 2026, true), edition('2025-11-01', 2025, false));
const { prose, root } = stagesOf(results);
const largest = prose.changes.find((p) => p.id === 'wijzigingen-grootste')!;
const text = largest.sentences.map((s) => s.text).join(' ');

describe('Grootste verschuivingen', () => {
  it('names the new year most institutions reported, over those with both years, within its unit', () => {
    expect(text).toContain('bij de percentages ‘stijgt’ (gemiddelde van de laatste meting van 40,0% in 2025 naar 44,0% in 2026)');
    expect(text).toContain('bij de rapportcijfers ‘cijfer’ (gemiddelde van de laatste meting van 6,0 in 2025 naar 6,5 in 2026)');
  });

  it('never lists a row whose value did not change, changed too little to show, or rests on too few institutions', () => {
    expect(text).not.toMatch(/\bgelijk\b|\bruis\b|\bklein\b/);
    expect(text).not.toMatch(/van ([\d.,]+%?)(?: in \d{4})? naar \1(?: in \d{4})?\)/);
    const ranked = results.diff!.sectorChanges.map((s) => [s.indicatorId, s.magnitude]);
    expect(ranked).toEqual([
      ['stijgt', 4],
      ['gelijk', 0],
      ['ruis', 0],
      ['klein', 0],
      ['cijfer', 0.5],
    ]);
  });

  it('passes the trace check', () => {
    expect(checkTrace(allParagraphs(prose), root)).toEqual([]);
  });
});
