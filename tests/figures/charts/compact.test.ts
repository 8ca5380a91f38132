// Charts with one row per institution stay readable for large snapshots: beyond 80 institutions the height is
// fixed, the names leave the axis (they stay in the data table) and a note says so.
import { describe, expect, it } from 'vitest';
import { buildBudgetByInstitution } from '../../../scripts/figures/charts/budget-shares.ts';
import { buildStartTarget } from '../../../scripts/figures/charts/start-target.ts';
import { COMPACT_ROWS } from '../../../scripts/figures/spec.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

const many = (n: number) => Array.from({ length: n }, (_, i) => `Instelling ${String(i + 1).padStart(3, '0')}`);

describe('per-institution charts with many institutions', () => {
  it('start-target: 200 institutions in a fixed height without names on the axis', async () => {
    const rows = many(200).map((label, i) => ({ label, start: 30 + (i % 25), target: 28 + (i % 20), latest: null }));
    const figure = buildStartTarget({ ...inputs['start-target'], rows }, meta('werkdruk'));
    expect((figure.spec as { height: number }).height).toBe(640);
    expect(figure.notes).toContain('Bij zo veel instellingen staan de namen niet in de figuur; de tabel bij de figuur geeft ze.');
    expect(figure.data).toHaveLength(200);
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'symbol')).toBe(400);
    expect(texts(svg)).not.toContain('Instelling 001');
    expect(texts(svg)).toContain('200 instellingen');
  });

  it('start-target: at the threshold the names stay', () => {
    const rows = many(COMPACT_ROWS).map((label, i) => ({ label, start: 30 + (i % 25), target: 28, latest: null }));
    const figure = buildStartTarget({ ...inputs['start-target'], rows }, meta('werkdruk'));
    expect((figure.spec as { height: number }).height).toBe(13 * COMPACT_ROWS);
    expect(figure.notes.some((n) => n.includes('staan de namen niet'))).toBe(false);
  });

  it('budget per institution: no goal codes inside 1-pixel bars', async () => {
    const base = inputs['budget-by-institution'];
    const template = base.institutions[0]!;
    const institutions = many(120).map((label) => ({ ...template, label }));
    const figure = buildBudgetByInstitution({ ...base, institutions }, meta('begroting'));
    const { svg } = await renderChecked(figure);
    const codes = base.goals.map((g) => g.goal);
    expect(texts(svg).filter((t) => codes.includes(t))).toEqual([]);
    expect(figure.notes[0]).toBe('Bij zo veel instellingen staan de namen niet in de figuur; de tabel bij de figuur geeft ze.');
  });
});
