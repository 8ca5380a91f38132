// The words of the rule "stand" (scripts/findings/rules/course-findings.ts): a measured level without any course.
import type { Finding } from '../../findings/types.ts';
import type { Writer } from '../builder.ts';
import type { FindingSentences } from '../types.ts';
import { indicatorLabel } from '../wording.ts';
import { INSTELLING } from '../builder.ts';

export function levelSentences(w: Writer, f: Finding): FindingSentences {
  const indicator = w.results.indicators[f.indicatorId!]!;
  const b = w.results.sector[f.indicatorId!]![f.breakdown!]!;
  const i = b.years.findIndex((y) => y.year === b.latestYear);
  const base = `sector.${f.indicatorId}.${f.breakdown}.years.${i}`;
  const label = indicatorLabel(indicator.shortName, f.breakdown!);
  return {
    headline: w.s`Bij ${label} lag het gemiddelde in ${w.year(`${base}.year`)} op ${w.level(`${base}.stats.mean`, indicator.unit)} (${w.level(`${base}.stats.ci95.low`, indicator.unit)} tot ${w.level(`${base}.stats.ci95.high`, indicator.unit)}, ${w.digits(`${base}.stats.n`, INSTELLING)}); zonder start- en streefwaarden is nog niet te zeggen of de sector op schema ligt.`,
    detail: [],
  };
}
