// Dutch titles and column descriptions of the result tables (scripts/compute/tables.ts), for the downloads page
// and the Table Schemas in datapackage.json. A column without a description here is a build error (see
// datapackage.ts), so a new column cannot reach the downloads undocumented.

export interface ResultFileDescription {
  readonly title: string;
  readonly description: string;
}

export const RESULT_FILES: Readonly<Record<string, ResultFileDescription>> = {
  'sector.csv': {
    title: 'Sector per indicator en uitsplitsing',
    description: 'Per indicator en uitsplitsing: gemiddelde start-, streef- en laatste waarde over de instellingen, de verbeterambitie (gemiddelde en kwartielen) en hoeveel instellingen hun streefwaarde bereikten.',
  },
  'streefwaarden.csv': {
    title: 'Streefwaarden per instelling',
    description: 'Per instelling, indicator en uitsplitsing: startwaarde, oorspronkelijke en geldende streefwaarde, genegeerde herzieningen met reden, en de (verbeter)ambitie.',
  },
  'doelbereik.csv': {
    title: 'Gerealiseerde waarden en doelbereik per instelling',
    description: 'Per instelling, indicator, uitsplitsing en jaar: de gerealiseerde waarde, de geldende streefwaarde en of die is bereikt. Afgeschermde waarden (te weinig respondenten) staan er niet in.',
  },
  'convergentie.csv': {
    title: 'Inhaalslag (convergentie) per indicator',
    description: 'Per indicator en uitsplitsing: de Pearson-correlatie tussen startwaarde en verbeterambitie met p-waarde, oordeel en regressielijn.',
  },
  'typologie.csv': {
    title: 'Typering van instellingen',
    description: 'Per instelling: de scores voor startpositie en ambitie, het type en de tellingen van gunstige en ongunstige indicatoren waarop de scores rusten.',
  },
  'inzet-en-ontwikkeling.csv': {
    title: 'Samenhang tussen inzet en ontwikkeling',
    description: 'Per doelstelling, indicator en uitsplitsing: de correlatie tussen de inzet van de instellingen en de ontwikkeling van de indicator, en de gemiddelde ontwikkeling met en zonder maatregel.',
  },
  'ambitie-en-begroting.csv': {
    title: 'Samenhang tussen ambitie en begroting',
    description: 'Per doelstelling, indicator en uitsplitsing: de correlatie tussen de verbeterambitie en het begrote bedrag.',
  },
  'begroting-per-doelstelling.csv': {
    title: 'Begroting en besteding per doelstelling',
    description: 'Per doelstelling: begrote en bestede kwaliteitsmiddelen, aandelen, en het aantal instellingen per bestedingsklasse.',
  },
  'maatregelen-uitvoering.csv': {
    title: 'Uitvoering van maatregelen',
    description: 'Per maatregel: hoeveel instellingen die in het rapportjaar uitvoerden.',
  },
};

export interface FieldDescription {
  readonly description: string;
  /** Unit of the values, as written in the schema's `unit` property; absent for text and codes. */
  readonly unit?: string;
}

const VALUE_UNIT = 'eenheid van de indicator (zie kolom eenheid of indicatoren.csv)';

/** Column descriptions by column name; `file:column` overrides a name that means something else in one file. */
export const RESULT_FIELDS: Readonly<Record<string, FieldDescription>> = {
  instelling: { description: 'Code van de instelling (instellingen.csv).' },
  indicator: { description: 'Code van de indicator (indicatoren.csv).' },
  doelstelling: { description: 'Code van de doelstelling (doelstellingen.csv).' },
  uitsplitsing: { description: 'Uitsplitsing: totaal, entree, niveau 2 tot 4, bol, bbl, enzovoort.' },
  jaar: { description: 'Jaar van de meting.', unit: 'jaar' },
  n: { description: 'Aantal instellingen waarop de uitkomst rust.', unit: 'instellingen' },
  'doelbereik.csv:n': { description: 'Aantal respondenten van de meting (leeg als de bron dat niet geeft).', unit: 'respondenten' },
  gem_start: { description: 'Gemiddelde startwaarde over de instellingen (ongewogen).', unit: VALUE_UNIT },
  gem_streef: { description: 'Gemiddelde geldende streefwaarde over de instellingen (ongewogen).', unit: VALUE_UNIT },
  gem_verbeterambitie: { description: 'Gemiddelde verbeterambitie (streef − start, positief = beter).', unit: VALUE_UNIT },
  q1_verbeterambitie: { description: 'Eerste kwartiel van de verbeterambitie (lineaire interpolatie, type 7).', unit: VALUE_UNIT },
  mediaan_verbeterambitie: { description: 'Mediaan van de verbeterambitie.', unit: VALUE_UNIT },
  q3_verbeterambitie: { description: 'Derde kwartiel van de verbeterambitie (lineaire interpolatie, type 7).', unit: VALUE_UNIT },
  indicator_naam: { description: 'Naam van de indicator.' },
  eenheid: { description: 'Eenheid van de indicator: procent, cijfer, aantal of euro.' },
  richting: { description: 'Richting: hoger_beter, lager_beter of neutraal.' },
  n_start: { description: 'Aantal instellingen met een startwaarde.', unit: 'instellingen' },
  n_streef: { description: 'Aantal instellingen met een geldende streefwaarde.', unit: 'instellingen' },
  gem_streef_origineel: { description: 'Gemiddelde oorspronkelijke streefwaarde (kwaliteitsagenda).', unit: VALUE_UNIT },
  aandeel_met_streef: { description: 'Aandeel instellingen met een streefwaarde.', unit: 'procent' },
  laatste_jaar: { description: 'Laatste jaar met een gerealiseerde waarde.', unit: 'jaar' },
  n_laatste_realisatie: { description: 'Aantal instellingen met een gerealiseerde waarde in het laatste jaar.', unit: 'instellingen' },
  gem_laatste_realisatie: { description: 'Gemiddelde gerealiseerde waarde in het laatste jaar.', unit: VALUE_UNIT },
  n_streef_en_realisatie: { description: 'Aantal instellingen met zowel een streefwaarde als een gerealiseerde waarde.', unit: 'instellingen' },
  n_bereikt: { description: 'Aantal instellingen dat de streefwaarde bereikte.', unit: 'instellingen' },
  aandeel_bereikt: { description: 'Aandeel instellingen dat de streefwaarde bereikte.', unit: 'procent' },
  weggelaten_te_weinig_respondenten: { description: 'Aantal gerealiseerde waarden weggelaten wegens te weinig respondenten.', unit: 'waarden' },
  start: { description: 'Startwaarde.', unit: VALUE_UNIT },
  streef_origineel: { description: 'Oorspronkelijke streefwaarde uit de kwaliteitsagenda.', unit: VALUE_UNIT },
  streef: { description: 'Geldende streefwaarde (na toegepaste herzieningen).', unit: VALUE_UNIT },
  herkomst_streef: { description: 'Herkomst van de geldende streefwaarde: kwaliteitsagenda of e-file.' },
  genegeerd: { description: 'Genegeerde streefwaarden met herkomst, waarde en reden.' },
  status_streef: { description: 'Status van de geldende streefwaarde: kwaliteitsagenda, nieuw, opwaarts of gewijzigd.' },
  ambitie: { description: 'Ambitie: streefwaarde − startwaarde.', unit: VALUE_UNIT },
  verbeterambitie: { description: 'Verbeterambitie: de ambitie met het teken zo dat positief beter is.', unit: VALUE_UNIT },
  realisatie: { description: 'Gerealiseerde waarde.', unit: VALUE_UNIT },
  bereikt: { description: 'Streefwaarde bereikt (ja/nee); leeg zonder streefwaarde.' },
  herkomst: { description: 'Herkomst van de waarde (bron in de snapshot).' },
  r: { description: 'Pearson-correlatiecoëfficiënt.' },
  p: { description: 'Tweezijdige p-waarde van de correlatie.' },
  oordeel: { description: 'Oordeel over de samenhang: significant, zwak significant of niet.' },
  helling: { description: 'Helling van de regressielijn van verbeterambitie op startwaarde.' },
  intercept: { description: 'Snijpunt van de regressielijn met de verticale as.', unit: VALUE_UNIT },
  start_score: { description: 'Score voor de startpositie: (gunstige − ongunstige startwaarden) / indicatoren met een startwaarde, van −1 tot 1.' },
  ambitie_score: { description: 'Score voor de ambitie: (gunstige − ongunstige verbeterambities) / indicatoren met een ambitie, van −1 tot 1.' },
  type: { description: 'Type van de instelling (1-5), of geen.' },
  startniveau: { description: 'Startniveau: hoog, gemiddeld of laag (tertielen van de startscore).' },
  reden_geen_type: { description: 'Waarom de instelling geen type heeft.' },
  indicatoren_met_start: { description: 'Aantal indicatoren met een startwaarde.', unit: 'indicatoren' },
  gunstig_start: { description: 'Aantal indicatoren met een gunstige startwaarde (op of boven Q3 van die indicator).', unit: 'indicatoren' },
  ongunstig_start: { description: 'Aantal indicatoren met een ongunstige startwaarde (op of onder Q1 van die indicator).', unit: 'indicatoren' },
  gunstig_streef: { description: 'Aantal indicatoren met een gunstige streefwaarde.', unit: 'indicatoren' },
  ongunstig_streef: { description: 'Aantal indicatoren met een ongunstige streefwaarde.', unit: 'indicatoren' },
  indicatoren_met_ambitie: { description: 'Aantal indicatoren met een ambitie.', unit: 'indicatoren' },
  gunstig_ambitie: { description: 'Aantal indicatoren met een gunstige ambitie.', unit: 'indicatoren' },
  ongunstig_ambitie: { description: 'Aantal indicatoren met een ongunstige ambitie.', unit: 'indicatoren' },
  inzet: { description: 'Soort inzet: begrotingsaandeel, bestedingsaandeel of maatregel:<code>.' },
  n_met_maatregel: { description: 'Aantal instellingen dat de maatregel uitvoerde.', unit: 'instellingen' },
  gem_ontwikkeling_met: { description: 'Gemiddelde ontwikkeling bij instellingen met de maatregel.', unit: VALUE_UNIT },
  n_zonder_maatregel: { description: 'Aantal instellingen zonder de maatregel.', unit: 'instellingen' },
  gem_ontwikkeling_zonder: { description: 'Gemiddelde ontwikkeling bij instellingen zonder de maatregel.', unit: VALUE_UNIT },
  begroot: { description: 'Begrote kwaliteitsmiddelen 2024-2027.', unit: 'euro' },
  aandeel_sectorbegroting: { description: 'Aandeel van de begroting van de sector.', unit: 'procent' },
  instellingen: { description: 'Aantal instellingen.', unit: 'instellingen' },
  besteed: { description: 'Bestede kwaliteitsmiddelen tot nu toe.', unit: 'euro' },
  aandeel_besteed: { description: 'Besteed als aandeel van het begrote bedrag.', unit: 'procent' },
  besteed_rapportjaar: { description: 'Besteed in het rapportjaar.', unit: 'euro' },
  aandeel_besteed_rapportjaar: { description: 'Besteed in het rapportjaar als aandeel van het begrote bedrag.', unit: 'procent' },
  maatregel: { description: 'Code van de maatregel (maatregelen.csv).' },
  naam: { description: 'Naam van de maatregel.' },
  verplicht: { description: 'Verplichte maatregel (ja/nee).' },
  uitgevoerd: { description: 'Aantal instellingen dat de maatregel in het jaar uitvoerde.', unit: 'instellingen' },
  aandeel: { description: 'Aandeel instellingen dat de maatregel uitvoerde.', unit: 'procent' },
};

const BAND_TEXT: Readonly<Record<string, string>> = { lt20: 'minder dan 20%', '20-25': '20% tot 25%', '25-30': '25% tot 30%', ge30: '30% of meer' };

/** The description of one result-table column, or null when there is none. */
export function resultField(file: string, column: string): FieldDescription | null {
  const own = RESULT_FIELDS[`${file}:${column}`] ?? RESULT_FIELDS[column];
  if (own) return own;
  const band = /^instellingen_besteed(_rapportjaar)?_(lt20|20-25|25-30|ge30)$/.exec(column);
  if (band) {
    const when = band[1] ? 'in het rapportjaar ' : '';
    return { description: `Aantal instellingen dat ${when}${BAND_TEXT[band[2]!]} van het begrote bedrag besteedde.`, unit: 'instellingen' };
  }
  return null;
}
