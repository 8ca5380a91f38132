// The generator's one public function: the files of the edition at the asked peildatum and of every previous
// edition it leads back to (each names the one before as `vorige`), all from the same world, so they are consistent.
import { editionChain, editionFiles } from './edition.ts';
import type { CsvDialect } from '../lib/csv.ts';
import { generateWorld } from './world.ts';

export { MIN_INSTITUTIONS } from './world.ts';
export { FIRST_EDITION_YEAR } from './edition.ts';

export interface GenerateOptions {
  /** Institutions in the current edition. */
  readonly institutions: number;
  readonly seed: number;
  /** Reference date (ISO) of the edition; its year is the report year. */
  readonly peildatum: string;
  readonly dialect: CsvDialect;
}

export interface GeneratedEdition {
  /** Folder name, e.g. `2025-11-01`. */
  readonly name: string;
  /** File name → file text. */
  readonly files: ReadonlyMap<string, string>;
}

/** The bundled editions in data/snapshots/ are exactly this output. */
export const BUNDLED: GenerateOptions = { institutions: 55, seed: 2023, peildatum: '2025-11-01', dialect: 'en' };

export function generateEditions(options: GenerateOptions): GeneratedEdition[] {
  const world = generateWorld(options.institutions, options.seed);
  return editionChain(options.peildatum).map((s) => ({ name: s.name, files: editionFiles(world, s, options.dialect) }));
}
