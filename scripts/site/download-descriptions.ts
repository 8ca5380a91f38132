// Dutch titles of the result tables (scripts/compute/tables.ts) and the units of their columns, for the downloads
// page and the Table Schemas in datapackage.json. Column descriptions live with the tables themselves
// (scripts/compute/columns.ts), so there is one text per column.

export interface ResultFileDescription {
  readonly title: string;
  readonly description: string;
}

export const RESULT_FILES: Readonly<Record<string, ResultFileDescription>> = {
  'sector.csv': {
    title: 'Sector per indicator en uitsplitsing',
    description: 'Per indicator en uitsplitsing: gemiddelde start-, streef- en laatste waarde over de instellingen, de verbeterambitie (gemiddelde en kwartielen) en hoeveel instellingen op of voorbij hun streefwaarde liggen (zonder meetmarge; het aandeel bereikt staat in doelbereik-sector.csv).',
  },
  'koers.csv': {
    title: 'Koers van de sector per indicator en uitsplitsing',
    description: 'Per indicator en uitsplitsing: de geplande en de werkelijke vooruitgang van de instellingen tegen hun eigen pad van start- naar streefwaarde, het gemiddelde verschil met zijn 95%-interval, het oordeel (voor op schema, op schema, achter op schema, verslechterd, onzeker), hoeveel instellingen op of boven hun pad liggen, en het oordeel met paden vanaf 2024. Onafgerond, met een decimale punt.',
  },
  'streefwaarden.csv': {
    title: 'Streefwaarden per instelling',
    description: 'Per instelling, indicator en uitsplitsing: startwaarde, oorspronkelijke en geldende streefwaarde, genegeerde herzieningen met reden, en de (verbeter)ambitie.',
  },
  'doelbereik.csv': {
    title: 'Gerealiseerde waarden en doelbereik per instelling',
    description: 'Per instelling, indicator, uitsplitsing en jaar: de gerealiseerde waarde, de geldende streefwaarde, of de waarde op of voorbij de streefwaarde ligt en het oordeel met meetmarge (bereikt, niet bereikt, binnen de marge, zonder verbetering). Afgeschermde waarden (te weinig respondenten) staan er niet in.',
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
  'doelbereik-sector.csv': {
    title: 'Doelbereik per indicator, met meetmarge',
    description: 'Per indicator en uitsplitsing: hoeveel instellingen hun streefwaarde bereikten, niet bereikten of er binnen de meetmarge van de enquête van liggen, en hoeveel een streefwaarde zonder verbetering hebben; met 95%-interval (Wilson) voor het aandeel bereikt.',
  },
  'wijzigingen.csv': {
    title: 'Alle gewijzigde waarden ten opzichte van de vorige editie',
    description: 'Per instelling, indicator, uitsplitsing, soort en jaar: de oude en de nieuwe waarde, met het invoerbestand en de regel in deze editie. Bedoeld om een verversing na te lopen.',
  },
  'maatregelen-uitvoering.csv': {
    title: 'Uitvoering van maatregelen',
    description: 'Per maatregel: hoeveel instellingen die in het rapportjaar uitvoerden.',
  },
};

const VALUE_UNIT = 'eenheid van de indicator (zie kolom eenheid of indicatoren.csv)';

/** Units of columns whose name says what they count or measure; `file:column` where one file means something else. */
const UNITS: Readonly<Record<string, string>> = {
  jaar: 'jaar',
  laatste_jaar: 'jaar',
  'doelbereik.csv:n': 'respondenten',
  'wijzigingen.csv:regel': 'regel',
  begroot: 'euro',
  besteed: 'euro',
  besteed_rapportjaar: 'euro',
  weggelaten_te_weinig_respondenten: 'waarden',
  n_laatste_eerder_jaar: 'waarden',
  n_laatste_andere_bron: 'waarden',
  'sector.csv:ci95_laag': VALUE_UNIT,
  'sector.csv:ci95_hoog': VALUE_UNIT,
  'doelbereik-sector.csv:ci95_laag': 'procent',
  'doelbereik-sector.csv:ci95_hoog': 'procent',
  'koers.csv:n_zonder_verbetering': 'instellingen',
  'koers.csv:n_eerder_jaar': 'instellingen',
  'koers.csv:n_andere_bron': 'instellingen',
  'koers.csv:ci95_verschil_laag': VALUE_UNIT,
  'koers.csv:ci95_verschil_hoog': VALUE_UNIT,
  'koers.csv:ci95_gerealiseerd_laag': VALUE_UNIT,
  'koers.csv:ci95_gerealiseerd_hoog': VALUE_UNIT,
};

/** Prefixes of columns in the indicator's own unit (means, quartiles, values, margins). */
const VALUE_COLUMN = /^(gem_|gew_gem_|q1_|q3_|mediaan_|sd_|ci95_ontwikkeling_)|^(start|streef|streef_origineel|ambitie|verbeterambitie|realisatie|laatste_realisatie|marge|intercept|oud|nieuw|helling)$/;
/** Columns that count institutions or indicators. */
const COUNT_COLUMN = /^(n|n_.*|instellingen.*|uitgevoerd|bereikt|niet_bereikt|binnen_marge|streef_zonder_verbetering|te_weinig_per_groep)$/;
const INDICATOR_COUNT = /^(indicatoren_met_.*|gunstig_.*|ongunstig_.*)$/;

/** The unit of a result-table column for its Table Schema, or null for text, codes, scores and correlations. */
export function resultUnit(file: string, column: string): string | null {
  const own = UNITS[`${file}:${column}`] ?? UNITS[column];
  if (own) return own;
  if (/^aandeel/.test(column)) return 'procent';
  if (file === 'wijzigingen.csv' && (column === 'oud' || column === 'nieuw')) return VALUE_UNIT;
  if (file !== 'typologie.csv' && INDICATOR_COUNT.test(column)) return null;
  if (INDICATOR_COUNT.test(column)) return 'indicatoren';
  if (COUNT_COLUMN.test(column)) return 'instellingen';
  if (VALUE_COLUMN.test(column) && file !== 'typologie.csv') return VALUE_UNIT;
  return null;
}
