// Dutch descriptions of every column of the result tables (/downloads/data/*.csv), shown on the downloads page.
// One entry per file and column; `describeColumns` refuses a column without a description, so a new column cannot
// reach the downloads undocumented. Shared wording first, then per file what differs.

/** Columns that mean the same in every file where they occur. */
const SHARED: Readonly<Record<string, string>> = {
  indicator: 'Code van de indicator.',
  uitsplitsing: 'Uitsplitsing van de indicator (bijvoorbeeld totaal, bol, niveau 2).',
  instelling: 'Code van de instelling.',
  doelstelling: 'Doelstelling of Stagepact-thema.',
};

/** Correlation columns with Benjamini–Hochberg, Fisher z and Spearman (effort and ambition–budget tables). */
const CORRELATION: Readonly<Record<string, string>> = {
  n: 'Aantal instellingen met beide waarden.',
  r: 'Pearson-correlatie.',
  p: 'Tweezijdige p-waarde van r (t-verdeling, n − 2 vrijheidsgraden), zonder correctie.',
  oordeel: 'significant (q < 0,05), zwak (q van 0,05 tot 0,10) of niet; beslist op q, niet op p.',
  q: 'p-waarde gecorrigeerd voor het aantal toetsen in dit bestand (Benjamini-Hochberg); leeg als er niet getoetst is.',
  ci95_laag: 'Ondergrens van het 95%-betrouwbaarheidsinterval van r (Fisher-z).',
  ci95_hoog: 'Bovengrens van het 95%-betrouwbaarheidsinterval van r (Fisher-z).',
  rho: 'Rangcorrelatie van Spearman, als controle op de invloed van één afwijkende instelling.',
};

const FILES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'sector.csv': {
    n: 'Aantal instellingen met zowel een startwaarde als een geldende streefwaarde (de gepaarde groep).',
    gem_start: 'Gemiddelde startwaarde over alle instellingen met een startwaarde (ongewogen).',
    gem_streef: 'Gemiddelde geldende streefwaarde over alle instellingen met een streefwaarde (ongewogen).',
    gem_verbeterambitie: 'Gemiddelde verbeterambitie over de gepaarde groep: streef − start, positief is verbetering.',
    q1_verbeterambitie: 'Eerste kwartiel (P25) van de verbeterambitie.',
    mediaan_verbeterambitie: 'Mediaan van de verbeterambitie.',
    q3_verbeterambitie: 'Derde kwartiel (P75) van de verbeterambitie.',
    indicator_naam: 'Naam van de indicator.',
    eenheid: 'Eenheid: procent, cijfer, aantal of euro.',
    richting: 'hoger_beter, lager_beter of neutraal.',
    n_start: 'Aantal instellingen met een startwaarde.',
    n_streef: 'Aantal instellingen met een geldende streefwaarde.',
    gem_streef_origineel: 'Gemiddelde van de oorspronkelijke streefwaarden uit de kwaliteitsagenda.',
    aandeel_met_streef: 'Aandeel van alle instellingen met een geldende streefwaarde (procent).',
    laatste_jaar: 'Laatste jaar met een getoonde gerealiseerde waarde.',
    n_laatste_realisatie: 'Aantal instellingen met een getoonde waarde in het laatste jaar.',
    gem_laatste_realisatie: 'Gemiddelde gerealiseerde waarde in het laatste jaar.',
    n_streef_en_realisatie: 'Aantal instellingen met een streefwaarde en een laatste gerealiseerde waarde.',
    n_bereikt: 'Daarvan met de laatste waarde op of voorbij de streefwaarde, zonder rekening met de steekproefmarge (zie doelbereik-sector.csv).',
    aandeel_bereikt: 'n_bereikt als aandeel van n_streef_en_realisatie (procent), zonder steekproefmarge.',
    weggelaten_te_weinig_respondenten: 'Aantal gerealiseerde waarden dat is weggelaten omdat er te weinig respondenten waren.',
    ci95_laag: 'Ondergrens van het 95%-betrouwbaarheidsinterval (t-verdeling) van gem_verbeterambitie.',
    ci95_hoog: 'Bovengrens van het 95%-betrouwbaarheidsinterval (t-verdeling) van gem_verbeterambitie.',
    sd_verbeterambitie: 'Standaardafwijking van de verbeterambitie (n − 1).',
    gem_start_gepaard: 'Gemiddelde startwaarde over de gepaarde groep (zelfde instellingen als n).',
    gem_streef_gepaard: 'Gemiddelde streefwaarde over de gepaarde groep; gem_streef_gepaard − gem_start_gepaard = gem_ambitie.',
    gem_ambitie: 'Gemiddelde ambitie (streef − start, zonder tekenwisseling) over de gepaarde groep.',
    n_gewogen: 'Aantal instellingen in de gewogen gemiddelden (gepaarde groep met een bekend aantal studenten).',
    gew_gem_start: 'Gemiddelde startwaarde over de gepaarde groep, gewogen naar het aantal studenten (leeg bij aantallen).',
    gew_gem_streef: 'Gemiddelde streefwaarde over de gepaarde groep, gewogen naar het aantal studenten.',
    gew_gem_verbeterambitie: 'Gewogen gemiddelde verbeterambitie (positief is verbetering).',
    gewogen_wijkt_af: 'ja als het gewogen gemiddelde verder van het ongewogen ligt dan de halve breedte van het 95%-interval.',
    n_ontwikkeling: 'Aantal instellingen met een startwaarde en een laatste gerealiseerde waarde.',
    gem_ontwikkeling: 'Gemiddelde ontwikkeling: laatste waarde − startwaarde, positief is verbetering.',
    ci95_ontwikkeling_laag: 'Ondergrens van het 95%-betrouwbaarheidsinterval (t-verdeling) van gem_ontwikkeling.',
    ci95_ontwikkeling_hoog: 'Bovengrens van het 95%-betrouwbaarheidsinterval (t-verdeling) van gem_ontwikkeling.',
    n_laatste: 'Aantal instellingen met een laatste gerealiseerde waarde.',
    n_laatste_eerder_jaar: 'Daarvan met een laatste waarde uit een eerder jaar dan laatste_jaar.',
    n_laatste_andere_bron: 'Daarvan met een laatste waarde uit een andere bron (herkomst) dan de meeste waarden van dat jaar.',
  },
  'streefwaarden.csv': {
    start: 'Startwaarde.',
    streef_origineel: 'Oorspronkelijke streefwaarde uit de kwaliteitsagenda.',
    streef: 'Geldende streefwaarde na de bijstelregel.',
    herkomst_streef: 'Herkomst van de geldende streefwaarde.',
    genegeerd: 'Streefwaarden die de bijstelregel niet heeft overgenomen, met de reden.',
    status_streef: 'kwaliteitsagenda, nieuw, opwaarts of gewijzigd.',
    ambitie: 'Streef − start.',
    verbeterambitie: 'Ambitie met het teken zo dat positief verbetering is.',
    laatste_jaar: 'Jaar van de laatste getoonde gerealiseerde waarde.',
    laatste_realisatie: 'Laatste getoonde gerealiseerde waarde.',
    herkomst_laatste: 'Herkomst (bron) van de laatste waarde.',
    laatste_eerder_jaar: 'ja als de laatste waarde uit een eerder jaar komt dan het laatste jaar van de indicator.',
    laatste_andere_bron: 'ja als de laatste waarde uit een andere bron komt dan de meeste waarden van dat jaar.',
    marge: '95%-steekproefmarge rond de streefwaarde (procentpunt): 1,96 × √(p(1 − p)/n) × 100, p = streefwaarde/100; leeg zonder aantal respondenten.',
    doelbereik: 'bereikt, niet-bereikt, binnen-marge of zonder-verbetering (streefwaarde niet gunstiger dan de start).',
  },
  'doelbereik.csv': {
    jaar: 'Meetjaar.',
    realisatie: 'Gerealiseerde waarde.',
    streef: 'Geldende streefwaarde.',
    bereikt: 'ja als de waarde op of voorbij de streefwaarde ligt (zonder steekproefmarge).',
    n: 'Aantal respondenten, als bekend.',
    herkomst: 'Herkomst (bron) van de waarde.',
    marge: '95%-steekproefmarge rond de streefwaarde (procentpunt); leeg zonder aantal respondenten.',
    oordeel: 'bereikt, niet-bereikt, binnen-marge of zonder-verbetering.',
    laatste: 'ja voor de laatste getoonde waarde van de instelling.',
  },
  'doelbereik-sector.csv': {
    n: 'Aantal instellingen met een geldende streefwaarde en een laatste gerealiseerde waarde.',
    bereikt: 'Laatste waarde voorbij de streefwaarde, verder dan de steekproefmarge.',
    niet_bereikt: 'Laatste waarde vóór de streefwaarde, verder dan de steekproefmarge.',
    binnen_marge: 'Laatste waarde binnen de 95%-steekproefmarge van de streefwaarde.',
    streef_zonder_verbetering: 'Streefwaarde niet gunstiger dan de eigen startwaarde (telt apart).',
    aandeel_bereikt: 'bereikt als aandeel van n − streef_zonder_verbetering (procent).',
    ci95_laag: 'Ondergrens van het 95%-betrouwbaarheidsinterval (Wilson) van aandeel_bereikt.',
    ci95_hoog: 'Bovengrens van het 95%-betrouwbaarheidsinterval (Wilson) van aandeel_bereikt.',
  },
  'convergentie.csv': {
    n: 'Aantal instellingen met een start- en een streefwaarde.',
    r: 'Pearson-correlatie tussen startwaarde (in de richting van beter) en verbeterambitie; alleen een beschrijving.',
    p: 'Tweezijdige p-waarde van r.',
    oordeel: 'Lezing van r op p (significant, zwak, niet); geen toets op een inhaalslag, zie conclusie.',
    helling: 'Helling van de kleinste-kwadratenlijn van verbeterambitie op startwaarde.',
    intercept: 'Snijpunt van die lijn.',
    ci95_laag: 'Ondergrens van het 95%-betrouwbaarheidsinterval van r (Fisher-z).',
    ci95_hoog: 'Bovengrens van het 95%-betrouwbaarheidsinterval van r (Fisher-z).',
    rho: 'Rangcorrelatie van Spearman tussen startwaarde en verbeterambitie.',
    sd_start: 'Standaardafwijking van de startwaarden (gepaarde groep).',
    sd_streef: 'Standaardafwijking van de streefwaarden (dezelfde instellingen).',
    verhouding_spreiding: 'sd_streef / sd_start: onder 1 liggen de streefwaarden dichter bij elkaar.',
    p_spreiding: 'Tweezijdige p-waarde van de toets van Pitman en Morgan op gelijke spreiding.',
    q_spreiding: 'p_spreiding gecorrigeerd voor het aantal toetsen in dit bestand (Benjamini-Hochberg).',
    conclusie: 'inhaalslag (spreiding kleiner, q < 0,05), uiteenlopen (spreiding groter, q < 0,05) of geen.',
  },
  'typologie.csv': {
    start_score: '(gunstige − ongunstige startwaarden) / indicatoren met een startwaarde.',
    ambitie_score: '(gunstige − ongunstige verbeterambities) / indicatoren met een ambitie.',
    type: 'Type 1 tot en met 5, of geen.',
    startniveau: 'hoog, gemiddeld of laag ten opzichte van P67 en P33 van de startscores.',
    reden_geen_type: 'Waarom een instelling geen type heeft.',
    indicatoren_met_start: 'Aantal indicatoren met een startwaarde.',
    gunstig_start: 'Aantal startwaarden op of boven Q3 (in de richting van beter).',
    ongunstig_start: 'Aantal startwaarden op of onder Q1.',
    gunstig_streef: 'Aantal streefwaarden op of boven Q3.',
    ongunstig_streef: 'Aantal streefwaarden op of onder Q1.',
    indicatoren_met_ambitie: 'Aantal indicatoren met een verbeterambitie.',
    gunstig_ambitie: 'Aantal verbeterambities op of boven Q3.',
    ongunstig_ambitie: 'Aantal verbeterambities op of onder Q1.',
  },
  'inzet-en-ontwikkeling.csv': {
    ...CORRELATION,
    inzet: 'begrotingsaandeel, bestedingsaandeel of maatregel:<code> (uitgevoerd ja = 1, nee = 0).',
    n_met_maatregel: 'Aantal instellingen dat de maatregel uitvoerde.',
    gem_ontwikkeling_met: 'Gemiddelde ontwikkeling van die instellingen (positief is verbetering).',
    n_zonder_maatregel: 'Aantal instellingen dat de maatregel niet uitvoerde.',
    gem_ontwikkeling_zonder: 'Gemiddelde ontwikkeling van die instellingen.',
    te_weinig_per_groep: 'ja als een van beide groepen minder dan 5 instellingen telt: te weinig om te vergelijken, geen q.',
  },
  'ambitie-en-begroting.csv': CORRELATION,
  'begroting-per-doelstelling.csv': {
    begroot: 'Begrote kwaliteitsmiddelen voor de doelstelling, alle instellingen (euro).',
    aandeel_sectorbegroting: 'Aandeel in de totale begroting van de sector (procent).',
    instellingen: 'Aantal instellingen met een begroting voor de doelstelling.',
    besteed: 'Besteed tot en met het rapportjaar (euro).',
    aandeel_besteed: 'besteed als aandeel van begroot (procent).',
    besteed_rapportjaar: 'Besteed in het rapportjaar (euro).',
    aandeel_besteed_rapportjaar: 'besteed_rapportjaar als aandeel van begroot (procent).',
    instellingen_besteed_lt20: 'Instellingen die minder dan 20% van hun begroting voor de doelstelling hebben besteed.',
    'instellingen_besteed_20-25': 'Instellingen met 20% tot 25% besteed.',
    'instellingen_besteed_25-30': 'Instellingen met 25% tot 30% besteed.',
    instellingen_besteed_ge30: 'Instellingen met 30% of meer besteed.',
    instellingen_besteed_rapportjaar_lt20: 'Idem voor alleen het rapportjaar: minder dan 20%.',
    'instellingen_besteed_rapportjaar_20-25': 'Idem voor alleen het rapportjaar: 20% tot 25%.',
    'instellingen_besteed_rapportjaar_25-30': 'Idem voor alleen het rapportjaar: 25% tot 30%.',
    instellingen_besteed_rapportjaar_ge30: 'Idem voor alleen het rapportjaar: 30% of meer.',
  },
  'wijzigingen.csv': {
    soort: 'Soort waarde: start, streef of realisatie.',
    jaar: 'Jaar van de waarde.',
    herkomst: 'Herkomst van de waarde (kwaliteitsagenda, e-file, bron van de meting).',
    wijziging: 'nieuw, gewijzigd of vervallen ten opzichte van de vorige editie.',
    nieuwe_instelling: 'ja als de instelling in de vorige editie nog niet voorkwam.',
    oud: 'Waarde in de vorige editie (leeg als die er niet was).',
    nieuw: 'Waarde in deze editie (leeg als die is vervallen).',
    bestand: 'Invoerbestand van deze editie waarin de waarde staat.',
    regel: 'Regel in dat bestand (regel 1 is de kopregel).',
  },
  'maatregelen-uitvoering.csv': {
    maatregel: 'Code van de maatregel.',
    naam: 'Naam van de maatregel.',
    verplicht: 'ja als de maatregel verplicht is.',
    jaar: 'Jaar van de opgave.',
    uitgevoerd: 'Aantal instellingen dat de maatregel uitvoerde.',
    instellingen: 'Aantal instellingen dat over maatregelen rapporteerde.',
    aandeel: 'uitgevoerd als aandeel van instellingen (procent).',
  },
};

export interface ColumnDescription {
  readonly name: string;
  readonly description: string;
}

/** The description of each column of `file`, in column order; throws (in Dutch) for a column without one. */
export function describeColumns(file: string, names: readonly string[]): ColumnDescription[] {
  const own = FILES[file] ?? {};
  return names.map((name) => {
    const description = own[name] ?? SHARED[name];
    if (!description) throw new Error(`${file}: de kolom ${name} heeft geen beschrijving in scripts/compute/columns.ts`);
    return { name, description };
  });
}
