// Every chart builder, on its small sample input: a valid Vega-Lite spec (JSON schema and compiler, no
// warnings), only theme colours and the theme font, a consistent table, and an empty state instead of a crash.
import { describe, expect, it } from 'vitest';
import { builders, type ChartType } from '../../scripts/figures/charts/index.ts';
import {
  BAND,
  CATEGORICAL,
  EFFECTIVENESS_COLOURS,
  FONT_STACK,
  GOAL_FAMILIES,
  GRID,
  INK,
  MUTED,
  NEUTRAL,
  PROGRESS_COLOURS,
  SEMANTIC,
  WHITE,
} from '../../scripts/figures/theme.ts';
import { meta, sample } from './fixtures.ts';
import { renderChecked, schemaErrors } from './helpers.ts';

const THEME_COLOURS = new Set(
  [
    ...CATEGORICAL,
    ...Object.values(SEMANTIC),
    ...Object.values(BAND),
    ...Object.values(GOAL_FAMILIES).flat(),
    ...Object.values(PROGRESS_COLOURS),
    ...Object.values(EFFECTIVENESS_COLOURS),
    INK,
    MUTED,
    GRID,
    NEUTRAL,
    WHITE,
  ].map((c) => c.toUpperCase()),
);

function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const chartTypes = (Object.keys(builders) as ChartType[]).filter((t) => t !== 'table');

describe.each(chartTypes)('%s', (type) => {
  const figure = sample(type);

  it('is a valid Vega-Lite spec that compiles and renders without warnings', async () => {
    expect(figure.spec).not.toBeNull();
    expect(schemaErrors(figure.spec!)).toEqual([]);
    const { svg, warnings } = await renderChecked(figure);
    expect(warnings).toEqual([]);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
  });

  it('has a narrow variant that is a valid spec, renders without warnings and is 320 px wide (issue 16)', async () => {
    expect(figure.narrowSpec).toBeTruthy();
    expect(schemaErrors(figure.narrowSpec!)).toEqual([]);
    const { svg, warnings } = await renderChecked({ ...figure, spec: figure.narrowSpec! });
    expect(warnings).toEqual([]);
    expect(Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1])).toBeLessThanOrEqual(320);
  });

  it('uses only theme colours and the theme font', () => {
    const all = strings(figure.spec);
    const colours = all.map(([, v]) => v).filter((v) => /^#[0-9a-f]{6}$/i.test(v));
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(THEME_COLOURS.has(colour.toUpperCase()), colour).toBe(true);
    const fonts = all.filter(([k]) => /font$/i.test(k)).map(([, v]) => v);
    for (const font of fonts) expect(font).toBe(FONT_STACK);
  });

  it('has a table whose rows use exactly the declared columns and a Dutch alt text', () => {
    expect(figure.chartType).toBe(type);
    expect(figure.number).toBeNull();
    expect(figure.data.length).toBeGreaterThan(0);
    const keys = figure.columns.map((c) => c.key);
    for (const row of figure.data) expect(Object.keys(row).sort()).toEqual([...keys].sort());
    expect(figure.alt.length).toBeGreaterThan(40);
    expect(figure.alt).not.toMatch(/\d\.\d+(%| procent)/); // Dutch decimals use a comma
    expect(figure.alt).not.toMatch(/undefined|NaN|null/);
  });

  it('gives an empty figure with a Dutch reason for empty input', () => {
    const empty = emptyInput(type);
    const result = (builders[type] as (input: unknown, m: ReturnType<typeof meta>) => typeof figure)(empty, meta('leeg'));
    expect(result.spec).toBeNull();
    expect(result.data).toEqual([]);
    expect(result.emptyReason).toMatch(/^(er |minder )/);
    expect(result.alt).toContain('Geen gegevens beschikbaar');
  });
});

function emptyInput(type: ChartType): unknown {
  switch (type) {
    case 'ambition-range':
      return { unit: 'procent', rows: [] };
    case 'budget-shares':
    case 'measure-shares':
      return { rows: [] };
    case 'budget-by-institution':
      return { goals: [], institutions: [] };
    case 'start-target':
      return { unit: 'procent', direction: 'hoger_beter', rows: [{ label: 'A', start: null, target: null }], meanStart: null, meanTarget: null };
    case 'convergence':
      return { unit: 'procent', r: null, p: null, n: 0, points: [{ label: 'A', start: 1, ambition: 2 }] };
    case 'typology':
      return { types: [{ key: 't1', label: 'Type 1', count: 0 }] };
    case 'typology-scatter':
      return { types: [], points: [] };
    case 'timeseries':
      return { unit: 'aantal', series: [{ label: 'Leeg', points: [{ period: '2024', value: null }] }] };
    case 'realised-bands':
      return { unit: 'procent', periods: [] };
    case 'judgements':
      return { scale: 'effectiviteit', rows: [] };
    case 'institution-position':
      return { institution: 'ROC Leeg', rows: [] };
    case 'table':
      return { columns: [], rows: [] };
  }
}
