// Say once what is true of many (issue 27): the numbers every indicator × breakdown has — its ambition, where it
// stands against the institutions' own paths and what was measured — as three small tables per goal, one row per
// indicator × breakdown, instead of the same sentences under every indicator. Each row is a traced paragraph, each
// cell one sentence (the fact check reads them back like any text); the caveats that hold for every row are said
// once in the method chapter (findings-method.ts, method.ts). What stands out (an unclear ambition, a catch-up, a
// national goal) stays a sentence under the indicator (indicator.ts).
import type { BreakdownResult, IndicatorResult } from '../../compute/types.ts';
import { developmentClaim, reachedClaim, verdictClaim } from '../../findings/claims.ts';
import { FIRST_FUNDING_YEAR } from '../../findings/rules/course.ts';
import { coursePath, findingsOf } from '../../findings/root.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';
import { COURSE_WORDS } from '../../lib/verdicts.ts';
import { formatNumber } from '../../lib/nl.ts';
import { statisticDecimals, unitWord } from '../../lib/units.ts';
import { slug } from '../../lib/urls.ts';
import { EMPTY_CELL, claiming, list, piece, required, sectorPath, type Piece, type Writer } from '../builder.ts';
import { intervalPiece } from '../findings/course.ts';
import type { IndicatorTableKind, IndicatorTableRows, Paragraph, Sentence, TableSpec } from '../types.ts';
import { convergenceKind } from '../wording.ts';

/** Column heads per table, and what each table is called (its caption). */
export const INDICATOR_TABLES: Readonly<Record<IndicatorTableKind, TableSpec>> = {
  ambitie: {
    caption: 'Ambities per indicator',
    columns: [
      { label: 'Indicator', numeric: false },
      { label: 'Instellingen met een streefwaarde', numeric: true },
      { label: 'Gemiddeld van start naar streefwaarde', numeric: true },
      { label: 'Verbeterambitie: gemiddeld (middelste helft)', numeric: true },
      { label: 'Startwaarden van laag tot hoog', numeric: true },
      { label: 'Spreiding van start naar streefwaarde', numeric: false },
    ],
  },
  stand: {
    caption: 'Stand per indicator',
    columns: [
      { label: 'Indicator', numeric: false },
      { label: 'Oordeel over de sector', numeric: false },
      { label: 'Instellingen op of boven hun eigen pad (95%-interval)', numeric: true },
      { label: 'Gemiddeld verschil met het eigen pad (95%-interval)', numeric: true },
      { label: 'Vooruitgang sinds de start (95%-interval); volgens het pad', numeric: true },
      { label: 'Niet meegeteld of ouder', numeric: false },
    ],
  },
  metingen: {
    caption: 'Gemeten waarden per indicator',
    columns: [
      { label: 'Indicator', numeric: false },
      { label: 'Gemiddelde per jaar (aantal instellingen)', numeric: true },
      { label: 'Middelste helft van de instellingen in het laatste jaar', numeric: true },
      { label: 'Streefwaarde al bereikt', numeric: true },
    ],
  },
};

const DEVELOPMENT_WORDS = {
  verbeterd: 'vooruit buiten de toevalsmarge',
  verslechterd: 'achteruit buiten de toevalsmarge',
  'geen-duidelijke-verandering': 'niet te onderscheiden van stilstand',
} as const;

/** `indicator-werkdruk-totaal-stand`: a row's paragraph id. */
const rowId = (ind: IndicatorResult, breakdown: string, kind: IndicatorTableKind) => `tabel-${kind}-${ind.id}-${slug(breakdown)}`;

/** The row's first cell: the short name, and the breakdown unless it is the total. */
const nameCell = (w: Writer, ind: IndicatorResult, breakdown: string) => w.s`${ind.shortName}${breakdown === 'totaal' ? '' : `, ${breakdown}`}`;
const none = (w: Writer) => w.s`${EMPTY_CELL}`;

export function indicatorTableRows(w: Writer, indicatorId: string): IndicatorTableRows {
  const ind = w.results.indicators[indicatorId]!;
  const rows = { ambitie: [] as Paragraph[], stand: [] as Paragraph[], metingen: [] as Paragraph[] };
  for (const breakdown of ind.breakdowns) {
    const b = w.results.sector[indicatorId]?.[breakdown];
    if (!b) continue;
    const row = (kind: IndicatorTableKind, cells: readonly Sentence[] | null) => {
      if (cells) rows[kind].push(required(rowId(ind, breakdown, kind), nameCell(w, ind, breakdown), ...cells));
    };
    row('ambitie', ambitionCells(w, ind, b));
    row('stand', courseCells(w, ind, b));
    row('metingen', measuredCells(w, ind, b));
  }
  return rows;
}

function ambitionCells(w: Writer, ind: IndicatorResult, b: BreakdownResult): Sentence[] | null {
  if (!b.paired) return null;
  const base = sectorPath(ind.id, b.breakdown);
  const withTarget = `${base}.withTarget`;
  const share = w.numberAt(`${withTarget}.share`) !== null ? piece(' (', w.pct(`${withTarget}.share`), ')') : piece();
  const inYear = b.targetYear !== null ? piece(' in ', w.year(`${base}.targetYear`)) : piece();
  const level = (path: string) => w.level(`${base}.${path}`, ind.unit);
  const improving = ind.direction !== 'neutraal' && b.improvement !== null;
  const ambition = improving
    ? w.s`${w.change(`${base}.improvement.mean`, ind.unit)}${b.ambition && b.ambition.n >= 4 ? piece(' (', range(w, `${base}.improvement.q1`, `${base}.improvement.q3`, ind), ')') : ''}`
    : none(w);
  return [
    w.s`${w.digits(`${withTarget}.count`)} van ${w.digits(`${withTarget}.denominator`)}${share}`,
    w.s`${level('paired.startMean')} → ${level('paired.targetMean')}${inYear} (${w.digits(`${base}.paired.n`, ['instelling', 'instellingen'])})`,
    ambition,
    b.start && b.start.n >= 4 ? w.s`${level('start.min')} tot ${level('start.max')}` : none(w),
    spreadCell(w, ind, b),
  ];
}

/** Two ends of a difference at one precision, the unit word once: `2,9 tot 6,2 procentpunt`. */
function range(w: Writer, low: string, high: string, ind: IndicatorResult): Piece {
  const d = Math.max(statisticDecimals(ind.unit, w.value(low)), statisticDecimals(ind.unit, w.value(high)));
  return piece(w.fact(low, formatNumber(w.value(low), d)), ' tot ', w.fact(high, formatNumber(w.value(high), d)), unitWord(ind.unit));
}

function spreadCell(w: Writer, ind: IndicatorResult, b: BreakdownResult): Sentence {
  const c = b.convergence;
  if (c.n < 4 || c.spread === null) return none(w);
  const base = `${sectorPath(ind.id, b.breakdown)}.convergence.spread`;
  const q = c.spread.q < 0.001 ? piece('q ', w.p(`${base}.q`)) : piece('q = ', w.p(`${base}.q`));
  // Grades spread by tenths: two decimals, so 0,25 and 0,32 do not both read 0,3.
  const sd = (key: string) => {
    const v = w.value(`${base}.${key}`);
    return w.fact(`${base}.${key}`, formatNumber(v, ind.unit === 'cijfer' ? 2 : statisticDecimals(ind.unit, v)));
  };
  const words = { inhaalslag: 'dichter bij elkaar', uiteen: 'meer uiteen', geen: 'geen duidelijk verschil' }[convergenceKind(c)];
  return w.s`${sd('sdStart')} → ${sd('sdTarget')}${unitWord(ind.unit)}: ${words} (${q})`;
}

function courseCells(w: Writer, ind: IndicatorResult, b: BreakdownResult): Sentence[] | null {
  const c = findingsOf(w.results)?.course[ind.id]?.[b.breakdown];
  if (!c || c.status === 'geen-gegevens') return null;
  const path = coursePath(c.indicatorId, c.breakdown);
  const sensitivity = c.statusFrom2024 !== c.status ? `; met paden vanaf ${String(FIRST_FUNDING_YEAR)}: ${COURSE_WORDS[c.statusFrom2024]}` : '';
  const verdict = claiming(w.s`${COURSE_WORDS[c.status]}${sensitivity}`, verdictClaim(c));
  const judged = c.status !== 'te-weinig-instellingen' && c.gapCi95 && c.actualCi95 && c.onPath && c.development in DEVELOPMENT_WORDS;
  const onPath = c.onPath && c.onPath.denominator > 0
    ? w.s`${w.digits(`${path}.onPath.count`)} van ${w.digits(`${path}.onPath.denominator`)}${judged && c.onPath.share !== null && c.onPath.ci95 ? piece(' (', w.pct(`${path}.onPath.share`), '; ', w.pct(`${path}.onPath.ci95.low`), ' tot ', w.pct(`${path}.onPath.ci95.high`), ')') : ''}`
    : none(w);
  const gap = judged ? w.s`${w.change(`${path}.meanGap`, ind.unit)} (${intervalPiece(w, `${path}.gapCi95`, ind.unit)})` : none(w);
  const progress = judged
    ? claiming(
        w.s`${w.change(`${path}.meanActual`, ind.unit)} (${intervalPiece(w, `${path}.actualCi95`, ind.unit)}), ${DEVELOPMENT_WORDS[c.development as keyof typeof DEVELOPMENT_WORDS]}; pad ${w.change(`${path}.meanPlanned`, ind.unit)}`,
        developmentClaim(c),
      )
    : none(w);
  const notes = [
    c.withoutImprovement > 0 ? piece(w.digits(`${path}.withoutImprovement`), c.withoutImprovement === 1 ? ' streefwaarde zonder verbetering' : ' streefwaarden zonder verbetering') : null,
    c.earlierYear > 0 ? piece(w.digits(`${path}.earlierYear`), ' laatste ', c.earlierYear === 1 ? 'waarde' : 'waarden', ' uit een eerder jaar') : null,
    c.otherSource > 0 ? piece(w.digits(`${path}.otherSource`), ' uit een andere bron') : null,
  ].filter((p): p is Piece => p !== null);
  return [verdict, onPath, gap, progress, notes.length ? w.s`${list(notes)}` : none(w)];
}

function measuredCells(w: Writer, ind: IndicatorResult, b: BreakdownResult): Sentence[] | null {
  const base = sectorPath(ind.id, b.breakdown);
  // A mean of fewer than MIN_INSTITUTIONS institutions describes those institutions, not the sector.
  const years = b.years.map((y, i) => ({ y, i })).filter(({ y }) => y.stats !== null && y.stats.n >= MIN_INSTITUTIONS);
  if (years.length === 0) return null;
  const at = (i: number, key: string) => `${base}.years.${i}.${key}`;
  const means = years.map(({ i }) => piece(w.level(at(i, 'stats.mean'), ind.unit), ' in ', w.year(at(i, 'year')), ' (', w.digits(at(i, 'stats.n')), ')'));
  const li = b.years.findIndex((y) => y.year === b.latestYear);
  const latest = b.years[li]?.stats;
  const middle = latest && latest.n >= MIN_INSTITUTIONS
    ? w.s`${w.level(at(li, 'stats.q1'), ind.unit)} tot ${w.level(at(li, 'stats.q3'), ind.unit)} in ${w.year(at(li, 'year'))}`
    : none(w);
  return [w.s`${piece(...means.flatMap((m, k) => (k === 0 ? [m] : ['; ', m])))}`, middle, reachedCell(w, ind, b)];
}

/** "Bereikt" in one meaning (issue 23): a target that plans an improvement, reached beyond the sampling margin. */
function reachedCell(w: Writer, ind: IndicatorResult, b: BreakdownResult): Sentence {
  const a = b.attainment;
  if (!a || a.n === 0 || a.shareReached.denominator < MIN_INSTITUTIONS) return none(w);
  const base = `${sectorPath(ind.id, b.breakdown)}.attainment`;
  const margin = a.withinMargin > 0 ? piece('; ', w.digits(`${base}.withinMargin`), ' binnen de marge') : piece();
  const without = a.targetWithoutImprovement > 0 ? piece('; ', w.digits(`${base}.targetWithoutImprovement`), ' zonder verbetering niet meegeteld') : piece();
  return claiming(
    w.s`${w.digits(`${base}.shareReached.count`)} van ${w.digits(`${base}.shareReached.denominator`)} (${w.pct(`${base}.shareReached.share`)})${margin}${without}`,
    reachedClaim(ind.id, b.breakdown, a),
  );
}
