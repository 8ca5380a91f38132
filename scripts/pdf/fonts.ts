// The PDF must carry Source Sans 3 itself, never a system fallback: wait until every font face the page
// declared has loaded (or failed), and stop when the body font did not load.
import type { Page } from 'puppeteer-core';
import { ReportError } from '../lib/errors.ts';
import { withTimeout } from '../lib/timeout.ts';

export const FONT_FAMILY = 'Source Sans 3';

export interface FontFaceState {
  readonly family: string;
  readonly weight: string;
  readonly style: string;
  readonly status: string;
}

/** Problems with the loaded faces, in Dutch; empty when the body font is there. */
export function fontProblems(faces: readonly FontFaceState[]): string[] {
  const ours = faces.filter((f) => f.family.replace(/["']/g, '') === FONT_FAMILY);
  const problems = faces.filter((f) => f.status === 'error').map((f) => `${f.family} ${f.weight} ${f.style} kon niet worden geladen`);
  if (!ours.some((f) => f.status === 'loaded')) problems.push(`${FONT_FAMILY} is niet geladen (geen @font-face of het bestand ontbreekt)`);
  return problems;
}

export async function waitForFonts(page: Page, timeoutMs: number): Promise<FontFaceState[]> {
  const faces = await withTimeout(
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => ({ family: f.family, weight: f.weight, style: f.style, status: f.status as string }));
    }),
    timeoutMs,
    'wachten op de lettertypen',
  );
  const problems = fontProblems(faces);
  if (problems.length > 0) {
    throw new ReportError(`lettertype ontbreekt in de printversie: ${problems.join('; ')}`, 'De PDF moet Source Sans 3 insluiten; controleer de @font-face-regels in print.css en of /assets/fonts/ wordt geserveerd.');
  }
  return faces;
}
