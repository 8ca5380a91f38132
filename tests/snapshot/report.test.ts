// Warnings on screen (issue 28): more than five of one kind are one line that says where the full list is, so one
// kind (43 overspendings) cannot push the others (coverage, jumps) off screen; the full list stays in the report.
import { describe, expect, it } from 'vitest';
import { formatWarnings } from '../../scripts/snapshot/report.ts';
import type { Issue } from '../../scripts/snapshot/types.ts';

const overspending = (line: number): Issue => ({ severity: 'waarschuwing', file: 'bestedingen.csv', line, column: 4, message: `I${line} besteedde meer dan begroot`, kind: 'besteding boven begroting' });
const jump: Issue = { severity: 'waarschuwing', file: 'waarden.csv', line: 7, column: 6, message: "I01 'werkdruk' 2024: 4,3 is ongeveer 10 keer zo klein", kind: 'sprong in een reeks' };

describe('formatWarnings', () => {
  const issues = [...Array.from({ length: 15 }, (_, i) => overspending(i + 2)), jump];

  it('groups a kind with more than five warnings into one line', () => {
    expect(formatWarnings(issues, '', 'build-rapport.txt')).toEqual([
      '⚠ 16 waarschuwingen: controleer deze waarden voordat u publiceert.',
      "  ⚠ waarden.csv:7:6: I01 'werkdruk' 2024: 4,3 is ongeveer 10 keer zo klein",
      '  ⚠ 15 keer besteding boven begroting, zie build-rapport.txt',
    ]);
  });

  it('lists five of a kind one by one, and everything when there is no full list elsewhere', () => {
    expect(formatWarnings(issues.slice(10), '', 'build-rapport.txt')).toHaveLength(7);
    expect(formatWarnings(issues)).toHaveLength(17);
  });
});
