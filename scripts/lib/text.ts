// Text that betrays a template bug: the markers no generated sentence, and no input name that ends up in one, may
// contain. The prose Writer refuses a sentence with one, the fact check reports one, and the snapshot check
// refuses an input cell with one (so the build does not stop later on an editor's name).

export const FORBIDDEN = ['undefined', 'NaN', 'null', '[object', '{{', '}}'] as const;

/**
 * The first marker of a broken template in `text`, or null. The words (`undefined`, `NaN`, `null`) count only as
 * whole words, so Dutch text such as "nullijn" passes; the others anywhere.
 */
export function forbiddenMarker(text: string): string | null {
  return forbiddenMarkers(text)[0] ?? null;
}

/** Every marker of a broken template in `text`, in the order of FORBIDDEN. */
export function forbiddenMarkers(text: string): string[] {
  return FORBIDDEN.filter((bad) => (/^[A-Za-z]+$/.test(bad) ? new RegExp(`\\b${bad}\\b`).test(text) : text.includes(bad)));
}
