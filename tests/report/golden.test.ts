// The report's text as a golden file: the complete Dutch text of the fixture edition (every heading, paragraph,
// list, key figure and figure title, site and PDF, in reading order) is compared with tests/report/golden/*.txt,
// so a change of wording or number format shows up as one reviewable diff.
//
// On a mismatch the test writes `<name>-changed.txt` beside the expected file and fails: compare the two, and when
// the change is intended, regenerate on a developer's machine with `UPDATE_GOLDEN=1 npx vitest run tests/report`.
// Never in CI (`CI` set): there the golden file is only read.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionReport } from '../helpers/report.ts';
import { reportText } from '../helpers/report-text.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const GOLDEN = join(import.meta.dirname, 'golden');

/** The fixture edition (2025-11-01, previous 2024-11-01) through every stage up to the Report, without drawing. */
const fixtureReport = () => editionReport(join(FIXTURES, 'snapshots', '2025-11-01'), join(FIXTURES, 'content')).report;

/** Compare `text` with golden/<name>.txt; write <name>-changed.txt on a mismatch (or the golden file when asked). */
function expectGolden(name: string, text: string): void {
  const expected = join(GOLDEN, `${name}.txt`);
  const changed = join(GOLDEN, `${name}-changed.txt`);
  if (process.env.UPDATE_GOLDEN && !process.env.CI) {
    writeFileSync(expected, text);
    rmSync(changed, { force: true });
    return;
  }
  if (process.env.UPDATE_GOLDEN) throw new Error('UPDATE_GOLDEN is genegeerd in CI: werk de golden file bij op een eigen machine');
  const golden = existsSync(expected) ? readFileSync(expected, 'utf8') : null;
  if (golden === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  expect.fail(
    golden === null
      ? `${expected} ontbreekt; de tekst staat in ${changed} (maak hem met UPDATE_GOLDEN=1)`
      : `de tekst van het rapport wijkt af van ${expected}; vergelijk met ${changed} (diff -u), en werk bij met UPDATE_GOLDEN=1 als de wijziging bedoeld is`,
  );
}

describe('the report text of the fixture edition', () => {
  it('equals the golden file, word for word', () => {
    expectGolden('fixture-edition', reportText(fixtureReport()));
  });
});
