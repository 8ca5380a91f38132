// Shared checks for the figure tests: JSON-schema validation of specs, rendering with warnings captured,
// and counting the items vega drew per mark type in the final SVG.
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { TopLevelSpec } from 'vega-lite';
import { compileSpec, renderSpec } from '../../scripts/figures/render.ts';
import { finishSvg } from '../../scripts/figures/svg.ts';
import type { Figure } from '../../scripts/figures/types.ts';

const require = createRequire(import.meta.url);
let validator: ((spec: unknown) => boolean) & { errors?: unknown } | null = null;

/** Errors of the spec against vega-lite's own JSON schema (empty when valid). */
export function schemaErrors(spec: TopLevelSpec): string[] {
  if (!validator) {
    // ajv comes with html-validate (a devDependency); the schema ships with vega-lite.
    const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false });
    validator = ajv.compile(require('vega-lite/vega-lite-schema.json')) as never;
  }
  const ok = validator!(JSON.parse(JSON.stringify(spec)));
  return ok ? [] : ((validator!.errors as { instancePath: string; message: string }[]) ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Compile + render; returns the finished SVG and every vega-lite/vega warning. */
export async function renderChecked(figure: Figure): Promise<{ svg: string; warnings: readonly string[] }> {
  if (!figure.spec) throw new Error(`figure ${figure.id} has no spec`);
  const compiled = compileSpec(figure.spec);
  const { svg, warnings } = await renderSpec(figure.spec);
  return { svg: finishSvg(svg, { id: figure.id, title: figure.title, description: figure.alt }), warnings: [...compiled.warnings, ...warnings] };
}

/**
 * Items drawn by marks of a type (`symbol`, `rect`, `rule`, `text`, `line`, `area`), excluding axes and
 * legends: vega puts each mark's items in `<g class="mark-<type> role-mark …">`.
 */
export function countMarks(svg: string, type: string): number {
  const tag = type === 'rule' ? '<line' : type === 'text' ? '<text' : '<path';
  let count = 0;
  for (const m of svg.matchAll(new RegExp(`<g class="mark-${type} role-mark[^"]*">(.*?)</g>`, 'g'))) {
    count += m[1]!.split(tag).length - 1;
  }
  return count;
}

/** Text content of every <text> element, for checking labels. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}
