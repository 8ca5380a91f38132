// All institution-level values (waarden.csv) of the world: one generator per indicator profile, plus the
// vsv share computed from the vsv count so the two never disagree.
import { generateCount } from './counts.ts';
import { INDICATORS } from './indicators.ts';
import type { WorldInstitution } from './institutions.ts';
import { generateLevel, roundTo } from './levels.ts';
import type { Money } from './money.ts';
import { PROFILES } from './profiles.ts';
import type { Random } from './random.ts';
import type { WorldValue } from './types.ts';

export function generateValues(institutions: readonly WorldInstitution[], money: Money, rng: Random): WorldValue[] {
  const values: WorldValue[] = [];
  const derived: { indicator: string; from: string }[] = [];
  for (const indicator of INDICATORS) {
    const profile = PROFILES[indicator.id];
    if (!profile) continue; // a national indicator: only series in reeksen.csv
    const stream = rng.fork(`indicator:${indicator.id}`);
    if (profile.kind === 'level') values.push(...generateLevel(indicator, profile, institutions, money, stream));
    else if (profile.kind === 'count') values.push(...generateCount(indicator, profile.model, institutions, stream));
    else derived.push({ indicator: indicator.id, from: profile.from });
  }
  const students = new Map(institutions.map((i) => [i.id, i.students]));
  for (const { indicator, from } of derived) {
    for (const v of values.filter((x) => x.indicator === from)) {
      values.push({ ...v, indicator, value: roundTo((v.value / students.get(v.institution)!) * 100, 2) });
    }
  }
  return withScoreSd(values, rng.fork('sd'));
}

/**
 * A measured score (1–10) with respondents also gets the standard deviation of their answers, so the report can
 * give its margin (1,96·sd/√n). Plausible for a satisfaction grade: 1,1 to 1,7. Drawn from a stream of its own per
 * row, so the other values do not move.
 */
function withScoreSd(values: readonly WorldValue[], rng: Random): WorldValue[] {
  const scores = new Set(INDICATORS.filter((i) => i.unit === 'cijfer').map((i) => i.id));
  return values.map((v) =>
    scores.has(v.indicator) && v.kind === 'realisatie' && v.n !== null
      ? { ...v, sd: roundTo(rng.fork(`${v.institution}/${v.indicator}/${v.breakdown}/${v.year}/${v.origin}`).uniform(1.1, 1.7), 2) }
      : v,
  );
}
