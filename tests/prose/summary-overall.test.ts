// The Samenvatting opens with where the sector stands over all indicators (issue 14): the counts of the course
// statuses, traced to findings.counts, and nothing about statuses that did not occur.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { writeProse } from '../../scripts/prose/prose.ts';
import { loadWithPrevious } from '../../scripts/snapshot/previous.ts';

describe('the overall state at the head of the Samenvatting', () => {
  it('counts the indicators per course status of the bundled edition, with their facts', () => {
    const editions = loadWithPrevious(join(import.meta.dirname, '..', '..', 'data', 'snapshots', '2025-11-01'));
    const results = computeResults(editions.current!, editions.previous);
    const findings = findFindings(results);
    const overall = writeProse(results, findings).findings.overall;
    const c = findings.counts;
    const text = overall.sentences.map((s) => s.text).join(' ');
    // Every indicator × breakdown counts (issue 23), with the words of the verdicts.
    expect(text).toContain(`Van de ${c.judged} combinaties van indicator en uitsplitsing met een oordeel`);
    expect(text).toContain(`op schema bij ${c.onCourse}`);
    expect(text).toContain(`achter op schema bij ${c.behind}`);
    expect(text).toContain(`verslechterd bij ${c.worse}`);
    // No status that did not occur is mentioned.
    if (c.tooFew === 0) expect(text).not.toContain('te weinig instellingen');
    expect(overall.sentences.flatMap((s) => s.facts.map((f) => f.key))).toEqual(expect.arrayContaining(['findings.counts.onCourse', 'findings.counts.behind']));
  });
});
