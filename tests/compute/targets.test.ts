// The target revision rule, case by case. Every expected target below follows by hand from the rule in
// snapshot-format.md: new e-file target used, more ambitious revision replaces, less ambitious ignored,
// a target that cannot be meant ignored; revisions apply in herkomst order.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../scripts/compute/compute.ts';
import { msg } from '../../scripts/compute/messages.ts';
import { decideTarget, impossibleTarget } from '../../scripts/compute/targets.ts';
import { indicator, institutions, snapshot, values, type ValueSpec } from './build-snapshot.ts';

const pct = indicator('tevreden', 'procent', 'hoger_beter');
const low = indicator('werkdruk', 'procent', 'lager_beter');

const decide = (ind = pct, specs: ValueSpec[]) => decideTarget(ind, values(specs));

describe('decideTarget', () => {
  it('keeps the quality-agenda target when there is no revision', () => {
    const d = decide(pct, [['A', 'tevreden', 'streef', 50]]);
    expect(d).toMatchObject({ original: 50, target: 50, status: 'kwaliteitsagenda', targetOrigin: 'kwaliteitsagenda', ignored: [] });
    expect(d.counts).toMatchObject({ original: 1, inForce: 1, upwardUsed: 0 });
  });

  it('uses a new e-file target where the quality agenda had none', () => {
    const d = decide(pct, [['A', 'tevreden', 'streef', 60, { origin: 'e-file' }]]);
    expect(d).toMatchObject({ original: null, target: 60, status: 'nieuw', targetOrigin: 'e-file' });
    expect(d.counts).toMatchObject({ original: 0, newUsed: 1, inForce: 1 });
  });

  it('replaces the target by a more ambitious revision (higher is better)', () => {
    const d = decide(pct, [
      ['A', 'tevreden', 'streef', 50],
      ['A', 'tevreden', 'streef', 55, { origin: 'e-file' }],
    ]);
    expect(d).toMatchObject({ original: 50, target: 55, status: 'opwaarts', targetOrigin: 'e-file' });
    expect(d.counts).toMatchObject({ original: 1, upwardUsed: 1, inForce: 1 });
  });

  it('ignores a less ambitious revision, in both directions', () => {
    const up = decide(pct, [
      ['A', 'tevreden', 'streef', 50],
      ['A', 'tevreden', 'streef', 45, { origin: 'e-file' }],
    ]);
    expect(up).toMatchObject({ target: 50, status: 'kwaliteitsagenda' });
    expect(up.ignored).toEqual([
      expect.objectContaining({ value: 45, origin: 'e-file', reason: 'minder-ambitieus', inForce: 50, reasonText: msg.lessAmbitious(50) }),
    ]);
    expect(up.counts.downwardIgnored).toBe(1);

    // Lower is better: 44 instead of 40 is less ambitious (fixture I02 werkdruk), 33 instead of 37 more ambitious.
    const down = decide(low, [
      ['A', 'werkdruk', 'streef', 40],
      ['A', 'werkdruk', 'streef', 44, { origin: 'e-file' }],
    ]);
    expect(down).toMatchObject({ target: 40, status: 'kwaliteitsagenda' });
    expect(down.ignored[0]).toMatchObject({ value: 44, reason: 'minder-ambitieus', ref: { file: 'waarden.csv', line: 3 } });
    const better = decide(low, [
      ['A', 'werkdruk', 'streef', 37],
      ['A', 'werkdruk', 'streef', 33, { origin: 'e-file' }],
    ]);
    expect(better).toMatchObject({ original: 37, target: 33, status: 'opwaarts' });
  });

  it('ignores a target that cannot be meant', () => {
    // 0 for a higher-is-better percentage is a placeholder: the quality-agenda target stays.
    const zero = decide(pct, [
      ['A', 'tevreden', 'streef', 50],
      ['A', 'tevreden', 'streef', 0, { origin: 'e-file' }],
    ]);
    expect(zero).toMatchObject({ target: 50, status: 'kwaliteitsagenda' });
    expect(zero.ignored).toEqual([expect.objectContaining({ value: 0, reason: 'onmogelijk', reasonText: msg.zeroTarget('procent') })]);
    expect(zero.counts).toMatchObject({ impossibleIgnored: 1, downwardIgnored: 0 });

    // An impossible quality-agenda target counts as no target: the e-file target is then new.
    const bad = decide(pct, [
      ['A', 'tevreden', 'streef', 0],
      ['A', 'tevreden', 'streef', 55, { origin: 'e-file-2025' }],
    ]);
    expect(bad).toMatchObject({ original: null, target: 55, status: 'nieuw' });
    expect(bad.counts).toMatchObject({ original: 0, impossibleIgnored: 1, newUsed: 1 });
  });

  it('knows each unit range; 0 for lower-is-better is allowed', () => {
    const grade = indicator('cijfer', 'cijfer', 'hoger_beter');
    expect(impossibleTarget(grade, 0)).toBe(msg.outOfRange(0, 'cijfer'));
    expect(impossibleTarget(grade, 10.5)).toBe(msg.outOfRange(10.5, 'cijfer'));
    expect(impossibleTarget(grade, 7.2)).toBeNull();
    expect(impossibleTarget(pct, 100.5)).toBe(msg.outOfRange(100.5, 'procent'));
    expect(impossibleTarget(indicator('vsv', 'aantal', 'lager_beter'), -1)).toBe(msg.outOfRange(-1, 'aantal'));
    expect(impossibleTarget(indicator('vsv', 'aantal', 'lager_beter'), 0)).toBeNull();
    expect(impossibleTarget(low, 0)).toBeNull();
    expect(msg.outOfRange(100.5, 'procent')).toBe('streefwaarde 100,5 ligt buiten het bereik van de eenheid procent (0 tot en met 100)');
  });

  it('applies several e-file revisions in herkomst order, whatever the row order', () => {
    // 40 (agenda) → e-file-2024: 36 (more ambitious, used) → e-file-2025: 38 (less than 36, ignored).
    const d = decide(low, [
      ['A', 'werkdruk', 'streef', 38, { origin: 'e-file-2025' }],
      ['A', 'werkdruk', 'streef', 40],
      ['A', 'werkdruk', 'streef', 36, { origin: 'e-file-2024' }],
    ]);
    expect(d).toMatchObject({ original: 40, target: 36, targetOrigin: 'e-file-2024', status: 'opwaarts' });
    expect(d.ignored.map((i) => [i.origin, i.value, i.inForce])).toEqual([['e-file-2025', 38, 36]]);
    expect(d.counts).toMatchObject({ original: 1, upwardUsed: 1, downwardIgnored: 1, inForce: 1 });
  });

  it('treats an equal revision as no change and lets the latest revision of a neutraal indicator apply', () => {
    const same = decide(pct, [
      ['A', 'tevreden', 'streef', 50],
      ['A', 'tevreden', 'streef', 50, { origin: 'e-file' }],
    ]);
    expect(same).toMatchObject({ target: 50, status: 'kwaliteitsagenda', ignored: [] });
    expect(same.counts.unchanged).toBe(1);
    const neutral = indicator('aandeel-bbl', 'procent', 'neutraal');
    const n = decide(neutral, [
      ['A', 'aandeel-bbl', 'streef', 30],
      ['A', 'aandeel-bbl', 'streef', 25, { origin: 'e-file' }],
    ]);
    expect(n).toMatchObject({ target: 25, status: 'gewijzigd' });
    expect(n.counts.neutralChanged).toBe(1);
  });
});

describe('targets in Results', () => {
  const results = computeResults(
    snapshot({
      indicators: [pct, low],
      institutions: institutions('A', 'B', 'C', 'D'),
      values: [
        ['A', 'tevreden', 'start', 40],
        ['A', 'tevreden', 'streef', 50],
        ['A', 'tevreden', 'streef', 55, { origin: 'e-file' }],
        ['B', 'tevreden', 'start', 30],
        ['B', 'tevreden', 'streef', 45],
        ['B', 'tevreden', 'streef', 40, { origin: 'e-file' }],
        ['C', 'tevreden', 'start', 35],
        ['C', 'tevreden', 'streef', 0, { origin: 'e-file' }],
        ['D', 'werkdruk', 'start', 50],
        ['D', 'werkdruk', 'streef', 42, { origin: 'e-file' }],
      ],
    }),
    null,
  );

  it('counts every outcome per indicator and in total', () => {
    expect(results.indicators.tevreden!.targetCounts).toMatchObject({
      original: 2,
      newUsed: 0,
      upwardUsed: 1,
      downwardIgnored: 1,
      impossibleIgnored: 1,
      inForce: 2,
    });
    expect(results.indicators.werkdruk!.targetCounts).toMatchObject({ newUsed: 1, inForce: 1 });
    expect(results.targetCounts).toMatchObject({ original: 2, newUsed: 1, upwardUsed: 1, downwardIgnored: 1, impossibleIgnored: 1, inForce: 3 });
    expect(results.method.targets).toEqual(results.targetCounts);
  });

  it('lists every ignored target with its source line, and leaves C without a target', () => {
    expect(results.buildReport.ignoredTargets.map((i) => [i.institutionId, i.value, i.reason, i.ref.line])).toEqual([
      ['B', 40, 'minder-ambitieus', 7],
      ['C', 0, 'onmogelijk', 9],
    ]);
    const rows = results.sector.tevreden!.totaal!.rows;
    expect(rows.map((r) => [r.institutionId, r.targetOriginal, r.target, r.ambition])).toEqual([
      ['A', 50, 55, 15],
      ['B', 45, 45, 15],
      ['C', null, null, null],
    ]);
    // D: lower is better, 50 → 42: ambition −8 points, improvement ambition +8.
    expect(results.sector.werkdruk!.totaal!.rows[0]).toMatchObject({ ambition: -8, improvement: 8, targetStatus: 'nieuw' });
  });
});

// Seed 003 Tabel 1.2 (L338-380) shows beside its rule what the mean target would be without the e-file, with new
// targets only, with every revision and with new and raised ones (the rule); 003:L326-329 gives the rule.
describe('what the revisions do to the mean target (seed 003 Tabel 1.2)', () => {
  const results = computeResults(
    snapshot({
      indicators: [pct],
      institutions: institutions('A', 'B', 'C', 'D', 'E'),
      values: [
        ['A', 'tevreden', 'streef', 40],
        ['A', 'tevreden', 'streef', 50, { origin: 'e-file' }], // raised: counts
        ['B', 'tevreden', 'streef', 60],
        ['B', 'tevreden', 'streef', 30, { origin: 'e-file' }], // lowered: not under the rule
        ['C', 'tevreden', 'streef', 50],
        ['D', 'tevreden', 'streef', 70, { origin: 'e-file' }], // new
        ['E', 'tevreden', 'streef', 45],
        ['E', 'tevreden', 'streef', 0, { origin: 'e-file' }], // cannot be meant: ignored under every rule
      ],
    }),
    null,
  );
  const revisions = results.sector.tevreden!.totaal!.revisions!;

  it('counts raised, lowered and new targets against the quality agenda', () => {
    expect(revisions).toMatchObject({ agenda: 4, raised: 1, lowered: 1, added: 1 });
  });

  it('gives the mean target under each rule (by hand)', () => {
    // Agenda: (40 + 60 + 50 + 45) / 4 = 48,75; with new: + D 70 → 265 / 5 = 53;
    // all revisions: 50, 30, 50, 70, 45 → 245 / 5 = 49; the rule: 50, 60, 50, 70, 45 → 275 / 5 = 55.
    expect(revisions.meanAgenda).toBeCloseTo(48.75, 10);
    expect(revisions.meanWithNew).toBeCloseTo(53, 10);
    expect(revisions.meanAllRevisions).toBeCloseTo(49, 10);
    expect(revisions.meanRule).toBeCloseTo(55, 10);
    expect(revisions.meanRule).toBeCloseTo(results.sector.tevreden!.totaal!.target!.mean, 10);
  });

  it('sums up for the method text: the rule gives the more favourable mean, 55 against 49 (6 points)', () => {
    expect(results.method.revisionEffect).toMatchObject({ revised: 1, lessFavourable: 1, largest: { indicatorId: 'tevreden', breakdown: 'totaal' } });
    expect(results.method.revisionEffect.largest!.difference).toBeCloseTo(6, 10);
  });
});
