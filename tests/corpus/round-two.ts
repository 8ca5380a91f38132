// The second round of the regression corpus (issue 28): export, edit and save shapes taken from public bug reports
// about spreadsheets, each the smallest change to the fixture snapshot that shows it, with its outcome: read (and
// what was read), refused at `bestand:regel[:kolom]` with a message naming the real cause, or warned.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { CorpusCase } from './cases.ts';
import { dutch, expectEqual, value, windows1252, writeBytes } from './cases.ts';

export const ROUND_TWO: readonly CorpusCase[] = [
  // ── encoding, decided per file from evidence ──
  {
    name: 'mac-roman',
    shape: "Excel voor Mac 'CSV (gescheiden door komma's)': Mac Roman, dat als Windows-1252 gelezen 'Zo‘ College Ð Ede' wordt",
    make: (c) => {
      c.setLine('instellingen.csv', 2, 'I01,Zoë College – Ede,roc,Noord,nee,12000');
      writeBytes(c, 'instellingen.csv', iconv.encode(c.read('instellingen.csv'), 'macintosh'));
    },
    refused: [
      "instellingen.csv:2: bestand is geen UTF-8 en lijkt opgeslagen door Excel voor Mac: als Windows-tekst gelezen staat hier 'Zo‘ College Ð Ede', als Mac-tekst 'Zoë College – Ede'. Omdat niet zeker is welke van de twee bedoeld is, wordt het bestand niet gelezen; sla het op als 'CSV UTF-8'",
    ],
  },
  {
    name: 'mac-roman-e-grave',
    shape: "Mac Roman met een è (byte 8F, in Windows-1252 geen teken)",
    make: (c) => writeBytes(c, 'maatregelen.csv', iconv.encode(c.read('maatregelen.csv'), 'macintosh')),
    refused: ["maatregelen.csv:2: bestand is geen UTF-8 en lijkt opgeslagen door Excel voor Mac: als Windows-tekst gelezen staat hier 'Carri�reperspectief onderwijspersoneel', als Mac-tekst 'Carrièreperspectief onderwijspersoneel'"],
  },
  {
    name: 'gemengde-tekensets',
    shape: 'UTF-8-bestand met één geplakte regel in Windows-1252',
    make: (c) => {
      const utf8 = Buffer.from(c.read('maatregelen.csv'));
      writeBytes(c, 'maatregelen.csv', Buffer.concat([utf8, windows1252('2.2-barrieres,2.2,Wegnemen barrières,nee\n')]));
    },
    refused: [
      "maatregelen.csv:5: deze regel is geen UTF-8, terwijl regel 2 dat wel is ('Carrièreperspectief onderwijspersoneel'): het bestand mengt twee tekensets, zoals na plakken uit een ander bestand",
    ],
  },
  {
    name: 'dubbel-gecodeerd',
    shape: "Geldige UTF-8 met al dubbel gecodeerde tekst ('barriÃ¨res', wat Excel achterlaat na opnieuw opslaan)",
    make: (c) => c.appendLine('maatregelen.csv', '2.2-barrieres,2.2,Wegnemen barriÃ¨res voor Ã©Ã©n stage,nee'),
    refused: [
      "maatregelen.csv:5: 'Wegnemen barriÃ¨res voor Ã©Ã©n stage' is dubbel gecodeerde tekst (UTF-8 die als Windows-tekst is gelezen en opnieuw opgeslagen); bedoeld is waarschijnlijk 'Wegnemen barrières voor één stage'. Herstel de tekst en sla het bestand op als 'CSV UTF-8'",
    ],
  },
  {
    name: 'windows-1252-crlf-puntkomma',
    shape: "Excel 'CSV (puntkomma)' op Nederlandse Windows: Windows-1252, puntkomma, CRLF; de melding noemt het woord waaraan het herkend is",
    make: (c) => writeBytes(c, 'instellingen.csv', windows1252(dutch(c.read('instellingen.csv').replace('Instelling 03', 'Zoë College – Ede'), { bom: false }))),
    read: {
      notices: ["instellingen.csv: bestand is gelezen als Windows-1252-tekst (Excel 'CSV (gescheiden door lijstscheidingsteken)'), herkend aan 'Zoë College – Ede' op regel 4; 'CSV UTF-8' is de standaard"],
      check: (s) => expectEqual(s.institutions.find((i) => i.id === 'I03')?.name, 'Zoë College – Ede', 'naam I03'),
    },
  },
  // ── stray files beside or instead of a known file ──
  {
    name: 'tweede-download',
    shape: "'waarden (1).csv' (de browser noemt een tweede download zo) naast de oude 'waarden.csv'",
    make: (c) => c.write('waarden (1).csv', c.read('waarden.csv').replace('I01,werkdruk,totaal,realisatie,2024,43,', 'I01,werkdruk,totaal,realisatie,2024,44,')),
    refused: [
      "waarden (1).csv: 'waarden (1).csv' lijkt een tweede download van waarden.csv (zo noemt een browser die); de monitor leest alleen waarden.csv, zodat niet te zien is welke van de twee u bedoelt. Zet de juiste gegevens in waarden.csv en verwijder 'waarden (1).csv'",
    ],
  },
  {
    name: 'hoofdletters-in-plaats-van',
    shape: "'waarden.CSV' in plaats van 'waarden.csv'",
    make: (c) => renameSync(join(c.dir, 'waarden.csv'), join(c.dir, 'waarden.CSV')),
    refused: ["waarden.csv: bestand ontbreekt, maar 'waarden.CSV' staat er wel: dat lijkt waarden.csv met andere hoofdletters. De monitor leest alleen de naam waarden.csv (precies zo geschreven); hernoem het juiste bestand"],
  },
  {
    name: 'txt-extensie',
    shape: "'begroting.csv.txt' (Windows voegde .txt toe) in plaats van 'begroting.csv'",
    make: (c) => renameSync(join(c.dir, 'begroting.csv'), join(c.dir, 'begroting.csv.txt')),
    refused: ["begroting.csv: bestand ontbreekt, maar 'begroting.csv.txt' staat er wel: dat lijkt begroting.csv met '.txt' erachter"],
  },
  {
    name: 'kantoorrestanten',
    shape: "Excels vergrendelbestand '~$waarden.csv' en de '.DS_Store' van een Mac: stil genegeerd",
    make: (c) => {
      writeFileSync(join(c.dir, '~$waarden.csv'), Buffer.from([0x0b, 0x00, 0x41]));
      writeFileSync(join(c.dir, '.DS_Store'), Buffer.from([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]));
    },
    read: { check: (s) => expectEqual(s.values.length, 48, 'aantal waarden') },
  },
  // ── rows that are no records, and numbers read another way than meant ──
  {
    name: 'herhaalde-kopregel',
    shape: 'De kopregel nog eens midden in het bestand (twee exports onder elkaar geplakt)',
    make: (c) => {
      const lines = c.read('waarden.csv').split('\n');
      c.write('waarden.csv', [...lines.slice(0, 10), lines[0], ...lines.slice(10)].join('\n'));
    },
    refused: ['waarden.csv:11: regel herhaalt de kopregel, zoals na het samenvoegen van twee exports; verwijder deze regel'],
  },
  {
    name: 'voetnoten',
    shape: "Voetnoten onder de tabel in een puntkomma-export ('Bron: DUO, bewerking OCW;;;;;;;')",
    make: (c) => c.write('reeksen.csv', `${dutch(c.read('reeksen.csv'))}"Bron: DUO, bewerking OCW";;;;;;;\r\n* 2024/25 voorlopig;;;;;;;\r\n`),
    refused: [
      "reeksen.csv:6:1: regel lijkt een voetnoot of bronvermelding onder de tabel ('Bron: DUO, bewerking OCW'), geen gegevens; verwijder die regel",
      "reeksen.csv:7:1: regel lijkt een voetnoot of bronvermelding onder de tabel ('* 2024/25 voorlopig'), geen gegevens; verwijder die regel",
    ],
  },
  {
    name: 'lege-velden-weggelaten',
    shape: 'Een regel zonder de lege velden aan het eind (Excel en ONLYOFFICE laten ze weg): gelezen als lege cellen',
    make: (c) => c.setLine('indicatoren.csv', 5, 'rekenen,3.1,Percentage geslaagden voor rekenen,procent,hoger_beter,DUO'),
    read: {
      notices: ["indicatoren.csv:5: 1 regel mist lege velden aan het eind (vanaf deze regel: 'min_n', 'korte_naam'), zoals Excel en ONLYOFFICE lege cellen aan het eind van een regel weglaten; ze zijn als lege cellen gelezen"],
      check: (s) => expectEqual(s.indicators.find((i) => i.id === 'rekenen')?.shortName, 'Percentage geslaagden voor rekenen', 'korte naam rekenen'),
    },
  },
  {
    name: 'verplicht-veld-aan-het-eind',
    shape: 'Een regel zonder het laatste veld, dat verplicht is',
    make: (c) => c.setLine('waarden.csv', 2, 'I01,werkdruk,totaal,start,2022,45,410'),
    refused: ["waarden.csv:2: regel heeft 7 velden, de kopregel 8: aan het eind ontbreekt het veld voor kolom 'herkomst', en daar is een waarde verplicht"],
  },
  {
    name: 'punt-in-puntkomma-procent',
    shape: "'52.125' voor een percentage in een puntkomma-bestand (daar is de punt een duizendtalscheiding)",
    make: (c) => c.write('waarden.csv', dutch(c.read('waarden.csv')).replace('I01;werkdruk;totaal;start;2022;45;', 'I01;werkdruk;totaal;start;2022;52.125;')),
    refused: [
      "waarden.csv:2:6: waarde '52.125' is gelezen als 52125, want in een bestand met puntkomma's is de punt het scheidingsteken voor duizendtallen; dat ligt buiten het bereik 0..100 van eenheid 'procent' (indicator 'werkdruk'). Bedoelt u 52,125? Schrijf decimalen met een komma",
    ],
  },
  {
    name: 'tab-engelse-duizendtallen',
    shape: "Tab-bestand uit Engelse Excel: decimale punt (40.5) en komma's als duizendtalscheiding (1,900)",
    make: (c) => c.write('waarden.csv', c.read('waarden.csv').replace('I02,vsv,totaal,start,2022,900,', 'I02,vsv,totaal,start,2022,"1,900",').replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t').replace(/"/g, '')),
    refused: ["waarden.csv:42:6: kolom 'waarde': '1,900' lijkt een getal met een komma als duizendtalscheiding (Engelse notatie, met de punt als decimaalteken); schrijf 1900 zonder scheiding"],
    refusedNotices: ["waarden.csv: bestand is gelezen met tabs als scheidingsteken en decimale punt; 'CSV UTF-8' is de standaard"],
  },
  {
    name: 'tabs-utf8-met-tekens',
    shape: "Tab-bestand in UTF-8 met 'ë' en '–': de tekenset is zeker en wordt genoemd (een bestand met alleen ASCII leest in elke tekenset gelijk en noemt er geen)",
    make: (c) => c.write('instellingen.csv', c.read('instellingen.csv').replace('Instelling 03', 'Zoë College – Ede').replace(/,/g, '\t')),
    read: {
      notices: ["instellingen.csv: bestand is gelezen als UTF-8-tekst met tabs als scheidingsteken en decimale punt; 'CSV UTF-8' is de standaard"],
      check: (s) => expectEqual(s.institutions.find((i) => i.id === 'I03')?.name, 'Zoë College – Ede', 'naam I03'),
    },
  },
  {
    name: 'json-typografische-aanhalingstekens',
    shape: 'snapshot.json met typografische aanhalingstekens (tekstverwerker, slimme aanhalingstekens van de Mac)',
    make: (c) => c.write('snapshot.json', c.read('snapshot.json').replace('"titel": "Testeditie monitor Werkagenda mbo en Stagepact"', '“titel”: “Testeditie monitor Werkagenda mbo en Stagepact”')),
    refused: ['snapshot.json:2:3: snapshot.json is geen geldige JSON: hier staat een typografisch aanhalingsteken (“) waar JSON een recht aanhalingsteken (") vraagt'],
  },
  {
    name: 'rekenruis',
    shape: "Getallen voluit met rekenruis ('40.49999999999999', '71.00000000000001'): afgerond, één melding",
    make: (c) => {
      c.setLine('waarden.csv', 20, 'I01,lc-ld,totaal,start,2022,40.49999999999999,,kwaliteitsagenda');
      c.setLine('waarden.csv', 33, 'I02,rekenen,totaal,realisatie,2024,71.00000000000001,,duo');
    },
    read: {
      notices: ["waarden.csv:20: 2 getallen met rekenruis zijn afgerond, vanaf deze regel: '40.49999999999999' is gelezen als 40.5. Zo schrijft Excel soms een berekende waarde voluit weg"],
      check: (s) => expectEqual([value(s, 'I01', 'lc-ld', 'start', 2022)?.value, value(s, 'I02', 'rekenen', 'realisatie', 2024)?.value], [40.5, 71], 'waarden'),
    },
  },
  // ── duplicates, codes and categories ──
  {
    name: 'dubbele-realisatie',
    shape: 'Een verborgen oude regel naast haar correctie: twee gerealiseerde waarden voor hetzelfde jaar, andere herkomst',
    make: (c) => c.appendLine('waarden.csv', 'I01,werkdruk,totaal,realisatie,2024,41,380,mto-2024-herzien'),
    refused: [
      "waarden.csv:50:6: tweede gerealiseerde waarde voor (I01, werkdruk, totaal, 2024): 41 (herkomst 'mto-2024-herzien') naast 43 (herkomst 'mto-2024') op regel 4; het rapport kan er maar één tonen. Laat de verouderde regel weg (staat er een verborgen rij in Excel?)",
    ],
  },
  {
    name: 'uitsplitsing-hoofdletter',
    shape: "'Totaal' voor 'totaal' in de uitsplitsing",
    make: (c) => c.setLine('waarden.csv', 3, 'I01,werkdruk,Totaal,streef,2027,38,,kwaliteitsagenda'),
    refused: [
      "waarden.csv:3:3: kolom 'uitsplitsing': 'Totaal' — bedoelt u 'totaal'? Zo staat die uitsplitsing bij indicator 'werkdruk' ook op regel 2; hoofdletters en spaties tellen mee, anders wordt het een andere uitsplitsing",
    ],
  },
  {
    name: 'uitsplitsing-spatie',
    shape: "'niveau2' voor 'niveau 2', bij alle regels van een indicator",
    make: (c) => c.write('waarden.csv', c.read('waarden.csv').replace(/I0([23]),stage-school,bol,/g, 'I0$1,stage-school,niveau2,')),
    refused: [
      "waarden.csv:44:3: kolom 'uitsplitsing': 'niveau2' — bedoelt u 'niveau 2'? Zo wordt die uitsplitsing altijd geschreven",
      "waarden.csv:45:3: kolom 'uitsplitsing': 'niveau2' — bedoelt u 'niveau 2'?",
      "waarden.csv:46:3: kolom 'uitsplitsing': 'niveau2' — bedoelt u 'niveau 2'?",
      "waarden.csv:47:3: kolom 'uitsplitsing': 'niveau2' — bedoelt u 'niveau 2'?",
      "waarden.csv:48:3: kolom 'uitsplitsing': 'niveau2' — bedoelt u 'niveau 2'?",
      'waarden.csv:49: en nog 1 regel met dezelfde soort fout, vanaf deze regel',
    ],
  },
  // ── years and the institution's own series ──
  {
    name: 'jaar-ver-buiten-de-periode',
    shape: 'Een jaar 2062 (cijfers omgedraaid) bij een gerealiseerde waarde',
    make: (c) => c.setLine('waarden.csv', 4, 'I01,werkdruk,totaal,realisatie,2062,43,380,mto-2024'),
    refused: ["waarden.csv:4:5: kolom 'jaar': 2062 ligt ver buiten de monitoringperiode 2023–2027; bedoelt u 2026?"],
  },
  {
    name: 'realisatie-na-peildatum',
    shape: 'Een gerealiseerde waarde over 2026 in de editie met peildatum 1 november 2025',
    make: (c) => c.setLine('waarden.csv', 4, 'I01,werkdruk,totaal,realisatie,2026,43,380,mto-2024'),
    refused: ["waarden.csv:4:5: kolom 'jaar': een gerealiseerde waarde over 2026 ligt na de peildatum 2025-11-01 van deze editie; een meting kan niet uit de toekomst komen"],
  },
  {
    name: 'komma-verschoven',
    shape: '4,3 getypt voor 43 (startwaarde 45): binnen het bereik, maar tien keer zo klein',
    make: (c) => c.setLine('waarden.csv', 4, 'I01,werkdruk,totaal,realisatie,2024,4.3,380,mto-2024'),
    read: {
      warnings: ["waarden.csv:4:6: I01 'werkdruk' 2024: 4,3 is ongeveer 10 keer zo klein als 45 als startwaarde 2022 (regel 2); controleer beide waarden (een verschoven komma, een cijfer te veel of te weinig?)"],
      check: (s) => expectEqual(value(s, 'I01', 'werkdruk', 'realisatie', 2024)?.value, 4.3, 'I01 werkdruk 2024'),
    },
  },
  {
    name: 'sprong-in-eigen-reeks',
    shape: "430 → 1.684 vsv'ers bij één instelling, waar de andere jaren een paar procent verschillen",
    make: (c) => {
      for (const line of [
        'I01,vsv,totaal,realisatie,2023,425,,duo',
        'I01,vsv,totaal,realisatie,2024,430,,duo',
        'I01,vsv,totaal,realisatie,2025,1684,,duo',
        'I02,vsv,totaal,realisatie,2023,880,,duo',
        'I02,vsv,totaal,realisatie,2024,860,,duo',
        'I02,vsv,totaal,realisatie,2025,850,,duo',
        'I05,vsv,totaal,realisatie,2023,300,,duo',
        'I05,vsv,totaal,realisatie,2024,290,,duo',
        'I05,vsv,totaal,realisatie,2025,296,,duo',
      ]) {
        c.appendLine('waarden.csv', line);
      }
    },
    read: {
      warnings: ["waarden.csv:52:6: I01 'vsv' 2025: 1.684 is 3,9 keer zo groot als 430 in 2024 (regel 51), waar twee metingen van deze indicator gewoonlijk 2% verschillen; controleer beide waarden"],
      check: (s) => expectEqual(value(s, 'I01', 'vsv', 'realisatie', 2025)?.value, 1684, 'I01 vsv 2025'),
    },
  },
  {
    name: 'waarde-en-n-verwisseld',
    shape: 'Waarde en n verwisseld (97 en 12 voor 12 en 97): n onder min_n zou de waarde stil afschermen',
    make: (c) => {
      c.setLine('waarden.csv', 12, 'I04,werkdruk,totaal,start,2022,12,95,kwaliteitsagenda');
      c.setLine('waarden.csv', 14, 'I04,werkdruk,totaal,realisatie,2024,11,97,mto-2024');
      c.appendLine('waarden.csv', 'I04,werkdruk,totaal,realisatie,2025,97,12,mto-2025');
    },
    read: {
      warnings: ["waarden.csv:50:7: waarde 97 en n 12 lijken verwisseld: de andere metingen van I04 voor 'werkdruk' hebben waarden rond 12 en n rond 97 (regel 12, 14); controleer de kolommen 'waarde' en 'n'"],
      check: (s) => expectEqual(value(s, 'I04', 'werkdruk', 'realisatie', 2025)?.n, 12, 'n I04 2025'),
    },
  },
  // ── institutions that change ──
  {
    name: 'instelling-verdwenen',
    shape: 'Een instelling uit de vorige editie staat er niet meer in (geen opgegaan_in): de controle vraagt of ze is opgegaan',
    make: (c) => {
      c.write('instellingen.csv', c.read('instellingen.csv').replace(/^I06,.*\n/m, ''));
      c.write('waarden.csv', c.read('waarden.csv').replace(/^I06,.*\n/gm, ''));
    },
    read: {
      warnings: [
        "instellingen.csv: I06 (Instelling 06) stond in de vorige editie 2024-11-01 maar staat niet meer in deze. Is ze opgegaan in een andere instelling, zet haar regel dan terug met in de kolom opgegaan_in de code van die instelling",
      ],
      check: (s) => expectEqual(s.institutions.map((i) => i.id), ['I01', 'I02', 'I03', 'I04', 'I05'], 'instellingen'),
    },
  },
  {
    name: 'fusie-met-opgegaan-in',
    shape: "Een fusie: de regel van de opgeheven instelling blijft staan met 'opgegaan_in', haar gegevens zijn weg",
    make: (c) => {
      c.write('instellingen.csv', c.read('instellingen.csv').replace('studenten\n', 'studenten,opgegaan_in\n').replace(/^(I0[1-5],.*)$/gm, '$1,').replace(/^(I06,.*)$/m, '$1,I02'));
      c.write('waarden.csv', c.read('waarden.csv').replace(/^I06,.*\n/gm, ''));
    },
    read: {
      check: (s) => {
        expectEqual(s.institutions.map((i) => i.id), ['I01', 'I02', 'I03', 'I04', 'I05'], 'instellingen');
        expectEqual(s.mergers.map((m) => [m.id, m.name, m.into]), [['I06', 'Instelling 06', 'I02']], 'fusies');
      },
    },
  },
  {
    name: 'gegevens-van-opgeheven-instelling',
    shape: "Regels van een instelling die met 'opgegaan_in' is opgeheven, nog in waarden.csv",
    make: (c) => c.write('instellingen.csv', c.read('instellingen.csv').replace('studenten\n', 'studenten,opgegaan_in\n').replace(/^(I0[1-5],.*)$/gm, '$1,').replace(/^(I06,.*)$/m, '$1,I02')),
    refused: [
      "waarden.csv:18:1: kolom 'instelling': 'I06' is opgegaan in I02 (instellingen.csv:7); een voormalige instelling heeft in deze editie geen eigen gegevens meer. Laat deze regel weg, of tel de gegevens bij I02 op",
      "waarden.csv:19:1: kolom 'instelling': 'I06' is opgegaan in I02",
    ],
  },
  {
    name: 'opgegaan-in-onbekend',
    shape: "'opgegaan_in' met een code die niet bestaat",
    make: (c) => {
      c.write('instellingen.csv', c.read('instellingen.csv').replace('studenten\n', 'studenten,opgegaan_in\n').replace(/^(I0[1-5],.*)$/gm, '$1,').replace(/^(I06,.*)$/m, '$1,I20'));
      c.write('waarden.csv', c.read('waarden.csv').replace(/^I06,.*\n/gm, ''));
    },
    refused: ["instellingen.csv:7:7: kolom 'opgegaan_in': 'I20' bestaat niet in instellingen.csv"],
  },
];
