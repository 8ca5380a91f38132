// Word choices: movement verbs, share phrases, significance phrases and names (the tolerance and the direction
// rules themselves: tests/findings/movement.test.ts).
import { describe, expect, it } from 'vitest';
import { convergenceKind, indicatorLabel, movedVerb, relationPhrase, sharePhrase, significanceWord, verb } from '../../scripts/prose/wording.ts';

describe('movements in words', () => {
  it('writes the movement as a past-tense verb', () => {
    expect(movedVerb('stijging')).toBe('steeg');
    expect(movedVerb('daling')).toBe('daalde');
    expect(movedVerb('gelijk')).toBe('bleef vrijwel gelijk');
  });
});

describe('shares of institutions in words', () => {
  // The bands are those of scripts/prose/quantity.ts (issue 14: "ruim een kwart" is not 31%, "bijna een kwart" is
  // not 20%); tests/prose/quantity.test.ts checks the table itself.
  it('names the anchor only close to it', () => {
    expect(sharePhrase(50)).toBe('de helft');
    expect(sharePhrase(49.6)).toBe('de helft');
    expect(sharePhrase(100 / 3)).toBe('een derde');
    expect(sharePhrase(75)).toBe('driekwart');
    expect(sharePhrase(25.4)).toBe('een kwart');
  });

  it('says "ruim" up to four points above and "bijna" up to four below', () => {
    expect(sharePhrase(28)).toBe('ruim een kwart');
    expect(sharePhrase(23.4)).toBe('bijna een kwart');
    expect(sharePhrase(21.7)).toBe('ruim een vijfde');
    expect(sharePhrase(47)).toBe('bijna de helft');
    expect(sharePhrase(53)).toBe('ruim de helft');
    expect(sharePhrase(78)).toBe('ruim driekwart');
    expect(sharePhrase(31)).toBe('bijna een derde');
    expect(sharePhrase(20)).toBe('een vijfde');
  });

  it('handles the extremes and the gaps between anchors', () => {
    expect(sharePhrase(0)).toBe('geen');
    expect(sharePhrase(100)).toBe('alle');
    expect(sharePhrase(96)).toBe('vrijwel alle');
    expect(sharePhrase(4)).toBe('vrijwel geen');
    expect(sharePhrase(87, true)).toBe('een ruime meerderheid');
    expect(sharePhrase(56, true)).toBe('een meerderheid');
    expect(sharePhrase(15)).toBe('een klein deel');
    expect(sharePhrase(42)).toBeNull();
    // "Meerderheid" only when the Wilson interval lies above 50% (issue 23): 22 of 40 (55%) has 39,8%–69,3%.
    expect(sharePhrase(55)).toBeNull();
    expect(sharePhrase(87)).toBeNull();
    expect(sharePhrase(null)).toBeNull();
  });
});

describe('significance and relations', () => {
  it('names the three significance labels', () => {
    expect(significanceWord('significant')).toBe('significant');
    expect(significanceWord('zwak')).toBe('zwak significant');
    expect(significanceWord('niet')).toBe('niet significant');
  });

  it('describes a relation with its sign, never as an effect', () => {
    expect(relationPhrase({ label: 'significant', r: 0.48 })).toBe('een significante positieve samenhang');
    expect(relationPhrase({ label: 'zwak', r: -0.26 })).toBe('een zwak significante negatieve samenhang');
    expect(relationPhrase({ label: 'niet', r: 0.1 })).toBe('geen significante samenhang');
    expect(relationPhrase({ label: 'significant', r: null })).toBe('geen significante samenhang');
  });

  it('reads catch-up from the spread test, not from the sign of r', () => {
    // Decided by the spread test (Pitman–Morgan, q over the table), whatever r says.
    const spread = (conclusion: 'inhaalslag' | 'uiteenlopen' | 'geen') => ({ spread: { sdStart: 6, sdTarget: 4, ratio: 2 / 3, p: 0.001, q: 0.01, conclusion } });
    expect(convergenceKind(spread('inhaalslag'))).toBe('inhaalslag');
    expect(convergenceKind(spread('uiteenlopen'))).toBe('uiteen');
    expect(convergenceKind(spread('geen'))).toBe('geen');
    expect(convergenceKind({ spread: null })).toBe('geen');
  });
});

describe('names and agreement', () => {
  it('labels indicators with their breakdown inside the quotes', () => {
    expect(indicatorLabel('Werkdruk', 'totaal')).toBe('‘Werkdruk’');
    expect(indicatorLabel('Hulp bij keuze', 'niveau 3')).toBe('‘Hulp bij keuze, niveau 3’');
  });

  it('picks the verb form', () => {
    expect(verb(true, 'heeft', 'hebben')).toBe('hebben');
    expect(verb(false, 'heeft', 'hebben')).toBe('heeft');
  });
});
