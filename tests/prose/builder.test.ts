// The sentence builder: numbers are formatted and traced in one step; a missing value is a loud template bug.
import { describe, expect, it } from 'vitest';
import { INSTELLING, list, paragraph, piece, required, Writer, withNote } from '../../scripts/prose/builder.ts';
import { fixtureResults } from './helpers.ts';

const w = new Writer(fixtureResults());

describe('Writer', () => {
  it('formats a level in the unit and records the fact with its path and full value', () => {
    const s = w.s`Gemiddeld lag de startwaarde op ${w.level('sector.werkdruk.totaal.start.mean', 'procent')}.`;
    expect(s.text).toBe('Gemiddeld lag de startwaarde op 42,8%.');
    expect(s.facts).toEqual([{ key: 'sector.werkdruk.totaal.start.mean', value: (45 + 52 + 33 + 38 + 41 + 48) / 6, shown: '42,8%' }]);
  });

  it('writes differences without sign and with the unit word', () => {
    // Werkdruk ambition: 28,8% − 42,8% = −14,0 procentpunt; professionalisering is a grade.
    expect(w.s`${w.diff('sector.werkdruk.totaal.ambition.mean', 'procent')}`.text).toBe('14,0 procentpunt');
    expect(w.s`${w.diff('sector.professionalisering.totaal.improvement.mean', 'cijfer')}`.text).toBe('0,5 punt');
    expect(w.s`${w.diff('sector.vsv.totaal.sum.difference', 'aantal')}`.text).toBe('17.050');
  });

  it('writes signed changes with a true minus and a plus', () => {
    expect(w.s`${w.change('sector.werkdruk.totaal.ambition.mean', 'procent')}`.text).toBe('−14,0 procentpunt');
    expect(w.s`${w.change('sector.werkdruk.totaal.improvement.mean', 'procent')}`.text).toBe('+14,0 procentpunt');
  });

  it('writes counts up to twelve as words, with the right noun, and zero as "geen"', () => {
    expect(w.s`Er zijn ${w.count('method.institutions', INSTELLING)}.`.text).toBe('Er zijn zes instellingen.');
    expect(w.s`Er is ${w.count('sector.werkdruk.totaal.suppressed', ['waarde', 'waarden'])}.`.text).toBe('Er is één waarde.');
    expect(w.s`Er zijn ${w.count('method.targets.impossibleIgnored', ['waarde', 'waarden'])}.`.text).toBe('Er zijn geen waarden.');
    expect(w.s`Van de ${w.digits('method.institutions', INSTELLING)}.`.text).toBe('Van de 6 instellingen.');
    expect(w.count('method.values').facts[0]!.shown).toBe('48');
  });

  it('writes money, shares, correlations and p-values', () => {
    expect(w.s`${w.euro('budget.total')}`.text).toBe('€ 10,8 miljoen');
    expect(w.s`${w.pct('sector.werkdruk.totaal.withTarget.share')}`.text).toBe('100%');
    // LC/LD convergence: r = −0,99 with p = 0,014 on four institutions.
    expect(w.s`${w.stats('sector.lc-ld.totaal.convergence')}`.text).toBe('(r = −0,99; p = 0,014; n = 4)');
    expect(w.s`${w.stats('sector.lc-ld.totaal.convergence', true)}`.text).toBe('R = −0,99; p = 0,014; n = 4');
  });

  it('capitalises the first letter, and the fact shown there with it', () => {
    const s = w.s`${w.count('method.institutions', INSTELLING)} doen mee.`;
    expect(s.text).toBe('Zes instellingen doen mee.');
    expect(s.facts[0]!.shown).toBe('Zes');
  });

  it('tidies spaces before punctuation', () => {
    expect(w.s`Tekst ${''} , met ${'  ruimte '} .`.text).toBe('Tekst, met ruimte.');
  });

  it('throws on a path without a number, so no sentence is ever broken', () => {
    expect(() => w.num('sector.werkdruk.totaal.nothing')).toThrow(/geen getal op pad "sector.werkdruk.totaal.nothing"/);
    expect(() => w.num('sector.werkdruk.totaal.sum')).toThrow(/gevonden: null/);
    expect(() => w.s`Waarde ${undefined as unknown as string}.`).toThrow(/ongeldig zinsdeel/);
    expect(() => w.s`Dit is null.`).toThrow(/bevat "null"/);
    expect(() => withNote(w.s`Zin.`, 'een {{ sjabloon }}')).toThrow(/voetnoot bevat/);
  });

  it('joins pieces and lists with their facts in order', () => {
    const l = list([w.digits('method.startValues'), 'tekst', w.digits('method.targetValues')]);
    expect(l.text).toBe('19, tekst en 21');
    expect(l.facts.map((f) => f.key)).toEqual(['method.startValues', 'method.targetValues']);
    expect(piece('a', w.digits('method.values'), 'b').text).toBe('a48b');
  });

  it('leaves out absent sentences and drops empty paragraphs', () => {
    expect(paragraph('leeg', null, undefined, false)).toBeNull();
    expect(paragraph('een', null, w.s`Zin.`)!.sentences).toHaveLength(1);
    expect(() => required('leeg', null)).toThrow(/heeft geen zinnen/);
  });
});
