// The regression corpus (cases.ts): every export shape is read with the right values or refused with the
// expected `bestand:regel[:kolom]: melding`, and nothing else is reported for it.
import { afterEach, describe, expect, it } from 'vitest';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';
import { formatIssue } from '../../scripts/snapshot/report.ts';
import { copyFixture, type SnapshotCopy } from '../helpers/snapshot-copy.ts';
import { CASES } from './cases.ts';
import { ROUND_TWO } from './round-two.ts';

const ALL_CASES = [...CASES, ...ROUND_TWO];

let copy: SnapshotCopy | undefined;
afterEach(() => copy?.remove());

function load(make: (c: SnapshotCopy) => void) {
  copy = copyFixture();
  make(copy);
  const editions = loadWithPrevious(copy.dir);
  const lines = (severity: string) => editions.issues.filter((i) => i.severity === severity).map((i) => formatIssue(i));
  return { snapshot: editions.current, errors: lines('fout'), warnings: lines('waarschuwing'), notices: lines('melding') };
}

const startsWithEach = (actual: string[], expected: readonly string[]) =>
  actual.length === expected.length && expected.every((e, i) => actual[i]!.startsWith(e));

describe('regression corpus of spreadsheet exports', () => {
  it('has at least the shapes of issue 15', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ALL_CASES.map((c) => c.name)).size).toBe(ALL_CASES.length);
  });

  it.each(ALL_CASES.filter((c) => c.read).map((c) => [c.name, c] as const))('reads %s correctly', (_name, c) => {
    const { snapshot, errors, warnings, notices } = load(c.make);
    expect(errors).toEqual([]);
    expect(snapshot).not.toBeNull();
    c.read!.check(snapshot!);
    expect(startsWithEach(notices, c.read!.notices ?? []), `meldingen:\n${notices.join('\n')}`).toBe(true);
    expect(startsWithEach(warnings, c.read!.warnings ?? []), `waarschuwingen:\n${warnings.join('\n')}`).toBe(true);
  });

  it.each(ALL_CASES.filter((c) => c.refused).map((c) => [c.name, c] as const))('refuses %s with the expected message', (_name, c) => {
    const { snapshot, errors, warnings, notices } = load(c.make);
    expect(snapshot).toBeNull();
    expect(startsWithEach(errors, c.refused!), `fouten:\n${errors.join('\n')}`).toBe(true);
    // One cause, one message: no notices or warnings that follow from it.
    expect(warnings).toEqual([]);
    expect(startsWithEach(notices, c.refusedNotices ?? []), `meldingen:\n${notices.join('\n')}`).toBe(true);
  });
});
