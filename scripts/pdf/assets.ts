// Where the print edition's own assets come from when they are served straight from the repository (tests,
// or a print before the site has copied them): the print stylesheet and the Source Sans 3 font files.
import { join } from 'node:path';
import type { Mount } from '../lib/static-server.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const PRINT_CSS_DIR = join(REPO_ROOT, 'templates', 'assets', 'css');
export const FONT_DIR = join(REPO_ROOT, 'node_modules', '@fontsource', 'source-sans-3', 'files');

/** `/assets/css/` (fonts.css, print.css) and `/assets/fonts/*.woff2`, the URLs the print edition uses. */
export function printAssetMounts(): Mount[] {
  return [
    { prefix: '/assets/css/', dir: PRINT_CSS_DIR },
    { prefix: '/assets/fonts/', dir: FONT_DIR },
  ];
}
