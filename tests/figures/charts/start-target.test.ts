import { describe, expect, it } from 'vitest';
import { buildStartTarget } from '../../../scripts/figures/charts/start-target.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('start-target', () => {
  const figure = buildStartTarget(inputs['start-target'], meta('werkdruk'));

  it('sorts by start value, highest first, institutions without a start last', () => {
    expect(figure.data.map((r) => r.instelling)).toEqual(['Instelling B', 'Instelling A', 'Instelling C', 'Instelling D']);
    expect(figure.data[0]).toEqual({ instelling: 'Instelling B', start: 52, streef: 44, realisatie: 43 });
  });

  it('draws every known value as a mark, a start–target connector and the two mean lines', async () => {
    const { svg } = await renderChecked(figure);
    // starts 3 + targets 4 + latest 3
    expect(countMarks(svg, 'symbol')).toBe(10);
    // connectors only where start and target are both known (A, B, C), plus the two means
    expect(countMarks(svg, 'rule')).toBe(3 + 2);
    // Means are statistics: the unit's precision, as in the text (scripts/lib/units.ts).
    expect(texts(svg)).toEqual(expect.arrayContaining(['gem. 35,0%', 'gem. 41,0%', 'Start 2022', 'Streef 2027', 'Meting 2025']));
  });

  it('states the means, the ranges and how many reached their target', () => {
    expect(figure.alt).toContain('voor 4 instellingen de startwaarde en de streefwaarde en, waar gemeten, de laatste meting');
    // Means (statistics) at the unit's precision; the ranges are measured values, as given.
    expect(figure.alt).toContain('Gemiddeld is de startwaarde 41,0% en de streefwaarde 35,0%.');
    expect(figure.alt).toContain('De startwaarden lopen uiteen van 31% tot 52%, de streefwaarden van 26% tot 44%.');
    expect(figure.alt).toContain('1 van de 3 instellingen met een streefwaarde die verbetering plant en een recente meting heeft die streefwaarde al bereikt.');
    expect(figure.notes).toContain('Bij deze indicator is een lagere waarde beter.');
  });

  it('leaves out the latest column when nothing was measured yet', () => {
    const rows = inputs['start-target'].rows.map((r) => ({ ...r, latest: null }));
    const f = buildStartTarget({ ...inputs['start-target'], rows, reached: undefined }, meta('x'));
    expect(f.columns.map((c) => c.key)).toEqual(['instelling', 'start', 'streef']);
    expect(f.alt).not.toContain('laatste meting');
  });

  it('names an institution with its soort and region where the label column has room, and by name alone on a phone', async () => {
    const long = 'Regionaal Opleidingencentrum van de Noordelijke Provincies';
    const rows = [
      { ...inputs['start-target'].rows[0]!, context: 'ROC, Oost' },
      { ...inputs['start-target'].rows[1]!, label: long, context: 'ROC, Noord' },
    ];
    const f = buildStartTarget({ ...inputs['start-target'], rows }, meta('context'));
    const labels = (spec: unknown) => JSON.stringify(spec).match(/"labelExpr":"([^"\\]|\\.)*"/g)?.join(' ') ?? '';
    expect(labels(f.spec)).toContain(`${rows[0]!.label} (ROC, Oost)`);
    // Too long with its context: the name alone (cut in the middle to fit), never the context without the name.
    expect(labels(f.spec)).not.toContain('(ROC, Noord)');
    expect(labels(f.narrowSpec)).not.toContain('(ROC, Oost)');
    // The data, the tooltip and the table keep the name as in the data.
    expect(f.data.map((r) => r.instelling)).toContain(rows[0]!.label);
    const { svg } = await renderChecked(f);
    expect(texts(svg)).toContain(`${rows[0]!.label} (ROC, Oost)`);
  });
});
