// The offline search index: pagefind reads the built pages (only what is marked data-pagefind-body)
// and writes its index and scripts to /pagefind/, which /zoeken/ loads.
import { join } from 'node:path';
import { ReportError } from '../lib/errors.ts';
import { withTimeout } from '../lib/timeout.ts';

/**
 * The index is Dutch (the pages say `<html lang="nl">`; forced so one index covers every page): pagefind then
 * stems Dutch words (instellingen → instelling). The price: a partly typed word whose stem is not a prefix of
 * the indexed stems finds nothing ("begel"; pagefind issue #291), while "stagebeg" still finds
 * "stagebegeleiding". Abbreviations and their expansions are added per page by search-terms.ts.
 */
export const INDEX_LANGUAGE = 'nl';

export async function writeSearchIndex(outDir: string, timeoutMs = 120_000): Promise<number> {
  const pagefind = await import('pagefind');
  const run = async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (!index) throw new ReportError(`pagefind kon geen index maken: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new ReportError(`pagefind kon de pagina’s niet lezen: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new ReportError(`pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
    return added.page_count;
  };
  try {
    return await withTimeout(run(), timeoutMs, 'pagefind (de zoekindex)');
  } finally {
    await pagefind.close();
  }
}
