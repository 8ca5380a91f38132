// Every Dutch message the loader can give, in one place; code and tests both call these.

const q = (value: string) => `'${value}'`;
const list = (values: readonly string[]) => values.map(q).join(', ');

type StrayHow = 'download' | 'kopie' | 'hoofdletters' | 'extensie';
const STRAY: Record<StrayHow, (expected: string) => string> = {
  download: (e) => `een tweede download van ${e} (zo noemt een browser die)`,
  kopie: (e) => `een kopie van ${e}`,
  hoofdletters: (e) => `${e} met andere hoofdletters`,
  extensie: (e) => `${e} met '.txt' erachter (zo slaat Windows het soms op; de Verkenner verbergt die extensie vaak)`,
};

export const msg = {
  folderMissing: (dir: string) => `de snapshotmap ${q(dir)} bestaat niet of is niet leesbaar`,
  noSnapshots: (dir: string) => `geen snapshotmap gevonden in ${q(dir)}; verwacht een map met een naam als 2025-11-01`,
  fileMissing: () => `bestand ontbreekt; dit bestand is verplicht in elke snapshot`,
  strayBeside: (name: string, expected: string, how: StrayHow) =>
    `${q(name)} lijkt ${STRAY[how](expected)}; de monitor leest alleen ${expected}, zodat niet te zien is welke van de twee u bedoelt. ` +
    `Zet de juiste gegevens in ${expected} en verwijder ${q(name)}`,
  strayInstead: (names: readonly string[], expected: string, how: StrayHow) =>
    `bestand ontbreekt, maar ${list(names)} staat er wel: ${names.length === 1 ? 'dat lijkt' : 'die lijken'} ${STRAY[how](expected)}. ` +
    `De monitor leest alleen de naam ${expected} (precies zo geschreven); hernoem het juiste bestand`,
  fileUnreadable: (reason: string) => `bestand is niet leesbaar (${reason})`,
  readAs: (how: string) => `bestand is gelezen ${how}; 'CSV UTF-8' is de standaard`,
  notText: (tried: string) =>
    `bestand is geen leesbare tekst: deze regel bevat een byte die in ${tried} geen teken is; sla het bestand op als 'CSV UTF-8'`,
  mixedEncoding: (utf8Line: number | null, example: string | undefined) =>
    `deze regel is geen UTF-8, terwijl ${utf8Line === null ? 'het bestand met een UTF-8-kenmerk (BOM) begint' : `regel ${utf8Line} dat wel is${example ? ` (${q(example)})` : ''}`}: ` +
    `het bestand mengt twee tekensets, zoals na plakken uit een ander bestand. Typ de tekst van deze regel opnieuw in Excel en sla het bestand op als 'CSV UTF-8'`,
  macRoman: (shown: string, meant: string) =>
    `bestand is geen UTF-8 en lijkt opgeslagen door Excel voor Mac: als Windows-tekst gelezen staat hier ${q(shown)}, als Mac-tekst ${q(meant)}. ` +
    `Omdat niet zeker is welke van de twee bedoeld is, wordt het bestand niet gelezen; sla het op als 'CSV UTF-8'`,
  doubleEncoded: (word: string, repaired: string, others: number) =>
    `${q(word)} is dubbel gecodeerde tekst (UTF-8 die als Windows-tekst is gelezen en opnieuw opgeslagen); bedoeld is waarschijnlijk ${q(repaired)}` +
    `${others > 0 ? ` (zo ook op ${others === 1 ? '1 andere regel' : `${others} andere regels`})` : ''}. Herstel de tekst en sla het bestand op als 'CSV UTF-8'`,
  debris: (columns: number, rows: number) =>
    `${[columns > 0 ? `${columns} lege ${columns === 1 ? 'kolom' : 'kolommen'}` : '', rows > 0 ? `${rows} lege ${rows === 1 ? 'regel' : 'regels'}` : ''].filter(Boolean).join(' en ')} genegeerd (restanten uit de spreadsheet)`,
  unknownFile: () => `onbekend bestand in de snapshotmap wordt genegeerd`,
  emptyFile: () => `bestand is leeg; verwacht minstens een kopregel met kolomnamen`,
  csvSyntax: (reason: string) => `CSV-bestand is niet te lezen: ${reason}`,
  columnMissing: (column: string) => `verplichte kolom ${q(column)} ontbreekt in de kopregel`,
  columnsMissing: (columns: readonly string[], expected: readonly string[]) =>
    `verplichte kolommen ${list(columns)} ontbreken in de kopregel; verwacht de kolommen ${expected.join(', ')}`,
  oneColumnHeader: (header: string, expected: readonly string[]) =>
    `de kopregel ${q(header.length > 60 ? `${header.slice(0, 57)}...` : header)} is één kolom; verwacht kolommen gescheiden door komma's, puntkomma's of tabs: ${expected.join(', ')}`,
  headerBelow: (line: number, first: string) =>
    `de kopregel met de kolomnamen staat op regel ${line}, niet op regel 1 (regel 1 begint met ${q(first.length > 40 ? `${first.slice(0, 37)}...` : first)}); verwijder de regels boven de kopregel`,
  unnamedColumns: (columns: readonly number[]) =>
    columns.length === 1
      ? `kolom zonder naam in de kopregel wordt genegeerd`
      : `${columns.length} kolommen zonder naam in de kopregel (kolom ${columns.join(', ')}) worden genegeerd`,
  columnDuplicate: (column: string) => `kolom ${q(column)} staat twee keer in de kopregel`,
  columnUnknown: (column: string) => `onbekende kolom ${q(column)} wordt genegeerd`,
  fieldCount: (found: number, expected: number) =>
    `regel heeft ${found} velden, de kopregel ${expected}; controleer scheidingstekens en aanhalingstekens`,
  trailingRequired: (found: number, expected: number, missing: readonly string[]) =>
    `regel heeft ${found} velden, de kopregel ${expected}: aan het eind ${missing.length === 1 ? `ontbreekt het veld voor kolom ${q(missing[0]!)}` : `ontbreken de velden voor de kolommen ${list(missing)}`}, en daar is een waarde verplicht`,
  trailingEmpty: (count: number, columns: readonly string[]) =>
    `${count === 1 ? '1 regel mist' : `${count} regels missen`} lege velden aan het eind (vanaf deze regel: ${list(columns)}), zoals Excel en ONLYOFFICE lege cellen aan het eind van een regel weglaten; ze zijn als lege cellen gelezen`,
  repeatedHeader: () => `regel herhaalt de kopregel, zoals na het samenvoegen van twee exports; verwijder deze regel`,
  footnote: (text: string) =>
    `regel lijkt een voetnoot of bronvermelding onder de tabel (${q(text.length > 50 ? `${text.slice(0, 47)}...` : text)}), geen gegevens; verwijder die regel (een bron hoort in de kolom 'bron' of in de toelichting van snapshot.json)`,
  floatNoise: (count: number, raw: string, rounded: string) =>
    `${count === 1 ? '1 getal' : `${count} getallen`} met rekenruis ${count === 1 ? 'is' : 'zijn'} afgerond, vanaf deze regel: ${q(raw)} is gelezen als ${rounded}. Zo schrijft Excel soms een berekende waarde voluit weg`,
  commaGrouping: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} lijkt een getal met een komma als duizendtalscheiding (Engelse notatie, met de punt als decimaalteken); schrijf ${value.replace(/,/g, '')} zonder scheiding`,
  readAsThousands: (value: string, read: string, unit: string, range: string, indicator: string) =>
    `waarde ${q(value)} is gelezen als ${read}, want in een bestand met puntkomma's is de punt het scheidingsteken voor duizendtallen; ` +
    `dat ligt buiten het bereik ${range} van eenheid ${q(unit)} (indicator ${q(indicator)}). Bedoelt u ${value.replace('.', ',')}? Schrijf decimalen met een komma`,
  required: (column: string) => `kolom ${q(column)} is leeg; hier is een waarde verplicht`,
  notANumber: (column: string, value: string, dialect: 'en' | 'nl') =>
    `kolom ${q(column)}: ${q(value)} is geen getal; verwacht ${dialect === 'nl' ? 'een getal met decimale komma, bijv. 41,5' : 'een getal met decimale punt, bijv. 41.5'}`,
  reservedText: (column: string, value: string, marker: string) =>
    `kolom ${q(column)}: ${q(value.length > 50 ? `${value.slice(0, 47)}...` : value)} bevat ${q(marker)}; het rapport weigert teksten met ${q(marker)} omdat dat op een fout in de tekstsjablonen wijst. Laat het weg of schrijf het anders`,
  notAnInteger: (column: string, value: string) => `kolom ${q(column)}: ${q(value)} is geen geheel getal`,
  grouping: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} lijkt een getal met een punt als duizendtalscheiding; in dit bestand (komma als scheidingsteken) is de punt het decimaalteken. ` +
    `Schrijf ${value.replace(/[. ]/g, '')} zonder scheiding, of exporteer als CSV met puntkomma's`,
  spaceGrouping: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} lijkt een getal met een spatie als duizendtalscheiding; schrijf ${value.replace(/ /g, '')} zonder spatie`,
  excelError: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} is een foutwaarde uit Excel (een formule zonder uitkomst); vul de echte waarde in, of laat de regel weg als die er niet is`,
  scientific: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} staat in wetenschappelijke notatie, zoals Excel een afgerond getal in een smalle kolom toont; geef de kolom de notatie 'Getal' en exporteer opnieuw`,
  dateNotYear: (column: string, value: string) =>
    `kolom ${q(column)}: ${q(value)} is een datum; verwacht een jaar (bijv. ${/\d{4}/.exec(value)?.[0] ?? '2025'}). Geef de kolom in Excel de notatie 'Standaard'`,
  totalsRow: (value: string) =>
    `regel ${q(value)} lijkt een totaalregel; verwijder totaal- en subtotaalregels, de monitor telt zelf op`,
  wholeCount: (value: string, indicator: string) =>
    `waarde ${q(value)} is geen geheel getal, maar indicator ${q(indicator)} telt aantallen (eenheid 'aantal')`,
  fractions: (count: number, subject: string, example: string, dialect: 'en' | 'nl') =>
    `alle ${count} waarden van ${subject} (eenheid 'procent') liggen tussen 0 en 1, bijv. ${q(example)}; dit lijken fracties zoals Excel een percentage opslaat ` +
    `(${dialect === 'nl' ? '0,659' : '0.659'} voor 65,9%). Vermenigvuldig ze met 100`,
  oneFraction: (value: string, percent: string, institution: string, subject: string, example: string) =>
    // subject: the quoted indicator, with its breakdown when not 'totaal'
    `${q(value)} lijkt een fractie (${percent}%) terwijl de andere waarden van ${institution} voor ${subject} in procenten staan (bijv. ${example}); vermenigvuldig met 100`,
  oneFractionMaybe: (value: string, percent: string, institution: string, subject: string, example: string) =>
    `${q(value)} lijkt een fractie (${percent}%) naast de andere waarden van ${institution} voor ${subject} in procenten (bijv. ${example}); is het een fractie, vermenigvuldig dan met 100`,
  overBudget: (institution: string, goal: string, until: number, spent: string, budget: string, budgetLine: number) =>
    `${institution} besteedde aan doelstelling ${goal} tot en met ${until} ${spent}, meer dan de begroting van ${budget} (begroting.csv:${budgetLine}); controleer beide bedragen`,
  farOverBudget: (institution: string, goal: string, until: number, spent: string, budget: string, budgetLine: number) =>
    `${institution} besteedde aan doelstelling ${goal} tot en met ${until} ${spent}, meer dan tien keer de begroting van ${budget} (begroting.csv:${budgetLine}); ` +
    `een van beide bedragen staat vrijwel zeker in een andere eenheid (euro's, duizenden) of met een verkeerde scheiding`,
  jump: (value: string, factor: string, previous: string, edition: string, where: string) =>
    `${value} is ongeveer ${factor} als in de vorige editie ${edition} (${previous}, ${where}); controleer de duizendtalscheiding en de eenheid`,
  seriesJump: (label: string, value: string, compared: string, before: string, usual: string | null) =>
    `${label}: ${value} is ${compared} ${before}${usual ? `, waar twee metingen van deze indicator gewoonlijk ${usual} verschillen` : ''}; ` +
    `controleer beide waarden (een verschoven komma, een cijfer te veel of te weinig?)`,
  swapSeries: (value: string, n: string, institution: string, indicator: string, values: string, ns: string, lines: readonly number[]) =>
    `waarde ${value} en n ${n} lijken verwisseld: de andere metingen van ${institution} voor ${q(indicator)} hebben waarden rond ${values} en n rond ${ns} ` +
    `(regel ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ', …' : ''}); controleer de kolommen 'waarde' en 'n'`,
  capped: (count: number) =>
    `en nog ${count} ${count === 1 ? 'regel' : 'regels'} met dezelfde soort fout, vanaf deze regel; herstel de oorzaak en controleer opnieuw`,
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
  duplicateRealised: (what: string, value: string, origin: string, firstValue: string, firstOrigin: string, firstLine: number) =>
    `tweede gerealiseerde waarde voor (${what}): ${value} (herkomst ${q(origin)}) naast ${firstValue} (herkomst ${q(firstOrigin)}) op regel ${firstLine}; ` +
    `het rapport kan er maar één tonen. Laat de verouderde regel weg (staat er een verborgen rij in Excel?)`,
  yearFarOutside: (year: number, period: { from: number; to: number }, typo: number | null) =>
    `kolom 'jaar': ${year} ligt ver buiten de monitoringperiode ${period.from}–${period.to}${typo === null ? '' : `; bedoelt u ${typo}?`}`,
  realisedAfterReference: (year: number, date: string) =>
    `kolom 'jaar': een gerealiseerde waarde over ${year} ligt na de peildatum ${date} van deze editie; een meting kan niet uit de toekomst komen. Controleer het jaar (of de peildatum in snapshot.json)`,
  periodAfterReference: (period: string, date: string) =>
    `kolom 'periode': ${period} begint na de peildatum ${date} van deze editie; een gepubliceerd cijfer kan niet uit de toekomst komen. Controleer de periode (of de peildatum in snapshot.json)`,
  breakdownSpelling: (value: string, meant: string, indicator: string, where: string | null) =>
    `kolom 'uitsplitsing': ${q(value)} — bedoelt u ${q(meant)}? ${where ? `Zo staat die uitsplitsing bij indicator ${q(indicator)} ook op ${where}` : `Zo wordt die uitsplitsing altijd geschreven`}; ` +
    `hoofdletters en spaties tellen mee, anders wordt het een andere uitsplitsing`,
  mergedIntoSelf: (id: string) => `kolom 'opgegaan_in': ${q(id)} kan niet in zichzelf opgaan; laat de kolom leeg of geef de code van de instelling waarin ${id} is opgegaan`,
  mergedIntoFormer: (into: string, line: number) =>
    `kolom 'opgegaan_in': ${q(into)} is zelf opgegaan in een andere instelling (regel ${line}); geef de code van de instelling die nu bestaat`,
  mergedReference: (id: string, into: string, line: number) =>
    `kolom 'instelling': ${q(id)} is opgegaan in ${into} (instellingen.csv:${line}); een voormalige instelling heeft in deze editie geen eigen gegevens meer. ` +
    `Laat deze regel weg, of tel de gegevens bij ${into} op`,
  institutionGone: (id: string, name: string, previous: string) =>
    `${id} (${name}) stond in de vorige editie ${previous} maar staat niet meer in deze. Is ze opgegaan in een andere instelling, ` +
    `zet haar regel dan terug met in de kolom opgegaan_in de code van die instelling: dan noemt Wat is veranderd de fusie en is de reeks van die instelling gemarkeerd`,
  unknownRef: (column: string, value: string, file: string) =>
    `kolom ${q(column)}: ${q(value)} bestaat niet in ${file}`,
  outOfUnitRange: (value: string, unit: string, range: string, indicator: string) =>
    `waarde ${value} ligt buiten het bereik ${range} van eenheid ${q(unit)} (indicator ${q(indicator)})`,
  negativeForUnit: (value: string, unit: string, indicator: string) =>
    `waarde ${value} is negatief; eenheid ${q(unit)} (indicator ${q(indicator)}) kan niet negatief zijn`,
  surveyWithoutN: (indicator: string, minN: number) =>
    `kolom 'n' is leeg, maar indicator ${q(indicator)} is een enquêtecijfer met een drempel van ${minN} respondenten (min_n); zonder aantal respondenten wordt deze waarde niet gepubliceerd en telt ze nergens mee. Vul het aantal respondenten in`,
  streefOrigin: (value: string) =>
    `kolom 'herkomst': ${q(value)} is voor een streefwaarde niet toegestaan; verwacht 'kwaliteitsagenda' of 'e-file'`,
  goalPriority: (goal: string, priority: string) =>
    `doelstelling ${q(goal)} hoort bij prioriteit ${goal.startsWith('SP') ? '2 (Stagepact)' : goal.slice(0, 1)}, niet bij ${priority}`,
  goalId: (goal: string) =>
    `kolom 'doelstelling': ${q(goal)} is geen geldige code; verwacht 1.1 tot en met 3.4 of SP1 tot en met SP4`,
  // snapshot.json
  jsonSyntax: (reason: string) => `snapshot.json is geen geldige JSON: ${reason}`,
  jsonCurlyQuotes: (quote: string) =>
    `snapshot.json is geen geldige JSON: hier staat een typografisch aanhalingsteken (${quote}) waar JSON een recht aanhalingsteken (") vraagt, zoals een tekstverwerker of de Mac ze vanzelf maakt; ` +
    `typ de aanhalingstekens om veldnamen en teksten opnieuw in een teksteditor (Kladblok, of TextEdit met 'Opmaak > Maak platte tekst')`,
  jsonDutchDate: (field: string, value: string, iso: string) =>
    `veld ${q(field)}: ${q(value)} is een datum in de Nederlandse volgorde; schrijf ${iso} (JJJJ-MM-DD)`,
  jsonNotObject: () => `snapshot.json moet één object met velden bevatten`,
  jsonMissing: (field: string) => `veld ${q(field)} ontbreekt`,
  jsonType: (field: string, value: string, expected: string) => `veld ${q(field)}: ${value} is geen ${expected}`,
  jsonDate: (field: string, value: string) => `veld ${q(field)}: ${q(value)} is geen geldige datum; verwacht JJJJ-MM-DD, bijv. 2025-11-01`,
  jsonUnknown: (field: string) => `onbekend veld ${q(field)} wordt genegeerd`,
  previousMissing: (name: string) => `veld 'vorige': de snapshotmap ${q(name)} bestaat niet naast deze snapshot`,
  previousSelf: () => `veld 'vorige' verwijst naar deze snapshot zelf`,
};
