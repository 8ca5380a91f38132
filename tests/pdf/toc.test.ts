import { describe, expect, it } from 'vitest';
import { ReportError } from '../../scripts/lib/errors.ts';
import { assertTargets, movedEntries, pagesFromDestinations } from '../../scripts/pdf/toc.ts';

const links = [
  { id: 'h-1', title: '1 Inleiding', found: true },
  { id: 'sec-1-1', title: '1.1 Achtergrond', found: true },
  { id: 'fig-2-1', title: 'Figuur 2.1 Ambities', found: true },
];

describe('ToC page numbers', () => {
  it('takes each page from the named destinations, in ToC order', () => {
    const dests = new Map([
      ['fig-2-1', 12],
      ['h-1', 8],
      ['sec-1-1', 8],
      ['other', 3],
    ]);
    expect(pagesFromDestinations(links, dests)).toEqual([8, 8, 12]);
  });

  it('fails when the PDF has no place for an entry', () => {
    expect(() => pagesFromDestinations(links, new Map([['h-1', 8]]))).toThrow(/#sec-1-1, #fig-2-1/);
  });

  it('lists the entries whose shown number differs from the actual page', () => {
    expect(movedEntries(links, ['8', '8', '12'], [8, 8, 12])).toEqual([]);
    expect(movedEntries(links, ['00', '00', '00'], [8, 8, 12])).toHaveLength(3);
    expect(movedEntries(links, ['8', '8', '12'], [8, 9, 12])).toEqual(['1.1 Achtergrond: 8 → 9']);
  });

  it('refuses entries that point to nothing, naming them in Dutch', () => {
    expect(() => assertTargets(links)).not.toThrow();
    const broken = [...links, { id: 'sec-9-9', title: '9.9 Weg', found: false }];
    expect(() => assertTargets(broken)).toThrow(ReportError);
    expect(() => assertTargets(broken)).toThrow('de inhoudsopgave verwijst naar een onderdeel dat niet in het document staat: #sec-9-9 (9.9 Weg)');
  });
});
