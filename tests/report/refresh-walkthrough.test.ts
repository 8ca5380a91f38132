// The refresh walkthrough of issue 28 as a test: an editor refreshes the fixture edition in Dutch Excel and saves
// "CSV (puntkomma)" (Windows-1252, CRLF), with new 2026 values, a new institution, a merger with a rename, a
// partial year in maatregel_inzet.csv and five planted mistakes (tests/helpers/excel-refresh.ts). The check names
// three mistakes at their line and refuses; after the editor fixes them it warns about the fourth at its line; the
// fifth (a digit swap in a new institution's start value) has nothing to be compared with. The report then names
// the merger and the rename on Wat is veranderd, and no institution page loses its measures.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { buildFigures } from '../../scripts/figures/registry.ts';
import type { RenderedFigure } from '../../scripts/figures/types.ts';
import { silentLog } from '../../scripts/lib/log.ts';
import { findingTitles, outline } from '../../scripts/pipeline.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import { sections } from '../../scripts/report/walk.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { formatIssue } from '../../scripts/snapshot/report.ts';
import { makeExcelRefresh } from '../helpers/excel-refresh.ts';
import { runScript } from '../helpers/run-script.ts';

const refresh = makeExcelRefresh();
afterAll(() => refresh.remove());
const lines = (severity: string, issues: ReturnType<typeof loadWithPrevious>['issues']) => issues.filter((i) => i.severity === severity).map((i) => formatIssue(i));

describe('the first check of the Excel export', () => {
  const first = loadWithPrevious(refresh.dir);
  const { stale, year, case: spelling } = refresh.lines;

  it('refuses three mistakes at their line, each with its real cause, and nothing else', () => {
    expect(first.rejected).toBe('2026-11-01');
    expect(lines('fout', first.issues)).toEqual([
      `waarden.csv:${spelling}:3: kolom 'uitsplitsing': 'Totaal' — bedoelt u 'totaal'? Zo staat die uitsplitsing bij indicator 'lc-ld' ook op regel 17; hoofdletters en spaties tellen mee, anders wordt het een andere uitsplitsing`,
      `waarden.csv:${stale}:6: tweede gerealiseerde waarde voor (I01, werkdruk, totaal, 2026): 44 (herkomst 'mto-2026-concept') naast 41 (herkomst 'mto-2026') op regel ${stale - 1}; het rapport kan er maar één tonen. Laat de verouderde regel weg (staat er een verborgen rij in Excel?)`,
      `waarden.csv:${year}:5: kolom 'jaar': 2062 ligt ver buiten de monitoringperiode 2023–2027; bedoelt u 2026?`,
    ]);
  });

  it('reads the Windows-1252 export and says by which word it knew', () => {
    expect(lines('melding', first.issues)).toContain(
      "instellingen.csv: bestand is gelezen als Windows-1252-tekst (Excel 'CSV (gescheiden door lijstscheidingsteken)'), herkend aan 'Zoë College – Ede' op regel 4; 'CSV UTF-8' is de standaard",
    );
  });
});

describe('the check after the editor fixed the refused lines', () => {
  refresh.fix();
  const second = loadWithPrevious(refresh.dir);
  const { comma, digits } = refresh.linesAfterFix;

  it('accepts the edition and warns about the shifted comma at its line, with both values', () => {
    expect(second.rejected).toBeNull();
    expect(lines('waarschuwing', second.issues)).toEqual([
      `waarden.csv:${comma}:6: I02 'werkdruk' 2026: 4,5 is ongeveer 10 keer zo klein als 47 in 2024 (regel 8); controleer beide waarden (een verschoven komma, een cijfer te veel of te weinig?)`,
    ]);
  });

  it('has nothing to compare the new institution’s swapped digits with (the fifth mistake stays for the proofreading list)', () => {
    expect(second.issues.some((i) => i.line === digits)).toBe(false);
    expect(second.current!.values.find((v) => v.institutionId === 'I07' && v.kind === 'start')?.value).toBe(53);
  });

  it('lists the new institution, the merger and the rename in npm run check', () => {
    const { status, stdout } = runScript('check.ts', ['--snapshot', refresh.dir]);
    expect(status).toBe(0);
    expect(stdout).toContain('  Instellingen tegenover de vorige editie 2025-11-01 (3 wijzigingen):');
    expect(stdout).toContain('    nieuw: I07 (Nieuw College)');
    expect(stdout).toContain('    I04 (Instelling 04) is opgegaan in I03 (Zoë College – Ede)');
    expect(stdout).toContain("    I03 heet nu 'Zoë College – Ede' (was 'Instelling 03')");
  });

  describe('the report', () => {
    const results = computeResults(second.current!, second.previous);
    const findings = findFindings(results);
    const prose = writeProse(results, findings);
    // Titles and notes are all this test reads of a figure: no SVG is drawn.
    const figures: RenderedFigure[] = buildFigures(results, findings, findingTitles(prose)).map((f) => ({ ...f, svg: null }));
    // No editor texts: the test reads only generated paragraphs.
    const report = outline(results, prose, figures, join(refresh.root, 'geen-teksten'), silentLog, findings, second.previous);
    const page = (url: string) => [...sections(report.chapters)].find((s) => s.page?.url === url);
    const text = (url: string) =>
      page(url)!
        .blocks.flatMap((b) => (b.kind === 'paragraph' ? b.paragraph.sentences.map((s) => s.text) : []))
        .join('\n');

    it('names the merger, the rename and the new institution on Wat is veranderd, with their money', () => {
      const changes = text('/wat-is-veranderd/');
      expect(changes).toContain('Nieuw in deze editie is één instelling: Nieuw College (I07), begroting € 300.000.');
      expect(changes).toContain('Opgegaan in een andere instelling is één instelling: Instelling 04 (I04) in Zoë College – Ede (I03).');
      expect(changes).toContain('Na de fusie heeft Zoë College – Ede (I03) een begroting van € 550.000 (was € 400.000) en bestedingen tot en met 2025 van € 245.000 (was € 95.000 tot en met 2024).');
      expect(changes).toContain('Van naam veranderd is één instelling: Zoë College – Ede (I03), voorheen Instelling 03.');
      expect(changes).not.toMatch(/code I0\d/);
    });

    it('marks the series of the institution that took the other in', () => {
      expect(text('/instelling/i03/')).toContain('Instelling 04 (I04) is in deze instelling opgegaan: haar waarden van voor de fusie gaan alleen over Zoë College – Ede zelf');
    });

    it('keeps the sector picture of the measures at 2024 and shows every institution its own latest year', () => {
      expect(results.measures.year).toBe(2024);
      expect(results.measures.respondents).toBe(5);
      // I07 is new and has no measures at all: its page says so (coverage warns); every other page keeps its own.
      for (const id of results.institutionOrder.filter((i) => i !== 'I07')) {
        const figures = page(`/instelling/${id.toLowerCase()}/`)!.blocks.flatMap((b) => (b.kind === 'keyfigures' ? b.items : []));
        const measures = figures.find((f) => f.label.startsWith('Uitgevoerde maatregelen'))!;
        expect(measures.value, id).not.toBe('geen gegevens');
        expect(measures.label, id).toBe(id === 'I01' ? 'Uitgevoerde maatregelen (2025)' : 'Uitgevoerde maatregelen');
      }
    });
  });
});
