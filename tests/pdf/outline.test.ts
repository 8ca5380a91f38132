import { describe, expect, it } from 'vitest';
import { correctTitle, decodePdfString, repairOutline } from '../../scripts/pdf/outline.ts';

const headings = new Set(['1.2 Werkagenda en Stagepact', '1.3 Opbouw van dit rapport', '5 Prioriteit 2: aansluiting onderwijs en arbeidsmarkt', 'Inhoud']);

describe('decodePdfString', () => {
  it('reads literals with escapes and UTF-16BE hex', () => {
    expect(decodePdfString('(a \\(b\\) \\\\ c\\051)')).toBe('a (b) \\ c)');
    expect(decodePdfString('<FEFF00E9 2013>')).toBe('é–');
    expect(decodePdfString('<4142>')).toBe('AB');
  });
});

describe('correctTitle', () => {
  it('undoes the doubling Chromium does for some headings at the top of a page', () => {
    expect(correctTitle('1.21.2 Werkagenda en Stagepact Werkagenda en Stagepact', headings)).toBe('1.2 Werkagenda en Stagepact');
  });

  it('restores the space lost where a heading wraps', () => {
    expect(correctTitle('5 Prioriteit 2: aansluiting onderwijs enarbeidsmarkt', headings)).toBe('5 Prioriteit 2: aansluiting onderwijs en arbeidsmarkt');
  });

  it('tells doubled headings apart whose numbers use the same digits', () => {
    const goals = new Set(['3.4.3 Oordeel van de instellingen', '3.3.4 Oordeel van de instellingen', '4.3.3 Oordeel van de instellingen']);
    expect(correctTitle('3.4.33.4.3 Oordeel van de instellingen Oordeel van de instellingen', goals)).toBe('3.4.3 Oordeel van de instellingen');
    expect(correctTitle('4.3.34.3.3 Oordeel van de instellingen Oordeel van de instellingen', goals)).toBe('4.3.3 Oordeel van de instellingen');
  });

  it('repairs a heading that is both doubled and wrapped', () => {
    const long = new Set(['Percentage studenten dat tevreden is met de begeleiding op de opleiding', 'Inhoud']);
    const seen = 'Percentage studenten dat tevreden is met de begeleiding op dePercentage studenten dat tevreden is met de begeleiding op deopleiding';
    expect(correctTitle(seen, long)).toBe('Percentage studenten dat tevreden is met de begeleiding op de opleiding');
  });

  it('leaves right and unknown titles alone', () => {
    expect(correctTitle('Inhoud', headings)).toBeNull();
    expect(correctTitle('Iets anders', headings)).toBeNull();
  });
});

describe('repairOutline', () => {
  it('returns corrected copies of outline items only', () => {
    const pdf = Buffer.from(
      [
        '%PDF-1.4',
        '7 0 obj\n<</Title (1.31.3 Opbouw van dit rapport Opbouw van dit rapport)\n/Dest [3 0 R /XYZ 0 800 0]\n/Parent 5 0 R>>\nendobj',
        '8 0 obj\n<</Title (Inhoud)\n/Parent 5 0 R>>\nendobj',
        '9 0 obj\n<</Title (1.21.2 Werkagenda en Stagepact Werkagenda en Stagepact)>>\nendobj',
      ].join('\n'),
      'latin1',
    );
    const { objects, repaired } = repairOutline(pdf, [...headings]);
    expect(repaired).toEqual(['1.3 Opbouw van dit rapport']);
    expect(objects).toEqual([{ num: 7, body: '<</Title (1.3 Opbouw van dit rapport)\n/Dest [3 0 R /XYZ 0 800 0]\n/Parent 5 0 R>>' }]);
  });
});
