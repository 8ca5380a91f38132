// A time limit on any step that could hang (Chromium, Eleventy, pagefind): it fails with a Dutch message
// instead of spinning. The timer never keeps Node alive.
import { ReportError } from './errors.ts';

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string, hint?: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReportError(`${what} duurde langer dan ${Math.round(ms / 1000)} seconden en is afgebroken`, hint)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
