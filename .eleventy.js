// Eleventy wiring only: directories, Nunjucks with autoescape, filters and watch
// targets. Content and data come from the site stage (scripts/site/render.ts) as global data.
import { join } from 'node:path';
import filters from './templates/_config/filters.js';

// Paths are anchored at this file, so the site builds from any working directory.
const root = import.meta.dirname;

export default function (eleventyConfig) {
  // Tiny, pure display filters live in their own plugin module.
  eleventyConfig.addPlugin(filters);

  // Every `{{ }}` is HTML-escaped; only trusted markup (editor HTML, figure SVG) is marked `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });

  // Stylesheets, scripts, images, fonts and vendor scripts are copied by the site stage (scripts/site/assets.ts),
  // not by passthrough copy: Eleventy keeps copying after a failed template and would write into a removed folder.

  // `npm run serve` rebuilds when templates or styles change.
  eleventyConfig.addWatchTarget(join(root, 'templates/assets/'));

  // The site stage reports progress itself through its Log.
  eleventyConfig.setQuietMode(true);
}

export const config = {
  dir: {
    input: join(root, 'templates'),
    includes: '_includes',
    data: '_data',
  },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
