// Display filters for the templates: tiny, pure and safe on missing input. Numbers and dates arrive
// already formatted from the site stage, so nothing here formats or computes results.

/** The first `n` items of a list; [] for anything that is not a list. */
export function head(list, n) {
  if (!Array.isArray(list)) return [];
  return n < 0 ? list.slice(n) : list.slice(0, n);
}

/** `aria-current` value for a navigation item: 'page', 'true' or '' (attribute left out). */
export function ariaCurrent(value) {
  return value === 'page' || value === 'true' ? value : '';
}

/** A CSS modifier class from a kind or type, e.g. `page--goal`; '' when there is none. */
export function modifier(value, block) {
  return typeof value === 'string' && /^[a-z0-9-]+$/.test(value) ? `${block}--${value}` : '';
}

export default function (eleventyConfig) {
  eleventyConfig.addFilter('head', head);
  eleventyConfig.addFilter('ariaCurrent', ariaCurrent);
  eleventyConfig.addFilter('modifier', modifier);
}
