// The regression corpus of spreadsheet export shapes: each case rewrites the fixture snapshot
// (tests/fixtures/snapshots/2025-11-01) the way Excel or LibreOffice would write it, and states its outcome:
// read correctly (with the values asserted) or refused (with the expected `bestand:regel[:kolom]: melding`).
// `npx tsx tests/corpus/write.ts <map>` writes every case to a folder for a look by hand. The second round (issue
// 28) is in round-two.ts; ALL_CASES holds both.
import { parse } from 'csv-parse/sync';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../../scripts/snapshot/types.ts';
import type { SnapshotCopy } from '../helpers/snapshot-copy.ts';

export interface CorpusCase {
  readonly name: string;
  /** What an editor did, in a few words. */
  readonly shape: string;
  readonly make: (c: SnapshotCopy) => void;
  /** Read: the snapshot loads and `check` asserts its values; `notices` are the expected notices (prefixes). */
  readonly read?: { readonly check: (s: Snapshot) => void; readonly notices?: readonly string[]; readonly warnings?: readonly string[] };
  /** Refused: the complete list of error lines (each line starts with the given text). */
  readonly refused?: readonly string[];
  /** Notices a refused case still gets that do not follow from its cause (how the file was read). */
  readonly refusedNotices?: readonly string[];
}

/** Rewrite an en-dialect CSV as a Dutch spreadsheet exports it: `;`, decimal comma, optional BOM and CRLF. */
export function dutch(text: string, { bom = true, eol = '\r\n', separator = ';' } = {}): string {
  const rows = parse(text) as string[][];
  const cell = (value: string) => {
    const v = /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value;
    return v.includes(separator) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(cell).join(separator)).join(eol) + eol;
}

/** Windows-1252 bytes of a text (only the characters the fixture uses outside ASCII). */
export function windows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (ch === '€') bytes.push(0x80);
    else if (ch === '‘') bytes.push(0x91);
    else if (ch === '’') bytes.push(0x92);
    else if (ch === '–') bytes.push(0x96);
    else throw new Error(`no Windows-1252 byte for ${ch}`);
  }
  return Buffer.from(bytes);
}

export const writeBytes = (c: SnapshotCopy, file: string, bytes: Buffer) => writeFileSync(join(c.dir, file), bytes);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
export const value = (s: Snapshot, institution: string, indicator: string, kind: string, year: number) =>
  s.values.find((v) => v.institutionId === institution && v.indicatorId === indicator && v.kind === kind && v.year === year);

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: ${JSON.stringify(actual)}, verwacht ${JSON.stringify(expected)}`);
}

export const CASES: readonly CorpusCase[] = [
  // ── read correctly ──
  {
    name: 'nl-bom-crlf',
    shape: "Excel 'CSV UTF-8' met Nederlandse instellingen: puntkomma, decimale komma, BOM, CRLF",
    make: (c) => {
      for (const file of ['waarden.csv', 'instellingen.csv', 'begroting.csv', 'reeksen.csv', 'indicatoren.csv']) c.write(file, dutch(c.read(file)));
    },
    read: {
      check: (s) => {
        expectEqual(value(s, 'I01', 'lc-ld', 'start', 2022)?.value, 40.5, 'I01 lc-ld start');
        expectEqual(value(s, 'I03', 'werkdruk', 'realisatie', 2024)?.ref.line, 11, 'regel van I03 werkdruk 2024');
        expectEqual(s.budgets.find((b) => b.institutionId === 'I01' && b.goalId === '1.3')?.amount, 1200000, 'begroting I01 1.3');
      },
    },
  },
  {
    name: 'cr-only',
    shape: "Oude Mac-export: alleen CR als regeleinde",
    make: (c) => c.write('waarden.csv', c.read('waarden.csv').replace(/\n/g, '\r')),
    read: {
      check: (s) => {
        expectEqual(s.values.length, 48, 'aantal waarden');
        expectEqual(value(s, 'I03', 'werkdruk', 'realisatie', 2024)?.ref.line, 11, 'regel van I03 werkdruk 2024');
      },
    },
  },
  {
    name: 'regelovergang-in-cel',
    shape: 'Alt+Enter in een cel: een regelovergang binnen een cel met aanhalingstekens',
    make: (c) => c.setLine('instellingen.csv', 3, 'I02,"Instelling\n02",roc,West,ja,18500'),
    read: {
      check: (s) => {
        expectEqual(s.institutions.find((i) => i.id === 'I02')?.name, 'Instelling 02', 'naam I02');
        expectEqual(s.institutions.length, 6, 'aantal instellingen');
      },
    },
  },
  {
    name: 'utf16-tabs',
    shape: "Excel 'Unicode-tekst': UTF-16 met BOM, tabs, decimale komma",
    make: (c) => writeBytes(c, 'waarden.csv', utf16le(dutch(c.read('waarden.csv'), { bom: false, separator: '\t' }))),
    read: {
      notices: ["waarden.csv: bestand is gelezen als UTF-16-tekst (Excel 'Unicode-tekst') met tabs als scheidingsteken en decimale komma"],
      check: (s) => {
        expectEqual(value(s, 'I01', 'lc-ld', 'start', 2022)?.value, 40.5, 'I01 lc-ld start');
        expectEqual(value(s, 'I01', 'professionalisering', 'start', 2022)?.value, 6.8, 'I01 professionalisering start');
        expectEqual(s.values.length, 48, 'aantal waarden');
      },
    },
  },
  {
    name: 'windows-1252',
    shape: "Excel 'CSV (gescheiden door lijstscheidingsteken)' op Nederlandse Windows: Windows-1252",
    make: (c) => writeBytes(c, 'maatregelen.csv', windows1252(dutch(c.read('maatregelen.csv').replace('Aanpak werkdruk', 'Aanpak werkdruk (€ 5 ‘per’ fte)'), { bom: false }))),
    read: {
      notices: ["maatregelen.csv: bestand is gelezen als Windows-1252-tekst (Excel 'CSV (gescheiden door lijstscheidingsteken)')"],
      check: (s) => {
        expectEqual(s.measures.find((m) => m.id === '3.3-carriere')?.name, 'Carrièreperspectief onderwijspersoneel', 'naam maatregel');
        expectEqual(s.measures.find((m) => m.id === '3.3-werkdruk')?.name, 'Aanpak werkdruk (€ 5 ‘per’ fte)', 'naam maatregel met € en aanhalingstekens');
      },
    },
  },
  {
    name: 'tabs-utf8',
    shape: 'Tekstbestand met tabs in UTF-8 (plakken uit Excel in een editor)',
    make: (c) => c.write('instellingen.csv', c.read('instellingen.csv').replace(/,/g, '\t')),
    read: {
      notices: ['instellingen.csv: bestand is gelezen met tabs als scheidingsteken en decimale punt'],
      check: (s) => expectEqual(s.institutions.find((i) => i.id === 'I02')?.students, 18500, 'studenten I02'),
    },
  },
  {
    name: 'excel-restanten',
    shape: 'Lege kolommen rechts (;;;) en lege regels (;;;;;) onderaan',
    make: (c) => {
      const lines = dutch(c.read('instellingen.csv'), { bom: false, eol: '\n' }).trimEnd().split('\n');
      c.write('instellingen.csv', [...lines.map((l) => `${l};;;`), ';;;;;;;;;', ';;;;;;;;;', ''].join('\n'));
    },
    read: {
      notices: ['instellingen.csv: 3 lege kolommen en 2 lege regels genegeerd (restanten uit de spreadsheet)'],
      check: (s) => expectEqual(s.institutions.map((i) => i.students), [12000, 18500, 3200, 900, 9800, 15000], 'studenten'),
    },
  },
  {
    name: 'nl-duizendtallen',
    shape: 'Puntkomma-bestand met punten als duizendtalscheiding (14.116), ondubbelzinnig',
    make: (c) => c.write('instellingen.csv', dutch(c.read('instellingen.csv')).replace(';12000', ';12.000').replace(';18500', ';18.500')),
    read: { check: (s) => expectEqual(s.institutions.slice(0, 2).map((i) => i.students), [12000, 18500], 'studenten') },
  },
  {
    name: 'onzichtbare-tekens',
    shape: 'Vaste spaties, zero-width spaties en een zachte regelovergang in namen; typografische aanhalingstekens',
    make: (c) => {
      c.setLine('instellingen.csv', 2, 'I01,Instelling\u00a001\u200b,roc,Noord,nee,12000');
      c.setLine('instellingen.csv', 3, 'I02,“Instelling” 02\u00ad,roc,West\u0007,ja,18500');
    },
    read: {
      check: (s) => {
        expectEqual(s.institutions.find((i) => i.id === 'I01')?.name, 'Instelling 01', 'naam I01');
        expectEqual(s.institutions.find((i) => i.id === 'I02')?.name, '“Instelling” 02', 'naam I02');
        expectEqual(s.institutions.find((i) => i.id === 'I02')?.region, 'West', 'regio I02');
      },
    },
  },
  {
    name: 'besteding-boven-begroting',
    shape: 'Besteding boven de begroting (kan kloppen): waarschuwing',
    make: (c) => c.setLine('bestedingen.csv', 2, 'I01,1.3,2024,1300000'),
    read: {
      warnings: ['bestedingen.csv:2:4: I01 besteedde aan doelstelling 1.3 tot en met 2024 € 1,3 miljoen, meer dan de begroting van € 1,2 miljoen (begroting.csv:2)'],
      check: (s) => expectEqual(s.spending[0]?.amount, 1300000, 'besteding I01 1.3'),
    },
  },
  {
    name: 'besteding-net-boven-begroting',
    shape: 'Besteding net boven de begroting, afgerond gelijk: beide bedragen precies',
    make: (c) => c.setLine('bestedingen.csv', 2, 'I01,1.3,2024,1234567'),
    read: {
      warnings: ['bestedingen.csv:2:4: I01 besteedde aan doelstelling 1.3 tot en met 2024 € 1.234.567, meer dan de begroting van € 1.200.000 (begroting.csv:2)'],
      check: (s) => expectEqual(s.spending[0]?.amount, 1234567, 'besteding I01 1.3'),
    },
  },
  // ── refused ──
  {
    name: 'duizendtal-punt-aantal',
    shape: "Komma-bestand 'zoals weergegeven': 1.038 vsv'ers",
    make: (c) => c.setLine('waarden.csv', 40, 'I01,vsv,totaal,start,2022,1.038,,kwaliteitsagenda'),
    refused: [
      "waarden.csv:40:6: kolom 'waarde': '1.038' lijkt een getal met een punt als duizendtalscheiding; in dit bestand (komma als scheidingsteken) is de punt het decimaalteken. Schrijf 1038 zonder scheiding, of exporteer als CSV met puntkomma's",
    ],
  },
  {
    name: 'duizendtal-punt-euro',
    shape: 'Komma-bestand met begroting 145.000',
    make: (c) => c.setLine('begroting.csv', 4, 'I01,3.1,145.000'),
    refused: ["begroting.csv:4:3: kolom 'begroot': '145.000' lijkt een getal met een punt als duizendtalscheiding"],
  },
  {
    name: 'duizendtal-punt-studenten',
    shape: 'Komma-bestand met 14.116 studenten',
    make: (c) => c.setLine('instellingen.csv', 2, 'I01,Instelling 01,roc,Noord,nee,14.116'),
    refused: ["instellingen.csv:2:6: kolom 'studenten': '14.116' lijkt een getal met een punt als duizendtalscheiding"],
  },
  {
    name: 'aantal-met-decimalen',
    shape: 'Een aantal met een breuk',
    make: (c) => c.setLine('waarden.csv', 42, 'I02,vsv,totaal,start,2022,900.5,,kwaliteitsagenda'),
    refused: ["waarden.csv:42:6: waarde '900.5' is geen geheel getal, maar indicator 'vsv' telt aantallen (eenheid 'aantal')"],
  },
  {
    name: 'fracties',
    shape: 'Percentages als fracties (0,659 voor 65,9%)',
    make: (c) => {
      const text = c.read('waarden.csv').replace(/^(I0\d,werkdruk,totaal,\w+,\d+,)(\d+)/gm, (_, head: string, v: string) => `${head}${Number(v) / 100}`);
      c.write('waarden.csv', text);
    },
    refused: [
      "waarden.csv:2:6: alle 18 waarden van indicator 'werkdruk' (eenheid 'procent') liggen tussen 0 en 1, bijv. '0.45'; dit lijken fracties zoals Excel een percentage opslaat (0.659 voor 65,9%). Vermenigvuldig ze met 100",
    ],
  },
  {
    name: 'fractie-een-instelling',
    shape: 'Eén instelling met een percentage als fractie (0,28 voor 28%), naast haar eigen percentages',
    make: (c) => c.setLine('waarden.csv', 22, 'I02,lc-ld,totaal,start,2022,0.28,,kwaliteitsagenda'),
    // The same number is 28 in the previous edition: refused there. Beside its own percentages only (a row the
    // previous edition does not have), a value like this is a warning: a low percentage can be real.
    refused: [
      "waarden.csv:22:6: '0.28' lijkt een fractie (28%) terwijl de andere waarden van I02 voor 'lc-ld' in procenten staan (bijv. 28 in de vorige editie 2024-11-01, waarden.csv:22); vermenigvuldig met 100",
    ],
  },
  {
    name: 'fractie-een-instelling-vorige-editie',
    shape: 'Eén instelling met al haar waarden van een indicator als fracties; de vorige editie heeft percentages',
    make: (c) => {
      c.setLine('waarden.csv', 22, 'I02,lc-ld,totaal,start,2022,0.280,,kwaliteitsagenda');
      c.setLine('waarden.csv', 23, 'I02,lc-ld,totaal,streef,2027,0.45,,kwaliteitsagenda');
    },
    refused: [
      "waarden.csv:22:6: '0.280' lijkt een fractie (28,0%) terwijl de andere waarden van I02 voor 'lc-ld' in procenten staan (bijv. 28 in de vorige editie 2024-11-01, waarden.csv:22); vermenigvuldig met 100",
      "waarden.csv:23:6: '0.45' lijkt een fractie (45%) terwijl de andere waarden van I02 voor 'lc-ld' in procenten staan (bijv. 45 in de vorige editie 2024-11-01, waarden.csv:23); vermenigvuldig met 100",
    ],
  },
  {
    name: 'besteding-tien-keer-begroting',
    shape: 'Besteding meer dan tien keer de begroting',
    make: (c) => c.setLine('bestedingen.csv', 2, 'I01,1.3,2024,300000000'),
    refused: ['bestedingen.csv:2:4: I01 besteedde aan doelstelling 1.3 tot en met 2024 € 300,0 miljoen, meer dan tien keer de begroting van € 1,2 miljoen (begroting.csv:2)'],
  },
  {
    name: 'sprong-tegen-vorige-editie',
    shape: 'Een aantal 1000 keer zo groot als in de vorige editie',
    make: (c) => c.setLine('waarden.csv', 40, 'I01,vsv,totaal,start,2022,420000,,kwaliteitsagenda'),
    refused: ['waarden.csv:40:6: I01 vsv totaal start 2022: waarde 420.000 is ongeveer 1000 keer zo groot als in de vorige editie 2024-11-01 (420, waarden.csv:40)'],
  },
  {
    name: 'sprong-studenten',
    shape: 'Studenten in duizendtallen: 1000 keer zo klein als in de vorige editie',
    make: (c) => c.setLine('instellingen.csv', 3, 'I02,Instelling 02,roc,West,ja,18'),
    refused: ['instellingen.csv:3:6: I02: studenten 18 is ongeveer 1000 keer zo klein als in de vorige editie 2024-11-01'],
  },
  {
    name: 'excel-n-b',
    shape: '#N/B uit een VERT.ZOEKEN zonder uitkomst',
    make: (c) => c.setLine('waarden.csv', 2, 'I01,werkdruk,totaal,start,2022,#N/B,410,kwaliteitsagenda'),
    refused: ["waarden.csv:2:6: kolom 'waarde': '#N/B' is een foutwaarde uit Excel (een formule zonder uitkomst)"],
  },
  {
    name: 'excel-deel-0',
    shape: '#DEEL/0! in de kolom n',
    make: (c) => c.setLine('waarden.csv', 4, 'I01,werkdruk,totaal,realisatie,2024,43,#DEEL/0!,mto-2024'),
    refused: ["waarden.csv:4:7: kolom 'n': '#DEEL/0!' is een foutwaarde uit Excel"],
  },
  {
    name: 'wetenschappelijke-notatie',
    shape: "Een smalle kolom 'zoals weergegeven': 2,08E+05",
    make: (c) => c.write('reeksen.csv', dutch(c.read('reeksen.csv')).replace(';208029;', ';2,08E+05;')),
    refused: ["reeksen.csv:2:5: kolom 'waarde': '2,08E+05' staat in wetenschappelijke notatie"],
  },
  {
    name: 'totaalregel',
    shape: 'Een totaalregel onderaan',
    make: (c) => c.appendLine('begroting.csv', 'Totaal,,10750000'),
    refused: ["begroting.csv:10:1: regel 'Totaal' lijkt een totaalregel; verwijder totaal- en subtotaalregels, de monitor telt zelf op"],
  },
  {
    name: 'datum-als-jaar',
    shape: 'Een jaar dat Excel als datum toont: 1-1-2024',
    make: (c) => c.setLine('bestedingen.csv', 2, 'I01,1.3,1-1-2024,300000'),
    refused: ["bestedingen.csv:2:3: kolom 'jaar': '1-1-2024' is een datum; verwacht een jaar (bijv. 2024)"],
  },
  {
    name: 'peildatum-nederlands',
    shape: 'Peildatum als 1-11-2025',
    make: (c) => c.write('snapshot.json', c.read('snapshot.json').replace('"2025-11-01"', '"1-11-2025"')),
    refused: ["snapshot.json:3: veld 'peildatum': '1-11-2025' is een datum in de Nederlandse volgorde; schrijf 2025-11-01 (JJJJ-MM-DD)"],
  },
  {
    name: 'json-komma-te-veel',
    shape: 'snapshot.json met een komma na het laatste veld',
    make: (c) => c.write('snapshot.json', c.read('snapshot.json').replace('"2024-11-01"', '"2024-11-01",')),
    refused: ['snapshot.json:8:1: snapshot.json is geen geldige JSON: verwacht een veldnaam tussen dubbele aanhalingstekens, zoals "titel"; staat er een komma te veel voor de }?'],
  },
  {
    name: 'niet-te-decoderen',
    shape: 'Bytes die geen UTF-8 en geen Windows-1252 zijn',
    make: (c) => writeBytes(c, 'instellingen.csv', Buffer.concat([Buffer.from('instelling,naam,soort,regio,randstad,studenten\nI01,Instelling 01,roc,Noord,nee,12000\nI02,Inst'), Buffer.from([0x81]), Buffer.from('lling,roc,West,ja,18500\n')])),
    refused: ["instellingen.csv:3: bestand is geen leesbare tekst: deze regel bevat een byte die in UTF-8 of Windows-1252 geen teken is; sla het bestand op als 'CSV UTF-8'"],
  },
  {
    name: 'sep-regel',
    shape: "Een regel 'sep=;' boven de kopregel",
    make: (c) => c.write('instellingen.csv', `sep=;\n${dutch(c.read('instellingen.csv'), { bom: false })}`),
    refused: ["instellingen.csv:1: CSV-bestand is niet te lezen: regel 1 is 'sep=;', een aanwijzing voor Excel en geen kopregel"],
  },
  {
    name: 'titelregel',
    shape: 'Een titelregel boven de kopregel',
    make: (c) => c.write('instellingen.csv', `Instellingen monitor 2025,,,,,\n${c.read('instellingen.csv')}`),
    refused: ["instellingen.csv:1: de kopregel met de kolomnamen staat op regel 2, niet op regel 1 (regel 1 begint met 'Instellingen monitor 2025'); verwijder de regels boven de kopregel"],
  },
  {
    name: 'ander-scheidingsteken',
    shape: 'Een bestand met | als scheidingsteken',
    make: (c) => c.write('instellingen.csv', c.read('instellingen.csv').replace(/,/g, '|')),
    refused: ["instellingen.csv:1: de kopregel 'instelling|naam|soort|regio|randstad|studenten' is één kolom; verwacht kolommen gescheiden door komma's, puntkomma's of tabs"],
  },
  {
    name: 'sjabloontekens',
    shape: "Een naam met '{{', dat de tekstcontrole van de build zou stoppen",
    make: (c) => c.setLine('instellingen.csv', 2, 'I01,Instelling {{01}},roc,Noord,nee,12000'),
    refused: ["instellingen.csv:2:2: kolom 'naam': 'Instelling {{01}}' bevat '{{'; het rapport weigert teksten met '{{' omdat dat op een fout in de tekstsjablonen wijst"],
  },
  {
    name: 'kolom-verschoven',
    shape: 'Alle regels een veld te kort (kolom gewist): één oorzaak, een handvol regels',
    make: (c) => c.write('waarden.csv', c.read('waarden.csv').replace(/,kwaliteitsagenda$/gm, '')),
    refused: [
      'waarden.csv:2: regel heeft 7 velden, de kopregel 8',
      'waarden.csv:3: regel heeft 7 velden, de kopregel 8',
      'waarden.csv:5: regel heeft 7 velden, de kopregel 8',
      'waarden.csv:6: regel heeft 7 velden, de kopregel 8',
      'waarden.csv:9: regel heeft 7 velden, de kopregel 8',
      'waarden.csv:10: en nog 31 regels met dezelfde soort fout, vanaf deze regel',
    ],
  },
  {
    name: 'instellingen-verschoven',
    shape: 'Een bestand waar andere bestanden naar verwijzen, met regels die niet te lezen zijn: geen vervolgfouten elders',
    make: (c) => c.write('instellingen.csv', c.read('instellingen.csv').replace(/,(ja|nee),/g, ',')),
    refused: [
      'instellingen.csv:2: regel heeft 5 velden, de kopregel 6',
      'instellingen.csv:3: regel heeft 5 velden, de kopregel 6',
      'instellingen.csv:4: regel heeft 5 velden, de kopregel 6',
      'instellingen.csv:5: regel heeft 5 velden, de kopregel 6',
      'instellingen.csv:6: regel heeft 5 velden, de kopregel 6',
      'instellingen.csv:7: en nog 1 regel met dezelfde soort fout, vanaf deze regel',
    ],
  },
];
