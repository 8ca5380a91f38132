// The invented institution data resemble the published sector figures (seeds 000 and 003): means, sums,
// catch-up relations, the typology, budgets and the awkward cases the computation has to handle.
import { afterAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../scripts/snapshot/types.ts';
import { generateAndLoad, removeWritten } from './editions.ts';
import * as S from './sector.ts';

afterAll(removeWritten);
const s: Snapshot = generateAndLoad({ institutions: 55, seed: 2023, peildatum: '2025-11-01', dialect: 'en' }).current;
const indicator = (id: string) => s.indicators.find((i) => i.id === id)!;
const meanOf = (m: Map<string, number>) => S.mean([...m.values()]);

describe('sector means of start values and quality-agenda targets', () => {
  // [indicator, breakdown, start mean, target mean, tolerance]; locators in scripts/generate/profiles.ts.
  const cases: [string, string, number, number, number][] = [
    ['werkdruk', 'totaal', 41, 35, 0.3],
    ['lc-ld', 'totaal', 47, 56, 0.3],
    ['professionalisering', 'totaal', 6.8, 7.1, 0.03],
    ['rapportcijfer-starters', 'totaal', 7.8, 8.2, 0.03],
    ['rekenen', 'totaal', 42, 68, 0.3],
    ['nederlands-ce', 'totaal', 77, 87, 0.3],
    ['veiligheid-school', 'totaal', 82, 85, 0.3],
    ['stage-school-bol', 'totaal', 36, 47, 0.3],
    ['hulp-keuze', 'entree', 45, 47, 0.3],
    ['hulp-keuze', 'niveau 2', 40, 43, 0.3],
    ['hulp-keuze', 'niveau 3', 36, 42, 0.3],
    ['hulp-keuze', 'niveau 4', 32, 41, 0.3],
  ];
  it.each(cases)('%s (%s): start %d → target %d', (id, breakdown, start, target, tolerance) => {
    expect(Math.abs(meanOf(S.starts(s, id, breakdown)) - start)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(meanOf(S.agendaTargets(s, id, breakdown)) - target)).toBeLessThanOrEqual(tolerance);
  });

  it('puts the safety start above 80% and institutions from 30% to above 50% on workload, below 20 to above 70 on LC/LD', () => {
    expect(meanOf(S.starts(s, 'veiligheid-school'))).toBeGreaterThan(80);
    const werkdruk = [...S.starts(s, 'werkdruk').values()];
    expect(Math.min(...werkdruk)).toBeLessThan(32);
    expect(Math.max(...werkdruk)).toBeGreaterThan(50);
    const lcld = [...S.starts(s, 'lc-ld').values()];
    expect(Math.min(...lcld)).toBeLessThan(25);
    expect(Math.max(...lcld)).toBeGreaterThan(68);
  });

  it('averages +2 to about 69% for the training company, over bol and bbl', () => {
    const start = S.mean(['bol', 'bbl'].map((b) => meanOf(S.starts(s, 'stage-leerbedrijf', b))));
    const target = S.mean(['bol', 'bbl'].map((b) => meanOf(S.agendaTargets(s, 'stage-leerbedrijf', b))));
    expect(start).toBeCloseTo(67, 1);
    expect(target).toBeCloseTo(69, 1);
  });

  it('has the 2025 help-with-choice results of seed 003: entree above target, niveau 3 and 4 well below', () => {
    const job2025 = (b: string) =>
      S.mean(S.values(s, 'hulp-keuze', b).filter((v) => v.origin === 'job-2025' && (v.n ?? 0) >= 30).map((v) => v.value));
    const target = (b: string) => meanOf(S.effectiveTargets(s, indicator('hulp-keuze'), b));
    expect(job2025('entree')).toBeGreaterThan(target('entree'));
    expect(Math.abs(job2025('niveau 2') - target('niveau 2'))).toBeLessThan(3);
    expect(Math.abs(job2025('niveau 3') - 34)).toBeLessThan(2);
    expect(Math.abs(job2025('niveau 4') - 29)).toBeLessThan(2);
    expect(target('niveau 3') - job2025('niveau 3')).toBeGreaterThan(5);
    expect(target('niveau 4') - job2025('niveau 4')).toBeGreaterThan(9);
  });
});

describe('sector sums of counts', () => {
  it("adds up to about 30.000 new vsv'ers now and 19.300 targeted, against the national 18.000", () => {
    expect(S.sum([...S.starts(s, 'vsv').values()])).toBeCloseTo(30000, -2);
    const targets = S.effectiveTargets(s, indicator('vsv'));
    expect(targets.size).toBe(s.institutions.length);
    expect(Math.abs(S.sum([...targets.values()]) - 19300)).toBeLessThan(19300 * 0.03);
    expect(s.nationalGoals.find((g) => g.indicatorId === 'vsv')).toMatchObject({ year: 2026, value: 18000 });
  });

  it('has 76 practoraten in 2023 and an ambition of 141 for 2027', () => {
    expect(S.sum([...S.starts(s, 'practoraten').values()])).toBe(76);
    expect(S.sum([...S.agendaTargets(s, 'practoraten').values()])).toBe(141);
  });
});

describe('start–ambition relations', () => {
  const r = (id: string, b = 'totaal') => {
    const { start, ambition } = S.startAndAmbition(s, indicator(id), b);
    return { r: S.pearson(start, ambition), n: start.length };
  };
  /** |r| above which a Pearson correlation is significant at 5% (two-sided), via the t-distribution's normal limit. */
  const critical = (n: number) => 1.96 / Math.sqrt(n - 2 + 1.96 ** 2);

  it.each(['rekenen', 'werkdruk', 'lc-ld', 'professionalisering'])('shows significant catch-up for %s', (id) => {
    const { r: rho, n } = r(id);
    expect(rho).toBeLessThan(-critical(n));
  });

  it('shows no significant relation for the other percentage and grade indicators', () => {
    // Help with choice is left out: institutions using one target for every level make the lower levels
    // look like catching up, a known artefact of seed 003 (L892-893) that the data keep on purpose.
    const excluded = ['rekenen', 'werkdruk', 'lc-ld', 'professionalisering', 'hulp-keuze'];
    const others = s.indicators.filter((i) => (i.unit === 'procent' || i.unit === 'cijfer') && !excluded.includes(i.id));
    const breakdowns = (id: string) => [...new Set(s.values.filter((v) => v.indicatorId === id).map((v) => v.breakdown))];
    const checked = others.flatMap((i) => breakdowns(i.id).map((b) => ({ id: `${i.id} ${b}`, ...r(i.id, b) })));
    const tested = checked.filter((c) => c.n >= 10);
    expect(tested.length).toBeGreaterThanOrEqual(18);
    for (const c of tested) expect({ id: c.id, significant: Math.abs(c.r) > critical(c.n) }).toEqual({ id: c.id, significant: false });
  });
});

describe('institutions', () => {
  it('fall into all five types of the typology and into "geen uitgesproken profiel"', () => {
    const types = new Set(S.typology(s).values());
    expect([...types].sort()).toEqual(['geen', 'type 1', 'type 2', 'type 3', 'type 4', 'type 5']);
  });

  it('mix roc, aoc and vakinstellingen like the sector, with skewed sizes and the Randstad starting lower', () => {
    const kinds = (k: string) => s.institutions.filter((i) => i.kind === k).length;
    expect([kinds('roc'), kinds('aoc'), kinds('vakinstelling')]).toEqual([40, 10, 5]);
    const sizes = s.institutions.map((i) => i.students).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThanOrEqual(500);
    expect(sizes.at(-1)).toBeLessThanOrEqual(30000 * 1.5); // one absorbed a merged institution
    expect(S.mean(sizes)).toBeGreaterThan(sizes[Math.floor(sizes.length / 2)]!); // skewed to the right
    const type2 = [...S.typology(s)].filter(([, t]) => t === 'type 2').map(([id]) => s.institutions.find((i) => i.id === id)!);
    expect(type2.filter((i) => i.randstad).length / type2.length).toBeGreaterThan(
      s.institutions.filter((i) => i.randstad).length / s.institutions.length,
    );
  });
});

describe('money', () => {
  const total = S.sum(s.budgets.map((b) => b.amount));
  const share = (goal: string) => S.sum(s.budgets.filter((b) => b.goalId === goal).map((b) => b.amount)) / total;

  it('budgets about €2,3 miljard with the goal shares of seed 000', () => {
    expect(Math.abs(total - 2.3e9)).toBeLessThan(0.02 * 2.3e9);
    expect(share('1.3')).toBeCloseTo(0.18, 2);
    expect(share('3.3')).toBeCloseTo(0.21, 2);
    expect(share('3.4')).toBeCloseTo(0.07, 2);
    const smallest = s.goals.filter((g) => !g.isStagepact).sort((a, b) => share(a.id) - share(b.id)).slice(0, 3).map((g) => g.id);
    expect(smallest.sort()).toEqual(['1.1', '1.5', '3.2']);
  });

  it('spent mostly 20-30% of the 2.1 budget in 2024, some more', () => {
    const shares = s.spending
      .filter((x) => x.goalId === '2.1' && x.year === 2024)
      .map((x) => x.amount / s.budgets.find((b) => b.goalId === '2.1' && b.institutionId === x.institutionId)!.amount);
    expect(shares.filter((x) => x >= 0.2 && x < 0.3).length / shares.length).toBeGreaterThan(0.5);
    expect(shares.some((x) => x >= 0.3)).toBe(true);
  });
});

describe('cases the computation must handle', () => {
  const targets = s.values.filter((v) => v.kind === 'streef');

  it('has targets for about 85% of the start values, and e-file revisions of every kind', () => {
    const startsCount = s.values.filter((v) => v.kind === 'start').length;
    const agenda = targets.filter((v) => v.origin === 'kwaliteitsagenda').length;
    expect(agenda / startsCount).toBeGreaterThan(0.8);
    expect(agenda / startsCount).toBeLessThan(0.92);
    let added = 0;
    let upward = 0;
    let downward = 0;
    for (const e of targets.filter((v) => v.origin === 'e-file')) {
      const original = targets.find(
        (v) => v.origin === 'kwaliteitsagenda' && v.institutionId === e.institutionId && v.indicatorId === e.indicatorId && v.breakdown === e.breakdown,
      );
      const sign = indicator(e.indicatorId).direction === 'lager_beter' ? -1 : 1;
      if (!original) added++;
      else if (sign * (e.value - original.value) > 0) upward++;
      else downward++;
    }
    expect(Math.min(added, upward, downward)).toBeGreaterThan(10);
  });

  it('has an impossible e-file target of 0 for a satisfaction percentage', () => {
    const zero = targets.filter((v) => v.origin === 'e-file' && v.value === 0);
    expect(zero.length).toBeGreaterThan(0);
    for (const v of zero) expect(indicator(v.indicatorId)).toMatchObject({ unit: 'procent', direction: 'hoger_beter' });
  });

  it('has 29 institutions in the interim JOB measurement of 2025 and realised values below min_n', () => {
    expect(new Set(s.values.filter((v) => v.origin === 'job-2025').map((v) => v.institutionId)).size).toBe(29);
    const small = s.values.filter((v) => v.kind === 'realisatie' && v.n !== null && v.n < 30);
    expect(small.length).toBeGreaterThan(10);
    expect(small.some((v) => v.breakdown === 'bbl')).toBe(true);
    expect(small.some((v) => v.breakdown === 'entree')).toBe(true);
  });

  it('marks the four earmarked measures (and the one seed 003 adds) as mandatory', () => {
    expect(s.measures.filter((m) => m.mandatory).map((m) => m.id).sort()).toEqual(
      ['2.1-lob', '2.2-professionalisering-stagebeleid', '2.2-studenten-informeren', '3.3-carriereperspectief', '3.4-practoraten'].sort(),
    );
  });
});
