// Small, hand-made inputs for every chart builder: few rows, round numbers, so expected counts and texts can
// be worked out by hand in the tests.
import type { FigureMeta } from '../../scripts/figures/figure.ts';
import { builders, type ChartInput, type ChartType } from '../../scripts/figures/charts/index.ts';
import type { Figure } from '../../scripts/figures/types.ts';

export const meta = (id: string, title = 'Testfiguur'): FigureMeta => ({ id, title, source: 'Testbron (synthetisch)' });

export const goals = [
  { goal: '1.3', label: 'Begeleiding', priority: 1 },
  { goal: '2.2', label: 'Stage/bpv', priority: 2 },
  { goal: '3.3', label: 'Werken in mbo', priority: 3 },
];

export const inputs: { readonly [T in ChartType]: ChartInput<T> } = {
  'ambition-range': {
    unit: 'procent',
    rows: [
      { label: 'Veiligheid op school', mean: 3, q1: 1, q3: 5, n: 48 },
      { label: 'Geslaagden rekenen', mean: 26, q1: 14, q3: 35, n: 44 },
      { label: 'Werkdruk (te) hoog', mean: -2, q1: -4, q3: 1, n: 50 },
    ],
  },
  'budget-shares': {
    rows: [
      { goal: '1.3', label: 'Begeleiding', priority: 1, share: 18, amount: 1.8e6 },
      { goal: '3.3', label: 'Werken in mbo', priority: 3, share: 21, amount: 2.1e6 },
      { goal: '2.2', label: 'Stage/bpv', priority: 2, share: 9, amount: 0.9e6 },
    ],
  },
  'budget-by-institution': {
    goals,
    institutions: [
      { label: 'Instelling A', shares: { '1.3': 50, '2.2': 30, '3.3': 20 } },
      { label: 'Instelling B', shares: { '1.3': 5, '2.2': 45, '3.3': 50 } },
      { label: 'Instelling C', shares: { '1.3': 40, '2.2': 40 } },
    ],
  },
  'start-target': {
    unit: 'procent',
    direction: 'lager_beter',
    meanStart: 41,
    meanTarget: 35,
    reached: { count: 1, total: 3 },
    labels: { start: 'Start 2022', target: 'Streef 2027', latest: 'Meting 2025' },
    rows: [
      { label: 'Instelling A', start: 40, target: 35, latest: 36 },
      { label: 'Instelling B', start: 52, target: 44, latest: 43 },
      { label: 'Instelling C', start: 31, target: 26, latest: null },
      { label: 'Instelling D', start: null, target: 35, latest: 38 },
    ],
  },
  convergence: {
    unit: 'procent',
    r: -0.45,
    p: 0.0021,
    n: 5,
    points: [
      { label: 'A', start: 40, ambition: 12 },
      { label: 'B', start: 50, ambition: 9 },
      { label: 'C', start: 60, ambition: 6 },
      { label: 'D', start: 70, ambition: 4 },
      { label: 'E', start: 80, ambition: 1 },
    ],
  },
  typology: {
    types: [
      { key: 't1', label: 'Type 1: hoge startwaarden', count: 8 },
      { key: 't2', label: 'Type 2: lage start, grote ambitie', count: 9 },
      { key: 'geen', label: 'Geen uitgesproken profiel', neutral: true, count: 20 },
    ],
  },
  'typology-scatter': {
    types: [
      { key: 't1', label: 'Type 1' },
      { key: 't2', label: 'Type 2' },
      { key: 'geen', label: 'Geen uitgesproken profiel', neutral: true },
    ],
    startCuts: [-0.1, 0.2],
    points: [
      { label: 'A', startScore: 0.5, ambitionScore: -0.2, type: 't1' },
      { label: 'B', startScore: -0.4, ambitionScore: 0.3, type: 't2' },
      { label: 'C', startScore: 0.1, ambitionScore: 0, type: 'geen' },
      { label: 'D', startScore: 0.6, ambitionScore: 0.1, type: 't1' },
    ],
  },
  timeseries: {
    unit: 'aantal',
    valueTitle: 'Nieuwe vsv’ers',
    goal: { value: 18000, label: 'Doel 2026: minder dan 18.000', period: '2026' },
    series: [{ label: 'Nieuwe vsv’ers', points: [{ period: '2022', value: 24500 }, { period: '2023', value: 23900 }, { period: '2021', value: 20900 }] }],
  },
  'realised-bands': {
    unit: 'procent',
    meanTarget: 45,
    targetLabel: 'Gemiddelde streefwaarde 2027',
    periods: [
      { period: '2022', mean: 31, p5: 19, p25: 26, p75: 36, p95: 44, n: 50 },
      { period: '2024', mean: 34, p5: 22, p25: 29, p75: 39, p95: 47, n: 50 },
      { period: '2025', mean: 37, p5: 24, p25: 31, p75: 42, p95: 51, n: 25 },
    ],
  },
  'measure-shares': {
    rows: [
      { label: 'Investeren in LOB', count: 47, total: 50, share: 94, mandatory: true },
      { label: 'Afspraken met werkgevers over voorlichting', count: 46, total: 50, share: 92, mandatory: false },
      { label: 'Andere activiteit(en)', count: 12, total: 50, share: 24, mandatory: false },
    ],
  },
  judgements: {
    scale: 'voortgang',
    rows: [
      { group: '2.1 Opleidingskeuze', total: 50, answers: { alle: { count: 8, share: 16 }, meeste: { count: 33, share: 66 }, helft: { count: 4, share: 8 }, klein_deel: { count: 5, share: 10 } } },
      { group: '2.2 Stage/bpv', total: 40, answers: { meeste: { count: 20, share: 50 }, helft: { count: 18, share: 45 }, geen: { count: 2, share: 5 } } },
    ],
  },
  'institution-position': {
    institution: 'ROC Test',
    rows: [
      { label: 'Veiligheid op school', unit: 'procent', direction: 'hoger_beter', p5: 70, q1: 80, q3: 85, p95: 90, start: 88, target: 90, latest: 89 },
      { label: 'Werkdruk (te) hoog', unit: 'procent', direction: 'lager_beter', p5: 30, q1: 36, q3: 47, p95: 56, start: 52, target: 44 },
      { label: 'Tevredenheid professionalisering', unit: 'cijfer', direction: 'hoger_beter', p5: 6, q1: 6.6, q3: 7, p95: 7.4, start: 6.8, target: 7.2, latest: 7 },
    ],
  },
  table: {
    columns: [
      { key: 'antwoord', label: 'Antwoord', format: 'text' },
      { key: 'aantal', label: 'Aantal instellingen', format: 'integer' },
    ],
    rows: [
      { antwoord: 'Effectief', aantal: 18, extra: 'weg' },
      { antwoord: 'Heel effectief', aantal: 1 },
    ],
  },
};

/** Build the sample figure of a chart type (typed per type, so a wrong input is a compile error). */
export function sample<T extends ChartType>(type: T): Figure {
  const build = builders[type] as (input: ChartInput<T>, m: FigureMeta) => Figure;
  return build(inputs[type], meta(`test-${type}`));
}
