import { describe, expect, it } from 'vitest';
import { buildTable } from '../../../scripts/figures/charts/table.ts';
import { renderFigure } from '../../../scripts/figures/render.ts';
import { inputs, meta } from '../fixtures.ts';

describe('table', () => {
  const figure = buildTable(inputs.table, meta('tabel-effectiviteit', 'De activiteiten worden meestal als effectief beoordeeld'));

  it('is a table figure without a spec whose rows hold exactly the declared columns', async () => {
    expect(figure.type).toBe('table');
    expect(figure.spec).toBeNull();
    expect(figure.data).toEqual([
      { antwoord: 'Effectief', aantal: 18 },
      { antwoord: 'Heel effectief', aantal: 1 },
    ]);
    expect(figure.alt).toBe('Tabel met 2 rijen en de kolommen antwoord en aantal instellingen.');
    expect((await renderFigure(figure)).svg).toBeNull();
  });

  it('is empty, with a reason, when there are no rows', () => {
    const empty = buildTable({ columns: inputs.table.columns, rows: [] }, meta('leeg'));
    expect(empty.type).toBe('table');
    expect(empty.emptyReason).toBe('er zijn geen gegevens voor deze tabel.');
  });
});
