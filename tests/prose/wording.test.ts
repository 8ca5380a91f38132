// Word choices: tolerance edges, direction words, share phrases and significance phrases.
import { describe, expect, it } from 'vitest';
import {
  againstTarget,
  convergenceKind,
  evaluation,
  goalLabel,
  indicatorLabel,
  movedVerb,
  movement,
  relationPhrase,
  sharePhrase,
  significanceWord,
  tolerance,
  verb,
} from '../../scripts/prose/wording.ts';

describe('tolerance: when a difference is "vrijwel gelijk"', () => {
  it('uses half a percentage point for procent, exactly at the edge', () => {
    expect(tolerance('procent')).toBe(0.5);
    expect(movement(0.49, 'procent')).toBe('gelijk');
    expect(movement(-0.49, 'procent')).toBe('gelijk');
    expect(movement(0.5, 'procent')).toBe('stijging');
    expect(movement(-0.5, 'procent')).toBe('daling');
  });

  it('uses five hundredths for grades, so "gelijk" is what shows as 0,0', () => {
    expect(movement(0.04, 'cijfer')).toBe('gelijk');
    expect(movement(0.05, 'cijfer')).toBe('stijging');
    expect(movement(-0.3, 'cijfer')).toBe('daling');
  });

  it('uses one percent of the base for counts and money, at least half a unit', () => {
    expect(tolerance('aantal', 30000)).toBe(300);
    expect(movement(299, 'aantal', 30000)).toBe('gelijk');
    expect(movement(-300, 'aantal', 30000)).toBe('daling');
    expect(tolerance('aantal', 10)).toBe(0.5);
    expect(movement(1, 'aantal', 10)).toBe('stijging');
    expect(tolerance('euro', -2000)).toBe(20);
  });

  it('writes the movement as a past-tense verb', () => {
    expect(movedVerb('stijging')).toBe('steeg');
    expect(movedVerb('daling')).toBe('daalde');
    expect(movedVerb('gelijk')).toBe('bleef vrijwel gelijk');
  });
});

describe('better or worse depends on the direction', () => {
  it('calls a fall an improvement when lower is better', () => {
    expect(evaluation(-6.3, 'lager_beter', 'procent')).toBe('verbetering');
    expect(evaluation(6.3, 'lager_beter', 'procent')).toBe('verslechtering');
    expect(evaluation(2, 'hoger_beter', 'procent')).toBe('verbetering');
  });

  it('has no verdict for neutraal indicators or changes within the tolerance', () => {
    expect(evaluation(10, 'neutraal', 'aantal')).toBeNull();
    expect(evaluation(0.2, 'hoger_beter', 'procent')).toBeNull();
  });

  it('places a value against a target in the right direction', () => {
    expect(againstTarget(30, 32, 'lager_beter')).toBe('voorbij');
    expect(againstTarget(32, 32, 'hoger_beter')).toBe('op');
    expect(againstTarget(31, 32, 'hoger_beter')).toBe('onder');
    expect(againstTarget(31, 32, 'neutraal')).toBeNull();
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
    expect(sharePhrase(87)).toBe('een ruime meerderheid');
    expect(sharePhrase(56)).toBe('een meerderheid');
    expect(sharePhrase(15)).toBe('een klein deel');
    expect(sharePhrase(42)).toBeNull();
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

  it('labels goals as seed 003 does', () => {
    expect(goalLabel({ id: '2.1', shortName: 'Opleidingskeuze', isStagepact: false })).toBe('doelstelling 2.1 Opleidingskeuze');
    expect(goalLabel({ id: 'SP1', shortName: 'Stagebegeleiding', isStagepact: true })).toBe('Stagepact-thema SP1 Stagebegeleiding');
  });

  it('picks the verb form', () => {
    expect(verb(true, 'heeft', 'hebben')).toBe('hebben');
    expect(verb(false, 'heeft', 'hebben')).toBe('heeft');
  });
});
