// Every rule of the data contract has a failing example whose message names the right file, line and column.
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../scripts/snapshot/load.ts';
import { formatIssue } from '../../scripts/snapshot/report.ts';
import { copyFixture, type SnapshotCopy } from '../helpers/snapshot-copy.ts';

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

/** Load a broken copy; return the formatted error and notice lines. */
function check(mutate: (c: SnapshotCopy) => void) {
  copy = copyFixture();
  mutate(copy);
  const { snapshot, issues } = loadSnapshot(copy.dir);
  const errors = issues.filter((i) => i.severity === 'fout').map((i) => formatIssue(i));
  const notices = issues.filter((i) => i.severity === 'melding').map((i) => formatIssue(i));
  return { snapshot, errors, notices };
}

// [rule, mutation, expected error line (exact prefix `file:line:col: ` + message start)]
const cases: [string, (c: SnapshotCopy) => void, string][] = [
  [
    'procent above 100',
    (c) => c.setLine('waarden.csv', 17, 'I05,werkdruk,totaal,streef,2027,140,,e-file'),
    "waarden.csv:17:6: waarde 140 ligt buiten het bereik 0..100 van eenheid 'procent' (indicator 'werkdruk')",
  ],
  [
    'cijfer below 1',
    (c) => c.setLine('waarden.csv', 36, 'I01,professionalisering,totaal,start,2022,0.5,300,kwaliteitsagenda'),
    "waarden.csv:36:6: waarde 0.5 ligt buiten het bereik 1..10 van eenheid 'cijfer'",
  ],
  [
    'aantal negative',
    (c) => c.setLine('waarden.csv', 40, 'I01,vsv,totaal,start,2022,-4,,kwaliteitsagenda'),
    "waarden.csv:40:6: waarde -4 is negatief; eenheid 'aantal'",
  ],
  ['euro negative', (c) => c.setLine('begroting.csv', 3, 'I01,3.3,-5'), "begroting.csv:3:3: kolom 'begroot': -5 is kleiner dan 0"],
  ['not a number', (c) => c.setLine('waarden.csv', 2, 'I01,werkdruk,totaal,start,2022,veel,410,kwaliteitsagenda'), "waarden.csv:2:6: kolom 'waarde': 'veel' is geen getal"],
  ['decimal comma in the comma dialect', (c) => c.setLine('waarden.csv', 2, 'I01,werkdruk,totaal,start,2022,"45,5",410,kwaliteitsagenda'), "waarden.csv:2:6: kolom 'waarde': '45,5' is geen getal; verwacht een getal met decimale punt"],
  ['not an integer', (c) => c.setLine('waarden.csv', 2, 'I01,werkdruk,totaal,start,2022.5,45,410,kwaliteitsagenda'), "waarden.csv:2:5: kolom 'jaar': '2022.5' is geen geheel getal"],
  ['year out of range', (c) => c.setLine('waarden.csv', 2, 'I01,werkdruk,totaal,start,22,45,410,kwaliteitsagenda'), "waarden.csv:2:5: kolom 'jaar': 22 is kleiner dan 1990"],
  ['required cell empty', (c) => c.setLine('waarden.csv', 3, 'I01,werkdruk,,streef,2027,38,,kwaliteitsagenda'), "waarden.csv:3:3: kolom 'uitsplitsing' is leeg"],
  ['enum value', (c) => c.setLine('waarden.csv', 3, 'I01,werkdruk,totaal,doel,2027,38,,kwaliteitsagenda'), "waarden.csv:3:4: kolom 'soort': 'doel' is geen toegestane waarde; verwacht een van 'start', 'streef', 'realisatie'"],
  ['boolean', (c) => c.setLine('instellingen.csv', 2, 'I01,Instelling 01,roc,Noord,misschien,12000'), "instellingen.csv:2:5: kolom 'randstad': 'misschien' is geen ja/nee"],
  ['unit enum', (c) => c.setLine('indicatoren.csv', 3, 'lc-ld,3.3,Percentage docenten in LC/LD-schalen,percentage,hoger_beter,DUO,,LC/LD'), "indicatoren.csv:3:4: kolom 'eenheid': 'percentage' is geen toegestane waarde"],
  ['code with a space', (c) => c.setLine('instellingen.csv', 2, 'I 01,Instelling 01,roc,Noord,nee,12000'), "instellingen.csv:2:1: kolom 'instelling': 'I 01' is geen geldige code"],
  ['period format', (c) => c.setLine('reeksen.csv', 2, 'instroom,,totaal,22/23,208029,aantal,DUO (2025),Instroom mbo (bekostigd)'), "reeksen.csv:2:4: kolom 'periode': '22/23' is geen geldige periode"],
  ['duplicate key', (c) => c.appendLine('instellingen.csv', 'I03,Instelling 03 bis,aoc,Oost,nee,100'), 'instellingen.csv:8: dubbele sleutel (instelling) = (I03); staat ook op regel 4'],
  ['unknown institution', (c) => c.setLine('waarden.csv', 20, 'I99,lc-ld,totaal,start,2022,40.5,,kwaliteitsagenda'), "waarden.csv:20:1: kolom 'instelling': 'I99' bestaat niet in instellingen.csv"],
  ['unknown indicator', (c) => c.setLine('waarden.csv', 20, 'I01,lcld,totaal,start,2022,40.5,,kwaliteitsagenda'), "waarden.csv:20:2: kolom 'indicator': 'lcld' bestaat niet in indicatoren.csv"],
  ['unknown goal of an indicator', (c) => c.setLine('indicatoren.csv', 6, 'vsv,1.4,Aantal nieuwe voortijdig schoolverlaters,aantal,lager_beter,DUO,,Nieuwe vsv\'ers'), "indicatoren.csv:6:2: kolom 'doelstelling': '1.4' bestaat niet in doelstellingen.csv"],
  ['unknown measure', (c) => c.setLine('maatregel_inzet.csv', 2, 'I01,3.3-carriere-x,2024,ja'), "maatregel_inzet.csv:2:2: kolom 'maatregel': '3.3-carriere-x' bestaat niet in maatregelen.csv"],
  ['unknown goal in the budget', (c) => c.setLine('begroting.csv', 2, 'I01,9.9,1200000'), "begroting.csv:2:2: kolom 'doelstelling': '9.9' bestaat niet in doelstellingen.csv"],
  ['unknown indicator of a series', (c) => c.setLine('reeksen.csv', 5, 'vsv-landelijk,vsv2,totaal,2023,30000,aantal,Kamerbrief 2024,Nieuwe vsv\'ers'), "reeksen.csv:5:2: kolom 'indicator': 'vsv2' bestaat niet in indicatoren.csv"],
  ['unknown indicator of a national goal', (c) => c.setLine('landelijke_doelen.csv', 2, 'vsv-x,totaal,2027,18000,Werkagenda'), "landelijke_doelen.csv:2:1: kolom 'indicator': 'vsv-x' bestaat niet in indicatoren.csv"],
  ['judgement enum', (c) => c.setLine('efile_oordelen.csv', 2, 'I01,3.3,2024,bijna,effectief'), "efile_oordelen.csv:2:4: kolom 'voortgang': 'bijna' is geen toegestane waarde"],
  ['target origin', (c) => c.setLine('waarden.csv', 3, 'I01,werkdruk,totaal,streef,2027,38,,jaarverslag'), "waarden.csv:3:8: kolom 'herkomst': 'jaarverslag' is voor een streefwaarde niet toegestaan"],
  ['goal code shape', (c) => c.appendLine('doelstellingen.csv', '4.1,3,Iets anders,Anders'), "doelstellingen.csv:7:1: kolom 'doelstelling': '4.1' is geen geldige code; verwacht 1.1 tot en met 3.4"],
  ['goal priority', (c) => c.setLine('doelstellingen.csv', 5, '3.3,2,Verbeteren aantrekkelijkheid werken in het mbo,Werken in mbo'), "doelstellingen.csv:5:2: doelstelling '3.3' hoort bij prioriteit 3, niet bij 2"],
  ['missing required column', (c) => c.write('instellingen.csv', c.read('instellingen.csv').replace('studenten', 'leerlingen')), "instellingen.csv:1: verplichte kolom 'studenten' ontbreekt in de kopregel"],
  ['duplicate column', (c) => c.write('maatregelen.csv', c.read('maatregelen.csv').replace('verplicht', 'naam')), "maatregelen.csv:1:4: kolom 'naam' staat twee keer in de kopregel"],
  ['field count', (c) => c.setLine('begroting.csv', 4, 'I01,3.1'), 'begroting.csv:4: regel heeft 2 velden, de kopregel 3'],
  ['unclosed quote', (c) => c.setLine('maatregelen.csv', 2, '3.3-carriere,3.3,"Carrièreperspectief onderwijspersoneel,ja'), 'maatregelen.csv:2: CSV-bestand is niet te lezen: een aanhalingsteken (") is niet goed afgesloten'],
  ['missing file', (c) => rmSync(join(c.dir, 'bestedingen.csv')), 'bestedingen.csv: bestand ontbreekt'],
  ['empty file', (c) => c.write('maatregelen.csv', ''), 'maatregelen.csv: bestand is leeg'],
  [
    'neither UTF-8 nor Windows-1252',
    (c) => writeFileSync(join(c.dir, 'instellingen.csv'), Buffer.concat([Buffer.from(c.read('instellingen.csv')), Buffer.from([0x81])])),
    "instellingen.csv:8: bestand is geen leesbare tekst: deze regel bevat een byte die in UTF-8 of Windows-1252 geen teken is; sla het bestand op als 'CSV UTF-8'",
  ],
  ['json syntax', (c) => c.write('snapshot.json', '{ "titel": '), 'snapshot.json:1:11: snapshot.json is geen geldige JSON: het bestand houdt op voordat het object af is'],
  ['json missing field', (c) => c.write('snapshot.json', c.read('snapshot.json').replace(/\s*"titel": "[^"]*",/, '')), "snapshot.json: veld 'titel' ontbreekt"],
  ['json boolean', (c) => c.write('snapshot.json', c.read('snapshot.json').replace('"synthetisch": true', '"synthetisch": "ja"')), 'snapshot.json:5: veld \'synthetisch\': "ja" is geen true of false'],
  ['json date', (c) => c.write('snapshot.json', c.read('snapshot.json').replace('2025-11-01', '2025-02-30')), "snapshot.json:3: veld 'peildatum': '2025-02-30' is geen geldige datum"],
  ['previous edition missing', (c) => c.write('snapshot.json', c.read('snapshot.json').replace('"2024-11-01"', '"2023-11-01"')), "snapshot.json:7: veld 'vorige': de snapshotmap '2023-11-01' bestaat niet"],
];

describe('data contract rules', () => {
  it.each(cases)('%s', (_rule, mutate, expected) => {
    const { snapshot, errors } = check(mutate);
    expect(snapshot).toBeNull();
    expect(errors.some((line) => line.startsWith(expected)), `expected "${expected}" in:\n${errors.join('\n')}`).toBe(true);
  });

  it('lists every violation, not just the first', () => {
    const { errors } = check((c) => {
      c.setLine('waarden.csv', 17, 'I05,werkdruk,totaal,streef,2027,140,,e-file');
      c.setLine('waarden.csv', 20, 'I99,lc-ld,totaal,start,2022,40.5,,kwaliteitsagenda');
      c.setLine('instellingen.csv', 2, 'I01,Instelling 01,roc,Noord,misschien,12000');
    });
    expect(errors).toHaveLength(3);
    expect(errors.map((e) => e.split(': ')[0])).toEqual(['instellingen.csv:2:5', 'waarden.csv:17:6', 'waarden.csv:20:1']);
  });

  it('reports a bad cell and a missing reference on the same line separately', () => {
    const { errors } = check((c) => c.setLine('waarden.csv', 2, 'I99,werkdruk,totaal,start,2022,veel,410,kwaliteitsagenda'));
    expect(errors).toEqual([
      "waarden.csv:2:1: kolom 'instelling': 'I99' bestaat niet in instellingen.csv (kolom A in Excel)",
      "waarden.csv:2:6: kolom 'waarde': 'veel' is geen getal; verwacht een getal met decimale punt, bijv. 41.5",
    ]);
  });

  it('treats unknown extra columns as a notice, not an error', () => {
    const { snapshot, errors, notices } = check((c) =>
      c.write('instellingen.csv', c.read('instellingen.csv').replace('studenten\n', 'studenten,opmerking\n').replace(/(\d)\n/g, '$1,x\n')),
    );
    expect(errors).toEqual([]);
    expect(snapshot).not.toBeNull();
    expect(notices).toEqual(["instellingen.csv:1:7: onbekende kolom 'opmerking' wordt genegeerd"]);
  });

  it('reads a goal code that a Dutch spreadsheet exported as a number (1,3) as 1.3', () => {
    const { snapshot, errors } = check((c) => {
      const text = c.read('begroting.csv').replace(/,/g, ';').replace(/;1\.3;/g, ';1,3;');
      c.write('begroting.csv', text);
    });
    expect(errors).toEqual([]);
    expect(snapshot!.budgets.filter((b) => b.goalId === '1.3')).toHaveLength(2);
  });

  it('does not repeat an unreadable file as missing references elsewhere', () => {
    const { errors } = check((c) => c.setLine('maatregelen.csv', 2, '3.3-carriere,3.3,"Carrièreperspectief,ja'));
    expect(errors).toHaveLength(1);
  });

  it('reports a missing folder in the same form', () => {
    const { issues } = loadSnapshot('/nonexistent/2025-11-01');
    expect(formatIssue(issues[0]!)).toBe("2025-11-01: de snapshotmap '/nonexistent/2025-11-01' bestaat niet of is niet leesbaar");
  });

  it('reports an unreadable file', () => {
    if (process.getuid?.() === 0) return; // root reads everything; the rule is still covered by the code path above
    const { errors } = check((c) => chmodSync(join(c.dir, 'reeksen.csv'), 0o000));
    expect(errors[0]).toMatch(/^reeksen.csv: bestand is niet leesbaar/);
  });
});
