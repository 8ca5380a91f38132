// The generator's one public function: the files of the asked edition and, for the current edition, of the
// previous one it names as `vorige` (both from the same world, so they are consistent).
import type { EditionYear } from './edition.ts';
import { EDITIONS, editionFiles } from './edition.ts';
import type { CsvDialect } from '../lib/csv.ts';
import { generateWorld } from './world.ts';

export { MIN_INSTITUTIONS } from './world.ts';
export type { EditionYear } from './edition.ts';

export interface GenerateOptions {
  /** Institutions in the current edition. */
  readonly institutions: number;
  readonly seed: number;
  readonly edition: EditionYear;
  readonly dialect: CsvDialect;
}

export interface GeneratedEdition {
  /** Folder name, e.g. `2025-11-01`. */
  readonly name: string;
  /** File name → file text. */
  readonly files: ReadonlyMap<string, string>;
}

/** The bundled editions in data/snapshots/ are exactly this output. */
export const BUNDLED: GenerateOptions = { institutions: 55, seed: 2023, edition: 2025, dialect: 'en' };

export function generateEditions(options: GenerateOptions): GeneratedEdition[] {
  const world = generateWorld(options.institutions, options.seed);
  const spec = EDITIONS[options.edition];
  const specs = spec.previous ? [spec, EDITIONS[2024]] : [spec];
  return specs.map((s) => ({ name: s.name, files: editionFiles(world, s, options.dialect) }));
}
