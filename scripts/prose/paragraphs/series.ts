// National series (real, published figures): first → last, the change, the national goal, always with the
// source named. One paragraph per series covers all its breakdowns.
import type { SeriesResult, Unit } from '../../compute/types.ts';
import { joinList } from '../../lib/nl.ts';
import { formatMeasured, formatMeasuredDifference } from '../../lib/units.ts';
import { indexPath, list, paragraph, piece, type Piece, type Writer } from '../builder.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Paragraph } from '../types.ts';
import { movedVerb, quoted } from '../wording.ts';
import { publishedMovement } from '../../findings/movement.ts';
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
  const trend = findingsOf(w.results)?.series[slug] ?? null;
  const path = (s: SeriesResult) => indexPath('series', w.results.series, s);
  const val = (p: string, unit: Unit) => w.fact(p, formatMeasured(w.value(p), unit));
  const at = (s: SeriesResult, i: number) => piece(val(`${path(s)}.points.${i}.value`, s.unit), ' in ', s.points[i]!.period);
  // The breakdown is named unless the series name already says it (`… bbl (JOB-monitor)`).
  const named = main.breakdown === 'totaal' || main.name.toLowerCase().includes(main.breakdown.toLowerCase());
  const scope = named ? '' : ` voor ${main.breakdown}`;
  const name = quoted(main.name);
  const sentences = [];
  const n = main.points.length;
  // The chart (scripts/figures/registry/series.ts: two periods and a line with two points) shows the source, and its
  // finding title says the latest movement; the paragraph says what they do not.
  const periods = new Set(items.flatMap((s) => s.points.map((p) => p.period)));
  const drawn = periods.size >= 2 && items.some((s) => s.points.length >= 2);
  const titled = drawn && (findingsOf(w.results)?.items.some((f) => f.figureId === figureIds.series(slug) && f.rule === 'landelijke-reeks') ?? false);
  if (n === 0) {
    sentences.push(w.s`Voor de reeks ${name} zijn nog geen waarden opgenomen.`);
  } else if (n === 1) {
    sentences.push(w.s`De landelijke reeks ${name} heeft${scope} één waarde: ${at(main, 0)}.`);
  } else if (n > 2 && trend) {
    // The whole series, not its endpoints: the last step (a turning point when the steps before went the other
    // way), then the net change over the whole period, then the values in between.
    const tp = `findings.series.${slug}`;
    const step = trend.latestMovement;
    const last = at(main, n - 1);
    if (step && step !== 'gelijk' && trend.turnAfter > 0) {
      const before = step === 'stijging' ? 'daling' : 'stijging';
      const size = w.fact(`${tp}.latestChange`, formatMeasuredDifference(trend.latestChange!, main.unit));
      const unit = yearly(main) ? 'jaar' : 'metingen';
      sentences.push(
        trend.turnRun > 1
          ? w.s`De ${before} van ${name}${scope} is voorbij: na ${w.count(`${tp}.turnAfter`)} ${unit} ${before} volgden ${w.count(`${tp}.turnRun`)} ${unit} ${step}, in ${trend.latestPeriod!} met ${size} tot ${last}.`
          : w.s`In ${trend.latestPeriod!} kwam er een einde aan de ${before} van ${name}${scope}: na ${w.count(`${tp}.turnAfter`)} ${unit} ${before} een ${step} van ${size} tot ${last}.`,
      );
    } else if (step === 'gelijk') {
      sentences.push(w.s`De landelijke reeks ${name} bleef${scope} bij de laatste meting vrijwel gelijk: ${last}.`);
    } else {
      sentences.push(w.s`De landelijke reeks ${name} ${step === 'stijging' ? 'steeg' : 'daalde'}${scope} bij de laatste meting met ${w.fact(`${tp}.latestChange`, formatMeasuredDifference(trend.latestChange!, main.unit))}, tot ${last}.`);
    }
    const m = publishedMovement(main.first!.value, main.last!.value, main.unit);
    sentences.push(
      m === 'gelijk'
        ? w.s`Over de hele reeks, vanaf ${at(main, 0)}, is dat per saldo vrijwel gelijk.`
        : w.s`Over de hele reeks, vanaf ${at(main, 0)}, is dat per saldo ${w.fact(`${path(main)}.change`, formatMeasuredDifference(main.change!, main.unit))} ${m === 'stijging' ? 'hoger' : 'lager'}.`,
    );
    const between = main.points.slice(1, -1).map((_, k) => at(main, k + 1));
    sentences.push(w.s`Tussendoor was de waarde ${list(between)}.`);
  } else {
    const m = publishedMovement(main.first!.value, main.last!.value, main.unit);
    const size = m === 'gelijk'
      ? piece()
      : piece(' (', w.fact(`${path(main)}.change`, formatMeasuredDifference(main.change!, main.unit)), m === 'stijging' ? ' hoger' : ' lager', ')');
    if (!(titled && n === 2)) sentences.push(w.s`De landelijke reeks ${name} ${movedVerb(m)}${scope}: van ${at(main, 0)} naar ${at(main, n - 1)}${size}.`);
    if (n > 2) {
      const between = main.points.slice(1, -1).map((_, k) => at(main, k + 1));
      sentences.push(w.s`Tussendoor was de waarde ${list(between)}.`);
    }
  }
  const others = items.filter((s) => s !== main && s.points.length > 0);
  if (others.length > 0) {
    const parts: Piece[] = others.map((s) =>
      s.points.length === 1
        ? piece(s.breakdown, ' ', at(s, 0))
        : piece(s.breakdown, ' van ', at(s, 0), ' naar ', at(s, s.points.length - 1)),
    );
    const single = others.length === 1 ? others[0]! : null;
    sentences.push(
      single
        ? single.points.length === 1
          ? w.s`Voor ${single.breakdown} was de waarde ${at(single, 0)}.`
          : w.s`Voor ${single.breakdown} ging de reeks van ${at(single, 0)} naar ${at(single, single.points.length - 1)}.`
        : w.s`Per uitsplitsing: ${list(parts)}.`,
    );
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
  const sources = [...new Set(items.flatMap((s) => s.sources.map((x) => x.replace(/\.$/, ''))))];
  // That these are published national figures, not data of institutions, the figure's note and the method say once;
  // the source stands under the chart, or here when there is none.
  if (!drawn) sentences.push(w.s`Bron: ${joinList(sources)}.`);
  return paragraph(seriesParagraphId(slug), ...sentences);
}
