import { describe, expect, it } from 'vitest';
import { buildJudgements } from '../../../scripts/figures/charts/judgements.ts';
import { inputs, meta } from '../fixtures.ts';
import { countMarks, renderChecked, texts } from '../helpers.ts';

describe('judgements', () => {
  const figure = buildJudgements(inputs.judgements, meta('voortgang'));

  it('stacks one segment per given answer and labels those of 7% and more', async () => {
    const { svg } = await renderChecked(figure);
    expect(countMarks(svg, 'rect')).toBe(4 + 3);
    expect(countMarks(svg, 'text')).toBe(6); // the 5% "geen" segment is unlabelled
    expect(texts(svg)).toEqual(expect.arrayContaining(['66%', '16%', '45%', 'Alle activiteiten', 'Geen enkele activiteit']));
  });

  it('gives counts per answer in the table, zero where nobody chose it', () => {
    expect(figure.data[1]).toEqual({ doelstelling: '2.2 Stage/bpv', totaal: 40, alle: 0, meeste: 20, helft: 18, klein_deel: 0, geen: 2 });
  });

  it('names the most frequent answer per goal', () => {
    expect(figure.alt).toContain('2.1 Opleidingskeuze: het vaakst „de meeste activiteiten” (33 van 50, 66%)');
    expect(figure.alt).toContain('2.2 Stage/bpv: het vaakst „de meeste activiteiten” (20 van 40, 50%)');
  });
});
