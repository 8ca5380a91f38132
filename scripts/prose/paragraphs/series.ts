// National series (real, published figures): what stands out about a series — a turning point, a step the wrong way,
// a national goal and the way to it. What every series has (first and latest value, the last step, the source) is a
// row of the goal's table "Landelijke cijfers per reeks" (series-tables.ts). One paragraph per series covers all its
// breakdowns; null when nothing stands out.
import type { SeriesResult, Unit } from '../../compute/types.ts';
import { formatMeasured, formatMeasuredDifference } from '../../lib/units.ts';
import { indexPath, paragraph, piece, type Writer } from '../builder.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Paragraph } from '../types.ts';
import { quoted } from '../wording.ts';
import { findingsOf } from '../../findings/root.ts';
import { yearly } from '../../findings/rules/series.ts';
import { paceSentence } from '../findings/series.ts';

export function seriesParagraphId(slug: string): string {
  return `reeks-${slug}`;
}

/** Keyed by series slug, in the order of `results.series`. */
export function writeSeries(w: Writer): Record<string, Paragraph> {
  const bySlug = new Map<string, SeriesResult[]>();
  for (const s of w.results.series) bySlug.set(s.series, [...(bySlug.get(s.series) ?? []), s]);
  const out: Record<string, Paragraph> = {};
  for (const [slug, items] of bySlug) {
    const p = seriesParagraph(w, slug, items);
    if (p) out[slug] = p;
  }
  return out;
}

function seriesParagraph(w: Writer, slug: string, items: readonly SeriesResult[]) {
  const main = items.find((s) => s.breakdown === 'totaal') ?? items[0]!;
  const findings = findingsOf(w.results);
  const trend = findings?.series[slug] ?? null;
  const path = (s: SeriesResult) => indexPath('series', w.results.series, s);
  const val = (p: string, unit: Unit) => w.fact(p, formatMeasured(w.value(p), unit));
  const at = (s: SeriesResult, i: number) => piece(val(`${path(s)}.points.${i}.value`, s.unit), ' in ', s.points[i]!.period);
  // The breakdown is named unless the series name already says it (`… bbl (JOB-monitor)`).
  const named = main.breakdown === 'totaal' || main.name.toLowerCase().includes(main.breakdown.toLowerCase());
  const scope = named ? '' : ` voor ${main.breakdown}`;
  const name = quoted(main.name);
  const sentences = [];
  const n = main.points.length;
  // First, latest value, the last step, the goal and the source of every series are a row of the table
  // "Landelijke cijfers per reeks" (series-tables.ts); the chart shows the values in between. The paragraph keeps
  // what stands out, unless the chart's finding title already says it (summary.ts: a goal path or a turning point).
  const titled = findings?.items.some((f) => f.figureId === figureIds.series(slug) && f.rule === 'landelijke-reeks' && f.kind === 'landelijk-keerpunt') ?? false;
  const step = trend?.latestMovement ?? null;
  if (trend && step && step !== 'gelijk' && trend.turnAfter > 0 && !titled) {
    const tp = `findings.series.${slug}`;
    const last = at(main, n - 1);
    const before = step === 'stijging' ? 'daling' : 'stijging';
    const size = w.fact(`${tp}.latestChange`, formatMeasuredDifference(trend.latestChange!, main.unit));
    const unit = yearly(main) ? 'jaar' : 'metingen';
    sentences.push(
      trend.turnRun > 1
        ? w.s`De ${before} van ${name}${scope} is voorbij: na ${w.count(`${tp}.turnAfter`)} ${unit} ${before} volgden ${w.count(`${tp}.turnRun`)} ${unit} ${step}, in ${trend.latestPeriod!} met ${size} tot ${last}.`
        : w.s`In ${trend.latestPeriod!} kwam er een einde aan de ${before} van ${name}${scope}: na ${w.count(`${tp}.turnAfter`)} ${unit} ${before} een ${step} van ${size} tot ${last}.`,
    );
  } else if (trend?.latestWorse && trend.turnAfter === 0 && main.nationalGoals.length === 0) {
    // A step the wrong way (rule "landelijke-reeks": `latestWorse`, beyond the rounding of the published values).
    sentences.push(w.s`Bij ${name}${scope} ging de laatste meting de verkeerde kant op: van ${at(main, n - 2)} naar ${at(main, n - 1)}.`);
  }
  for (const [i, goal] of main.nationalGoals.entries()) {
    const p = `${path(main)}.nationalGoals.${i}`;
    const last = main.last;
    const where = last === null ? '' : last.value > goal.value ? 'daarboven' : last.value < goal.value ? 'daaronder' : 'daar precies op';
    const judged = trend?.goalPath?.goalIndex === i ? trend.goalPath : null;
    const side = last === null ? '' : `; de laatst bekende waarde ligt ${where}${judged?.reached ? ', het doel is daarmee gehaald' : ''}`;
    sentences.push(w.s`Het landelijke doel is ${val(`${p}.value`, main.unit)} in ${w.year(`${p}.year`)} (${goal.source})${side}.`);
    if (judged) sentences.push(paceSentence(w, main, path(main), i, judged));
    const onPath = trend?.goalPath && trend.goalPath.goalIndex === i && trend.goalPath.pathValue !== null ? trend.goalPath : null;
    if (onPath) {
      const tp = `findings.series.${slug}.goalPath.pathValue`;
      sentences.push(w.s`Op een rechte lijn van de eerste meting naar dat doel zou de reeks nu op ${w.level(tp, main.unit)} liggen; ${onPath.ahead! >= 0 ? 'ze ligt daarmee op of voor die lijn' : 'ze ligt daar achter'}.`);
    }
  }
  // That these are published national figures, not data of institutions, the figure's note and the method say once.
  return paragraph(seriesParagraphId(slug), ...sentences);
}
