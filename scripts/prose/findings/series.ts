// The words of the rule "landelijke-reeks" (scripts/findings/rules/series-findings.ts): per kind, the position
// against a straight path to the national goal (or the goal reached), a turning point, the latest change, or the
// distance still to go, with the pace per year it takes beside the pace so far.
import type { SeriesResult } from '../../compute/types.ts';
import { publishedMovement } from '../../findings/movement.ts';
import { yearly } from '../../findings/rules/series.ts';
import { seriesTrendPath } from '../../findings/root.ts';
import type { Finding, Findings } from '../../findings/types.ts';
import { formatDifference, formatMeasured, formatMeasuredDifference } from '../../lib/units.ts';
import { piece, type Piece, type Writer } from '../builder.ts';
import type { FindingSentences, Sentence } from '../types.ts';
import { quoted } from '../wording.ts';

/** `Ten opzichte van 214.365 in 2017/18 is dat per saldo 6.055 lager.` (Results `series.<i>.change`). */
export function netSentence(w: Writer, line: SeriesResult, lp: string): Sentence | null {
  if (line.change === null || line.first === null || line.points.length < 3) return null;
  const first = w.fact(`${lp}.points.0.value`, formatMeasured(line.points[0]!.value, line.unit));
  if (line.change === 0) return w.s`Per saldo is dat gelijk aan de ${first} in ${line.first.period}.`;
  return w.s`Ten opzichte van ${first} in ${line.first.period} is dat per saldo ${w.fact(`${lp}.change`, formatMeasuredDifference(line.change, line.unit))} ${line.change > 0 ? 'hoger' : 'lager'}.`;
}

/**
 * The pace to a national goal beside the pace so far (Results `goalPaces`): `Om het doel in 2026 te halen is nog
 * 4.000 minder per jaar nodig; hoe snel het tot nu toe ging, is met één meting niet te zeggen.` With two or more values
 * it says whether the pace needed is faster than so far (findings' `goalPath.fasterNeeded`) or the series went the
 * other way. Null when the goal is reached (`goalPath.reached`) or its year has come.
 */
export function paceSentence(
  w: Writer,
  line: SeriesResult,
  lp: string,
  goalIndex: number,
  judged: { readonly reached: boolean; readonly fasterNeeded: boolean | null },
): Sentence | null {
  const pace = line.goalPaces[goalIndex];
  const goal = line.nationalGoals[goalIndex];
  if (judged.reached || !pace || !goal || pace.neededPerYear === null || pace.distance === 0) return null;
  const gp = `${lp}.goalPaces.${goalIndex}`;
  const perYear = (key: 'neededPerYear' | 'pastPerYear', value: number) =>
    piece(w.fact(`${gp}.${key}`, formatDifference(value, line.unit)), value > 0 ? ' meer' : ' minder', ' per jaar');
  const needed = perYear('neededPerYear', pace.neededPerYear);
  const year = w.year(`${lp}.nationalGoals.${goalIndex}.year`);
  const past = pace.pastPerYear;
  if (past === null) return w.s`Om het doel in ${year} te halen is nog ${needed} nodig; hoe snel het tot nu toe ging, is met één meting niet te zeggen.`;
  const since = w.year(`${gp}.pastFromYear`);
  if (past === 0) return w.s`Om het doel in ${year} te halen is nog ${needed} nodig; sinds ${since} bleef de reeks per saldo gelijk.`;
  if (Math.sign(past) !== Math.sign(pace.neededPerYear)) {
    return w.s`Om het doel in ${year} te halen is nog ${needed} nodig; sinds ${since} ging de reeks de andere kant op, gemiddeld ${perYear('pastPerYear', past)}.`;
  }
  return judged.fasterNeeded
    ? w.s`Om het doel in ${year} te halen is nog ${needed} nodig, sneller dan sinds ${since}: gemiddeld ${perYear('pastPerYear', past)}.`
    : w.s`Om het doel in ${year} te halen is nog ${needed} nodig; sinds ${since} ging het gemiddeld met ${perYear('pastPerYear', past)}, genoeg om het doel te halen.`;
}

/** `2022/23` → 2022; `2024` → 2024. */
const startYear = (period: string) => Number(period.slice(0, 4));
/** Two periods one year apart (`2023/24` after `2022/23`, `2024` after `2023`). */
const consecutive = (a: string, b: string) => startYear(b) - startYear(a) === 1;

export function seriesSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const t = findings.series[f.series!]!;
  const line = w.results.series[t.index]!;
  const n = line.points.length;
  const tp = seriesTrendPath(t.series);
  const lp = `series.${t.index}`;
  const name = quoted(line.name);
  const level = (i: number) => w.fact(`${lp}.points.${i}.value`, formatMeasured(line.points[i]!.value, line.unit));
  const lastAt = piece(level(n - 1), ' in ', line.points[n - 1]!.period);
  const goal = t.goalPath ? line.nationalGoals[t.goalPath.goalIndex]! : null;
  const goalAt = t.goalPath
    ? piece(w.fact(`${lp}.nationalGoals.${t.goalPath.goalIndex}.value`, formatMeasured(goal!.value, line.unit)), ' in ', w.year(`${lp}.nationalGoals.${t.goalPath.goalIndex}.year`))
    : null;
  const change = (): Piece => w.fact(`${tp}.latestChange`, formatMeasuredDifference(t.latestChange!, line.unit));
  // When the published series skips years, the last step spans them all: say so rather than name one year.
  const since = n >= 2 && !consecutive(line.points[n - 2]!.period, line.points[n - 1]!.period) ? `Tussen ${line.points[n - 2]!.period} en ${t.latestPeriod!}` : `In ${t.latestPeriod!}`;
  // A chart with several lines: the headline names the line it describes and every other line whose last step went
  // another way, so the title never hides a movement the chart shows (issue 27, figure 4.17).
  const others = otherMovements(w, line, t.index, t.latestMovement);
  const whose = others.length === 0 ? '' : line.breakdown === 'totaal' ? ' in totaal' : ` voor ${line.breakdown}`;
  const besides = others.length > 0 ? piece('; ', ...others.flatMap((o, i) => (i === 0 ? [o] : ['; ', o]))) : '';
  const latestSentence = () =>
    t.latestMovement === 'gelijk'
      ? w.s`${since} bleef ${name}${whose} vrijwel gelijk op ${level(n - 1)}${besides}.`
      : w.s`${since} ${t.latestMovement === 'stijging' ? 'steeg' : 'daalde'} ${name}${whose} met ${change()} tot ${level(n - 1)}${besides}.`;

  const pace = () => (t.goalPath ? paceSentence(w, line, lp, t.goalPath.goalIndex, t.goalPath) : null);
  const paceOrLatest = () => {
    const s = pace() ?? (t.latestChange !== null ? latestSentence() : null);
    return s ? [s] : [];
  };

  switch (f.kind) {
    case 'landelijk-doel-bereikt': {
      const side = line.points[n - 1]!.value === goal!.value ? 'op' : line.points[n - 1]!.value > goal!.value ? 'boven' : 'onder';
      return { headline: w.s`${name}${whose} ligt met ${lastAt} al ${side} het landelijke doel van ${goalAt!}${besides}.`, detail: t.latestChange !== null ? [latestSentence()] : [] };
    }
    case 'landelijk-op-pad':
      return { headline: w.s`${name}${whose} ligt met ${lastAt} op of voor een rechte lijn naar het landelijke doel van ${goalAt!}${besides}.`, detail: paceOrLatest() };
    case 'landelijk-achter-op-pad':
      return { headline: w.s`${name}${whose} ligt met ${lastAt} achter op een rechte lijn naar het landelijke doel van ${goalAt!}${besides}.`, detail: paceOrLatest() };
    case 'landelijk-keerpunt': {
      const before = t.latestMovement === 'stijging' ? 'daling' : 'stijging';
      const steps = yearly(line) ? piece(w.count(`${tp}.turnAfter`), ` jaar ${before}`) : piece(w.count(`${tp}.turnAfter`), ` keer ${before} op rij`);
      const net = netSentence(w, line, lp);
      const headline = t.turnRun > 1
        ? w.s`De ${before} van ${name}${whose} is voorbij: na ${steps} volgden ${w.count(`${tp}.turnRun`)} ${yearly(line) ? 'jaar' : 'keer'} ${t.latestMovement!}, in ${t.latestPeriod!} met ${change()} tot ${level(n - 1)}${besides}.`
        : w.s`In ${t.latestPeriod!} kwam er een einde aan de ${before} van ${name}${whose}: na ${steps} een ${t.latestMovement!} met ${change()} tot ${level(n - 1)}${besides}.`;
      return {
        headline,
        detail: net ? [net] : [],
      };
    }
    default:
      if (t.latestChange !== null) {
        return {
          headline: latestSentence(),
          detail: goal && t.goalPath ? [w.s`Het landelijke doel is ${goalAt!}; daarvoor is nog ${w.fact(`${tp}.goalPath.remaining`, formatMeasuredDifference(t.goalPath.remaining, line.unit))} te gaan.`] : [],
        };
      }
      // One measurement against a national goal: the distance and the pace it takes from here.
      return {
        headline: w.s`${name}${whose} was ${lastAt}; het landelijke doel is ${goalAt!}, nog ${w.fact(`${tp}.goalPath.remaining`, formatMeasuredDifference(t.goalPath!.remaining, line.unit))} verwijderd${besides}.`,
        detail: [pace() ?? w.s`Met één meting is nog niet te zeggen of de reeks op schema ligt.`],
      };
  }
}

/** The other lines of a series whose last step moved another way than the main line's: `voor bol daalde ze van 105.000 naar 86.000`. */
function otherMovements(w: Writer, main: SeriesResult, mainIndex: number, mainMovement: string | null): Piece[] {
  const out: Piece[] = [];
  w.results.series.forEach((line, j) => {
    if (j === mainIndex || line.series !== main.series || line.points.length < 2) return;
    const k = line.points.length - 1;
    const last = line.points[k]!;
    const prev = line.points[k - 1]!;
    // The rule's own movement (published values: a step within their rounding is "vrijwel gelijk"), as for the main line.
    const moved = publishedMovement(prev.value, last.value, line.unit);
    if (moved === mainMovement) return;
    const at = (i: number) => w.fact(`series.${j}.points.${i}.value`, formatMeasured(line.points[i]!.value, line.unit));
    out.push(
      moved === 'gelijk'
        ? piece(`voor ${line.breakdown} bleef ze vrijwel gelijk op `, at(k))
        : piece(`voor ${line.breakdown} ${moved === 'stijging' ? 'steeg' : 'daalde'} ze van `, at(k - 1), ' naar ', at(k)),
    );
  });
  return out;
}
