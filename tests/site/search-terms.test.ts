// Search synonyms: a page that uses one form of an abbreviation (vsv, bpv, bol/bbl, LC/LD, LOB, JOB, MTO) gets
// the other forms for the index, so "voortijdig schoolverlaten" finds the pages that only say "vsv'ers".
import { describe, expect, it } from 'vitest';
import { mentions, searchKeywords, searchSynonyms, SYNONYMS } from '../../scripts/site/search-terms.ts';

describe('search synonyms', () => {
  it('adds the expansion to a page that only uses the abbreviation, and the other way round', () => {
    expect(searchSynonyms('Aantal nieuwe vsv’ers per jaar')).toBe("Zoekwoorden: voortijdig schoolverlaten, voortijdig schoolverlater, voortijdige schoolverlaters, vsv'ers.");
    expect(searchSynonyms('Nieuwe voortijdig schoolverlaters')).toContain('vsv');
    expect(searchSynonyms('Veilig tijdens de bpv')).toBe('Zoekwoorden: beroepspraktijkvorming.');
    expect(searchSynonyms('Docenten in LC/LD')).toContain('salarisschaal lc');
    expect(searchSynonyms('Bron: MTO MBO Raad')).toContain('medewerkerstevredenheidsonderzoek');
    expect(searchSynonyms('Bron: JOB-monitor')).toContain('jongeren organisatie beroepsonderwijs');
  });

  it('matches whole words only, so no page gets terms it does not use', () => {
    expect(searchSynonyms('De bolletjes en het jobcentrum, de mtogroep en de lob')).toBe(
      searchSynonyms('de lob'),
    );
    expect(mentions('een bolletje', 'bol')).toBe(false);
    expect(mentions('de bol-studenten', 'bol')).toBe(true);
    expect(searchSynonyms('Werkdruk en professionalisering')).toBe('');
  });

  it('covers every abbreviation the issue names', () => {
    const abbreviations = SYNONYMS.map((g) => g[0]);
    for (const a of ['vsv', 'bpv', 'bol', 'bbl', 'lc', 'lob', 'job', 'mto']) expect(abbreviations).toContain(a);
  });

  it('brings every form of an abbreviation among a page’s keywords, and the staff words readers use', () => {
    expect(searchKeywords(['LC/LD'])).toBe('Trefwoorden: LC/LD, lc, ld, lc-schaal, ld-schaal, salarisschaal lc, salarisschaal ld.');
    expect(searchKeywords(['I14', 'Instelling 14'])).toBe('Trefwoorden: I14, Instelling 14.');
    expect(searchKeywords([])).toBe('');
    expect(searchSynonyms('Aandeel personeel dat werkdruk als hoog ervaart')).toBe('Zoekwoorden: docenten, leraren, medewerkers, onderwijspersoneel.');
  });
});
