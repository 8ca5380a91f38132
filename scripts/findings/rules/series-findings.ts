// Findings of the rule "landelijke-reeks" (series.ts): one per national series placed with a goal, on its main
// line. In order of preference: the position against a straight path to a national goal; a turning point after
// at least two steps the other way; the latest change; with one point and a goal, the distance still to go.
// Sizes (importance.ts): path 1,5; turning point 1 + half the steps before it (at most 3); a latest change 1, a
// "gelijk" 0,3; a single point 0,5. Reach 1 (national figures).
import type { SeriesResult, Unit } from '../../compute/types.ts';
import { figureIds } from '../../lib/ids.ts';
import { formatEuro, formatNumber, formatPercent } from '../../lib/nl.ts';
import { piece, type Piece, type Writer } from '../../prose/builder.ts';
import { directionSign, quoted } from '../../prose/wording.ts';
import type { RuleContext } from '../context.ts';
import { importance } from '../importance.ts';
import { seriesTrendPath } from '../root.ts';
import type { Finding, Polarity, SeriesTrend } from '../types.ts';
import { seriesDirection, yearly } from './series.ts';

/** Published figures as published: decimals only where the value has them (as prose/paragraphs/series.ts). */
export function publishedLevel(value: number, unit: Unit): string {
  const decimals = Number.isInteger(value) ? 0 : 1;
  if (unit === 'procent') return formatPercent(value, decimals);
  if (unit === 'cijfer') return formatNumber(value, 1);
  if (unit === 'euro') return value < 1e6 ? `€ ${formatNumber(value, decimals)}` : formatEuro(value);
  return formatNumber(value, decimals);
}

export function publishedDifference(value: number, unit: Unit): string {
  const v = Math.abs(value);
  const decimals = Number.isInteger(v) ? 0 : 1;
  if (unit === 'procent') return `${formatNumber(v, decimals)} procentpunt`;
  if (unit === 'cijfer') return `${formatNumber(v, 1)} punt`;
  return publishedLevel(v, unit);
}

export function seriesFindings(ctx: RuleContext): Finding[] {
  const { results, w } = ctx;
  const out: Finding[] = [];
  for (const trend of Object.values(ctx.data.series)) {
    if (!trend.goalId || !results.goals[trend.goalId]) continue;
    const line = results.series[trend.index]!;
    const made = describe(w, line, trend, directionSign(seriesDirection(results, line)));
    if (!made) continue;
    out.push({
      id: `reeks-${trend.series}`,
      rule: 'landelijke-reeks',
      kind: made.kind,
      polarity: made.polarity,
      goalId: trend.goalId,
      indicatorId: line.indicatorId,
      breakdown: line.breakdown,
      series: trend.series,
      importance: importance(made.polarity, made.size, 1),
      facts: made.facts,
      uncertainty: null,
      headline: made.headline,
      detail: made.detail,
      figureId: line.points.length >= 2 ? figureIds.series(trend.series) : null,
    });
  }
  return out;
}

/** `Ten opzichte van 214.365 in 2017/18 is dat per saldo 6.055 lager.` (Results `series.<i>.change`). */
export function netSentence(w: Writer, line: SeriesResult, lp: string): ReturnType<Writer['s']> | null {
  if (line.change === null || line.first === null || line.points.length < 3) return null;
  const first = w.fact(`${lp}.points.0.value`, publishedLevel(line.points[0]!.value, line.unit));
  if (line.change === 0) return w.s`Per saldo is dat gelijk aan de ${first} in ${line.first.period}.`;
  return w.s`Ten opzichte van ${first} in ${line.first.period} is dat per saldo ${w.fact(`${lp}.change`, publishedDifference(line.change, line.unit))} ${line.change > 0 ? 'hoger' : 'lager'}.`;
}

/** `2022/23` → 2022; `2024` → 2024. */
const startYear = (period: string) => Number(period.slice(0, 4));
/** Two periods one year apart (`2023/24` after `2022/23`, `2024` after `2023`). */
const consecutive = (a: string, b: string) => startYear(b) - startYear(a) === 1;

interface Made {
  kind: Finding['kind'];
  polarity: Polarity;
  size: number;
  facts: string[];
  headline: ReturnType<Writer['s']>;
  detail: ReturnType<Writer['s']> | null;
}

function describe(w: Writer, line: SeriesResult, t: SeriesTrend, sign: 1 | -1 | 0): Made | null {
  const n = line.points.length;
  if (n === 0) return null;
  const tp = seriesTrendPath(t.series);
  const lp = `series.${t.index}`;
  const name = quoted(line.name);
  const level = (i: number) => w.fact(`${lp}.points.${i}.value`, publishedLevel(line.points[i]!.value, line.unit));
  const lastAt = piece(level(n - 1), ' in ', line.points[n - 1]!.period);
  const goal = t.goalPath ? line.nationalGoals[t.goalPath.goalIndex]! : null;
  const goalAt = t.goalPath
    ? piece(w.fact(`${lp}.nationalGoals.${t.goalPath.goalIndex}.value`, publishedLevel(goal!.value, line.unit)), ' in ', w.year(`${lp}.nationalGoals.${t.goalPath.goalIndex}.year`))
    : null;
  const change = (): Piece => w.fact(`${tp}.latestChange`, publishedDifference(t.latestChange!, line.unit));
  const better = (m: SeriesTrend['latestMovement']): Polarity =>
    sign === 0 || m === 'gelijk' || m === null ? 'wisselend' : (m === 'stijging' ? 1 : -1) * sign > 0 ? 'positief' : 'aandacht';
  // When the published series skips years, the last step spans them all: say so rather than name one year.
  const since = n >= 2 && !consecutive(line.points[n - 2]!.period, line.points[n - 1]!.period) ? `Tussen ${line.points[n - 2]!.period} en ${t.latestPeriod!}` : `In ${t.latestPeriod!}`;
  const latestSentence = () =>
    t.latestMovement === 'gelijk'
      ? w.s`${since} bleef ${name} vrijwel gelijk op ${level(n - 1)}.`
      : w.s`${since} ${t.latestMovement === 'stijging' ? 'steeg' : 'daalde'} ${name} met ${change()} tot ${level(n - 1)}.`;

  if (goal && t.goalPath && t.goalPath.ahead !== null) {
    const ahead = t.goalPath.ahead >= 0;
    return {
      kind: ahead ? 'landelijk-op-pad' : 'landelijk-achter-op-pad',
      polarity: ahead ? 'positief' : 'aandacht',
      size: 1.5,
      facts: [`${tp}.goalPath.pathValue`, `${lp}.points.${n - 1}.value`],
      headline: ahead
        ? w.s`${name} ligt met ${lastAt} op of voor een rechte lijn naar het landelijke doel van ${goalAt!}.`
        : w.s`${name} ligt met ${lastAt} achter op een rechte lijn naar het landelijke doel van ${goalAt!}.`,
      detail: t.latestChange !== null ? latestSentence() : null,
    };
  }
  if (t.turnAfter >= 2 && t.latestMovement && t.latestMovement !== 'gelijk') {
    const before = t.latestMovement === 'stijging' ? 'daling' : 'stijging';
    const steps = yearly(line) ? piece(w.count(`${tp}.turnAfter`), ` jaar ${before}`) : piece(w.count(`${tp}.turnAfter`), ` keer ${before} op rij`);
    return {
      kind: 'landelijk-keerpunt',
      polarity: better(t.latestMovement),
      size: 1 + Math.min(2, t.turnAfter / 2),
      facts: [`${tp}.turnAfter`, `${tp}.latestChange`, `${lp}.points.${n - 1}.value`],
      headline: w.s`In ${t.latestPeriod!} kwam er een einde aan de ${before} van ${name}: na ${steps} een ${t.latestMovement} met ${change()} tot ${level(n - 1)}.`,
      detail: netSentence(w, line, lp),
    };
  }
  if (t.latestChange !== null) {
    return {
      kind: 'landelijke-ontwikkeling',
      polarity: better(t.latestMovement),
      size: t.latestMovement === 'gelijk' ? 0.3 : 1,
      facts: [`${tp}.latestChange`, `${lp}.points.${n - 1}.value`],
      headline: latestSentence(),
      detail: goal && t.goalPath ? w.s`Het landelijke doel is ${goalAt!}; daarvoor is nog ${w.fact(`${tp}.goalPath.remaining`, publishedDifference(t.goalPath.remaining, line.unit))} te gaan.` : null,
    };
  }
  if (goal && t.goalPath) {
    return {
      kind: 'landelijke-ontwikkeling',
      polarity: 'wisselend',
      size: 0.5,
      facts: [`${lp}.points.0.value`, `${tp}.goalPath.remaining`],
      headline: w.s`${name} was ${lastAt}; het landelijke doel is ${goalAt!}, nog ${w.fact(`${tp}.goalPath.remaining`, publishedDifference(t.goalPath.remaining, line.unit))} verwijderd.`,
      detail: w.s`Met één meting is nog niet te zeggen of de reeks op koers ligt.`,
    };
  }
  return null;
}
