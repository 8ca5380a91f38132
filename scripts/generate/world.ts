// One generator run: institutions, then money (the spending feeds one planted effort relation), then values
// and e-file answers. Each part draws from its own forked stream of the one seed.
import { generateEfile } from './efile.ts';
import { generateInstitutions } from './institutions.ts';
import { generateMoney } from './money.ts';
import { Random } from './random.ts';
import type { World } from './types.ts';
import { generateValues } from './values.ts';

export const MIN_INSTITUTIONS = 10;

export function generateWorld(size: number, seed: number): World {
  if (!Number.isInteger(size) || size < MIN_INSTITUTIONS) throw new Error(`size must be an integer >= ${MIN_INSTITUTIONS}`);
  const rng = Random.seeded(seed);
  const institutions = generateInstitutions(size, rng.fork('institutions'));
  const money = generateMoney(institutions, rng.fork('money'));
  const values = generateValues(institutions, money, rng.fork('values'));
  const { measureUse, judgements } = generateEfile(institutions, money, rng.fork('efile'));
  return { seed, size, institutions, values, money, measureUse, judgements };
}
