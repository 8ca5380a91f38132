// Rendering a Figure to its static SVG without a browser: Vega-Lite → Vega (warnings captured), a headless
// vega View with the nl-NL locale and the report font's metrics, then the accessibility/embedding passes.
// Deterministic: same Figure → same bytes (vega's def-id counters are reset before every render).
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Log } from '../lib/log.ts';
import { installFontMetrics } from './measure.ts';
import { finishSvg } from './svg.ts';
import { NUMBER_LOCALE, TIME_LOCALE } from './theme.ts';
import type { Figure, RenderedFigure } from './types.ts';

/**
 * A vega-util LoggerInterface that collects messages instead of printing them. Vega calls these methods
 * detached from the object, so they are arrow functions over a shared array.
 */
function collectingLogger() {
  const messages: string[] = [];
  let current = 2; // vega's Warn level
  const logger = {
    messages,
    level: (level?: number) => {
      if (level === undefined) return current;
      current = level;
      return logger;
    },
    error: (...args: unknown[]) => (messages.push(`fout: ${args.map(String).join(' ')}`), logger),
    warn: (...args: unknown[]) => (messages.push(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

export interface CompiledSpec {
  readonly vega: vega.Spec;
  /** Vega-Lite compiler warnings; a correct builder produces none. */
  readonly warnings: readonly string[];
}

export function compileSpec(spec: TopLevelSpec): CompiledSpec {
  const logger = collectingLogger();
  // The compiler treats its input as read-only, but we pass a deep copy so the Figure's spec stays untouched.
  const result = compile(structuredClone(spec), { logger: logger as never });
  return { vega: result.spec as vega.Spec, warnings: logger.messages };
}

export interface SvgResult {
  /** vega's SVG markup, before the accessibility passes. */
  readonly svg: string;
  readonly warnings: readonly string[];
}

/** Compile and render one spec to raw SVG markup. */
export async function renderSpec(spec: TopLevelSpec): Promise<SvgResult> {
  installFontMetrics();
  const compiled = compileSpec(spec);
  const logger = collectingLogger();
  const view = new vega.View(vega.parse(compiled.vega), {
    renderer: 'none',
    logger: logger as never,
    // The View constructor accepts locale definitions ({number, time}); vega-typings call it LocaleFormatters.
    locale: { number: NUMBER_LOCALE, time: TIME_LOCALE } as never,
  });
  try {
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    return { svg, warnings: [...compiled.warnings, ...logger.messages] };
  } finally {
    view.finalize();
  }
}

/** The static SVG for a figure; tables and empty figures have none. */
export async function renderFigure(figure: Figure, log?: Log): Promise<RenderedFigure> {
  if (figure.type === 'table' || !figure.spec || figure.emptyReason) return { ...figure, svg: null, svgNarrow: null };
  const label = { id: figure.id, title: figure.title, description: figure.alt };
  const { svg, warnings } = await renderSpec(figure.spec);
  for (const warning of warnings) log?.warn(`figuur ${figure.id}: ${warning}`);
  let svgNarrow: string | null = null;
  if (figure.narrowSpec) {
    const narrow = await renderSpec(figure.narrowSpec);
    for (const warning of narrow.warnings) log?.warn(`figuur ${figure.id} (smal): ${warning}`);
    // Both variants sit on one page, so the narrow one's ids get their own prefix.
    svgNarrow = finishSvg(narrow.svg, { ...label, id: `${figure.id}-smal`, narrow: true });
  }
  let svgPrint: string | null = null;
  if (figure.printSpec) {
    const print = await renderSpec(figure.printSpec);
    for (const warning of print.warnings) log?.warn(`figuur ${figure.id} (druk): ${warning}`);
    svgPrint = finishSvg(print.svg, { ...label, id: `${figure.id}-druk` });
  }
  return { ...figure, svg: finishSvg(svg, label), svgNarrow, ...(svgPrint ? { svgPrint } : {}) };
}

/**
 * Render figures one after another, in input order: about 25 ms of CPU per chart with its phone variant. A
 * worker thread rendering beside this one was measured (2026-11-30, 694 figures on 2 cores): 15,5 s instead of
 * 17,9 s, for 300 MB more peak memory (a second vega and a copy of every figure); V8's garbage collector already
 * keeps the second core half busy. Not worth it.
 */
export async function renderFigures(figures: readonly Figure[], log?: Log): Promise<RenderedFigure[]> {
  const rendered: RenderedFigure[] = [];
  for (const figure of figures) rendered.push(await renderFigure(figure, log));
  return rendered;
}
