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
  return values;
}
