// Every Dutch message the loader can give, in one place; code and tests both call these.

const q = (value: string) => `'${value}'`;
const list = (values: readonly string[]) => values.map(q).join(', ');

export const msg = {
  folderMissing: (dir: string) => `de snapshotmap ${q(dir)} bestaat niet of is niet leesbaar`,
  noSnapshots: (dir: string) => `geen snapshotmap gevonden in ${q(dir)}; verwacht een map met een naam als 2025-11-01`,
  fileMissing: () => `bestand ontbreekt; dit bestand is verplicht in elke snapshot`,
  fileUnreadable: (reason: string) => `bestand is niet leesbaar (${reason})`,
  notUtf8: () => `bestand is geen geldige UTF-8-tekst; sla het op als 'CSV UTF-8'`,
  emptyFile: () => `bestand is leeg; verwacht minstens een kopregel met kolomnamen`,
  csvSyntax: (reason: string) => `CSV-bestand is niet te lezen: ${reason}`,
  columnMissing: (column: string) => `verplichte kolom ${q(column)} ontbreekt in de kopregel`,
  columnDuplicate: (column: string) => `kolom ${q(column)} staat twee keer in de kopregel`,
  columnUnknown: (column: string) => `onbekende kolom ${q(column)} wordt genegeerd`,
  fieldCount: (found: number, expected: number) =>
    `regel heeft ${found} velden, de kopregel ${expected}; controleer scheidingstekens en aanhalingstekens`,
  required: (column: string) => `kolom ${q(column)} is leeg; hier is een waarde verplicht`,
  notANumber: (column: string, value: string, dialect: 'en' | 'nl') =>
    `kolom ${q(column)}: ${q(value)} is geen getal; verwacht ${dialect === 'nl' ? 'een getal met decimale komma, bijv. 41,5' : 'een getal met decimale punt, bijv. 41.5'}`,
  notAnInteger: (column: string, value: string) => `kolom ${q(column)}: ${q(value)} is geen geheel getal`,
  belowMin: (column: string, value: string, min: number) => `kolom ${q(column)}: ${value} is kleiner dan ${min}`,
  aboveMax: (column: string, value: string, max: number) => `kolom ${q(column)}: ${value} is groter dan ${max}`,
  notBool: (column: string, value: string) => `kolom ${q(column)}: ${q(value)} is geen ja/nee; verwacht 'ja' of 'nee'`,
  notEnum: (column: string, value: string, values: readonly string[]) =>
    `kolom ${q(column)}: ${q(value)} is geen toegestane waarde; verwacht een van ${list(values)}`,
  notCode: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} is geen geldige code; gebruik letters, cijfers, punt, streepje of liggend streepje, zonder spaties`,
  notPeriod: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} is geen geldige periode; verwacht een jaar (2024) of een studiejaar (2024/25)`,
  duplicateKey: (key: readonly string[], values: readonly string[], firstLine: number) =>
    `dubbele sleutel (${key.join(', ')}) = (${values.join(', ')}); staat ook op regel ${firstLine}`,
  unknownRef: (column: string, value: string, file: string) =>
    `kolom ${q(column)}: ${q(value)} bestaat niet in ${file}`,
  outOfUnitRange: (value: string, unit: string, range: string, indicator: string) =>
    `waarde ${value} ligt buiten het bereik ${range} van eenheid ${q(unit)} (indicator ${q(indicator)})`,
  negativeForUnit: (value: string, unit: string, indicator: string) =>
    `waarde ${value} is negatief; eenheid ${q(unit)} (indicator ${q(indicator)}) kan niet negatief zijn`,
  streefOrigin: (value: string) =>
    `kolom 'herkomst': ${q(value)} is voor een streefwaarde niet toegestaan; verwacht 'kwaliteitsagenda' of 'e-file'`,
  goalPriority: (goal: string, priority: string) =>
    `doelstelling ${q(goal)} hoort bij prioriteit ${goal.startsWith('SP') ? '2 (Stagepact)' : goal.slice(0, 1)}, niet bij ${priority}`,
  goalId: (goal: string) =>
    `kolom 'doelstelling': ${q(goal)} is geen geldige code; verwacht 1.1 tot en met 3.4 of SP1 tot en met SP4`,
  // snapshot.json
  jsonSyntax: (reason: string) => `snapshot.json is geen geldige JSON: ${reason}`,
  jsonNotObject: () => `snapshot.json moet één object met velden bevatten`,
  jsonMissing: (field: string) => `veld ${q(field)} ontbreekt`,
  jsonType: (field: string, value: string, expected: string) => `veld ${q(field)}: ${value} is geen ${expected}`,
  jsonDate: (field: string, value: string) => `veld ${q(field)}: ${q(value)} is geen geldige datum; verwacht JJJJ-MM-DD, bijv. 2025-11-01`,
  jsonUnknown: (field: string) => `onbekend veld ${q(field)} wordt genegeerd`,
  previousMissing: (name: string) => `veld 'vorige': de snapshotmap ${q(name)} bestaat niet naast deze snapshot`,
  previousSelf: () => `veld 'vorige' verwijst naar deze snapshot zelf`,
};
