// Where the site stage finds its inputs: the project root (templates, Eleventy config) and node_modules.
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const TEMPLATES_DIR = join(PROJECT_ROOT, 'templates');
export const ELEVENTY_CONFIG = join(PROJECT_ROOT, '.eleventy.js');
export const NODE_MODULES = join(PROJECT_ROOT, 'node_modules');
/** The interactive-figure script (owned by the figures stage); charts are enhanced only when it exists. */
export const FIGURE_EMBED_SCRIPT = join(TEMPLATES_DIR, 'assets', 'js', 'figure-embed.js');
