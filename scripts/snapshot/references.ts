// Cross-file rules: every reference exists, values fit their indicator's unit, goal codes are well formed.
// Turns validated rows into the typed records of the Snapshot.
import { withExcelHints } from './hints.ts';
import { msg } from './messages.ts';
import type {
  Budget,
  Effectiveness,
  Goal,
  Indicator,
  Institution,
  InstitutionKind,
  InstitutionValue,
  Issue,
  Judgement,
  Measure,
  MeasureUse,
  Merger,
  NationalGoal,
  Progress,
  SeriesPoint,
  Snapshot,
  Spending,
  Unit,
  ValueKind,
  Direction,
} from './types.ts';
import type { Row } from './validate.ts';
import { issueSink, looksGrouped } from './validate.ts';
import type { Dialect } from './csv.ts';

type Data = Pick<
  Snapshot,
  | 'goals'
  | 'indicators'
  | 'institutions'
  | 'mergers'
  | 'values'
  | 'series'
  | 'nationalGoals'
  | 'budgets'
  | 'spending'
  | 'measures'
  | 'measureUse'
  | 'judgements'
>;

const GOAL_ID = /^([1-3]\.[1-9]|SP[1-9])$/;

export const UNIT_RANGE: Record<Unit, { min: number; max: number }> = {
  procent: { min: 0, max: 100 },
  cijfer: { min: 1, max: 10 },
  aantal: { min: 0, max: Infinity },
  euro: { min: 0, max: Infinity },
};

/**
 * `dialects`: the number notation of each file, for the per-unit reading of `waarde`. `incomplete`: files with a
 * record that could not be read; a reference to a code missing from them is not reported (the cause already is).
 */
export function checkReferences(
  tables: Map<string, Row[]>,
  issues: Issue[],
  dialects: ReadonlyMap<string, Dialect> = new Map(),
  incomplete: ReadonlySet<string> = new Set(),
): Data {
  const allRows = (file: string) => tables.get(file) ?? [];
  /** Ids present in a file, also from rows with another bad cell, so one mistake is reported once. */
  const idsOf = (file: string, column: string): Set<string> | null =>
    tables.has(file) && !incomplete.has(file)
      ? new Set(allRows(file).flatMap((r) => (typeof r.cells[column] === 'string' ? [r.cells[column] as string] : [])))
      : null; // the file itself could not be read: its ids are unknown, not missing
  const rows = (file: string) => allRows(file).filter((r) => r.valid);
  const s = (row: Row, col: string) => row.cells[col] as string;
  const optS = (row: Row, col: string) => (row.cells[col] as string | null) ?? null;
  const num = (row: Row, col: string) => row.cells[col] as number;
  const bool = (row: Row, col: string) => row.cells[col] as boolean;

  // A row with `opgegaan_in` is a former institution: kept apart, so no other file can still hold its data.
  const former = allRows('instellingen.csv').filter((r) => typeof r.cells.opgegaan_in === 'string');
  const formerIds = new Map(former.map((r) => [r.cells.instelling as string, r]));

  /** Keep rows whose references all exist; report each missing one at its cell. */
  const withRefs = (file: string, refs: [column: string, known: Set<string> | null, target: string][]) => {
    const sink = issueSink(file, issues);
    return allRows(file).filter((row) => {
      let ok = row.valid;
      for (const [column, known, target] of refs) {
        const value = row.cells[column] as string | null | undefined;
        const merged = target === 'instellingen.csv' && value != null ? formerIds.get(value) : undefined;
        if (merged) {
          sink.error(row.line, row.columnOf(column), msg.mergedReference(value!, merged.cells.opgegaan_in as string, merged.line));
          ok = false;
        } else if (value != null && known && !known.has(value)) {
          sink.error(row.line, row.columnOf(column), withExcelHints(msg.unknownRef(column, value, target), value, row.columnOf(column), known));
          ok = false;
        }
      }
      return ok;
    });
  };

  const goalSink = issueSink('doelstellingen.csv', issues);
  const goals: Goal[] = rows('doelstellingen.csv').flatMap((row) => {
    const id = s(row, 'doelstelling');
    const priority = s(row, 'prioriteit');
    if (!GOAL_ID.test(id)) {
      goalSink.error(row.line, row.columnOf('doelstelling'), msg.goalId(id));
      return [];
    }
    const expected = id.startsWith('SP') ? '2' : id.slice(0, 1);
    if (priority !== expected) {
      goalSink.error(row.line, row.columnOf('prioriteit'), msg.goalPriority(id, priority));
      return [];
    }
    return [
      {
        id,
        priority: Number(priority) as 1 | 2 | 3,
        name: s(row, 'naam'),
        shortName: s(row, 'korte_naam'),
        isStagepact: id.startsWith('SP'),
      },
    ];
  });
  const goalIds = idsOf('doelstellingen.csv', 'doelstelling');

  const indicators: Indicator[] = withRefs('indicatoren.csv', [['doelstelling', goalIds, 'doelstellingen.csv']]).map(
    (row) => ({
      id: s(row, 'indicator'),
      goalId: s(row, 'doelstelling'),
      name: s(row, 'naam'),
      shortName: optS(row, 'korte_naam') ?? s(row, 'naam'),
      definition: optS(row, 'definitie') ?? '',
      unit: s(row, 'eenheid') as Unit,
      direction: s(row, 'richting') as Direction,
      source: s(row, 'bron'),
      minN: (row.cells.min_n as number | null) ?? null,
    }),
  );
  const indicatorIds = idsOf('indicatoren.csv', 'indicator');
  const unitOf = new Map(indicators.map((i) => [i.id, i.unit]));
  const minNOf = new Map(indicators.map((i) => [i.id, i.minN]));

  const institution = (row: Row): Institution => ({
    id: s(row, 'instelling'),
    name: s(row, 'naam'),
    kind: s(row, 'soort') as InstitutionKind,
    region: s(row, 'regio'),
    randstad: bool(row, 'randstad'),
    students: num(row, 'studenten'),
  });
  const institutions: Institution[] = rows('instellingen.csv').filter((row) => !formerIds.has(s(row, 'instelling'))).map(institution);
  const allInstitutionIds = idsOf('instellingen.csv', 'instelling');
  const institutionIds = allInstitutionIds && new Set([...allInstitutionIds].filter((id) => !formerIds.has(id)));
  const institutionSink = issueSink('instellingen.csv', issues);
  const mergers: Merger[] = former.flatMap((row) => {
    const id = s(row, 'instelling');
    const into = s(row, 'opgegaan_in');
    const problem = into === id ? msg.mergedIntoSelf(id) : formerIds.has(into) ? msg.mergedIntoFormer(into, formerIds.get(into)!.line) : institutionIds && !institutionIds.has(into) ? msg.unknownRef('opgegaan_in', into, 'instellingen.csv') : null;
    if (problem) {
      institutionSink.error(row.line, row.columnOf('opgegaan_in'), problem);
      return [];
    }
    return row.valid ? [{ ...institution(row), into, ref: { file: 'instellingen.csv', line: row.line } }] : [];
  });

  /**
   * A value must mean what its unit says and lie in the unit's range; reported at the `waarde` cell. Counts and
   * money with a grouping point (`1.038` in a comma-separated file) and counts with a fraction are refused.
   */
  const inRange = (file: string, row: Row, unit: Unit | undefined, indicator: string, column = 'waarde') => {
    if (!unit) return true;
    const value = num(row, column);
    if ((unit === 'aantal' || unit === 'euro') && looksGrouped(row.raw(column), dialects.get(file) ?? 'en')) {
      issueSink(file, issues).error(row.line, row.columnOf(column), msg.grouping(column, row.raw(column)));
      return false;
    }
    if (unit === 'aantal' && !Number.isInteger(value)) {
      issueSink(file, issues).error(row.line, row.columnOf(column), msg.wholeCount(row.raw(column), indicator));
      return false;
    }
    const { min, max } = UNIT_RANGE[unit];
    if (value >= min && value <= max) return true;
    const sink = issueSink(file, issues);
    const shown = row.raw(column);
    // `52.125` in a semicolon file is 52125: say how it was read, the editor meant a decimal.
    const grouped = dialects.get(file) === 'nl' && /^-?\d{1,3}(\.\d{3})+$/.test(shown);
    const message =
      max === Infinity
        ? msg.negativeForUnit(shown, unit, indicator)
        : grouped
          ? msg.readAsThousands(shown, String(value), unit, `${min}..${max}`, indicator)
          : msg.outOfUnitRange(shown, unit, `${min}..${max}`, indicator);
    sink.error(row.line, row.columnOf(column), message);
    return false;
  };

  const valueSink = issueSink('waarden.csv', issues);
  const values: InstitutionValue[] = withRefs('waarden.csv', [
    ['instelling', institutionIds, 'instellingen.csv'],
    ['indicator', indicatorIds, 'indicatoren.csv'],
  ]).flatMap((row) => {
    const indicator = s(row, 'indicator');
    const kind = s(row, 'soort') as ValueKind;
    const origin = s(row, 'herkomst');
    let ok = inRange('waarden.csv', row, unitOf.get(indicator), indicator);
    if (kind === 'streef' && origin !== 'kwaliteitsagenda' && !origin.startsWith('e-file')) {
      valueSink.error(row.line, row.columnOf('herkomst'), msg.streefOrigin(origin));
      ok = false;
    }
    if (!ok) return [];
    const n = (row.cells.n as number | null) ?? null;
    // A survey value (its indicator has min_n) without a respondent count cannot show that it meets the threshold:
    // it is not published (compute suppresses it), and the editor is told where.
    const minN = minNOf.get(indicator);
    if (kind === 'realisatie' && n === null && minN !== undefined && minN !== null) {
      valueSink.warning(row.line, row.columnOf('n') ?? row.columnOf('waarde'), msg.surveyWithoutN(indicator, minN));
    }
    return [
      {
        institutionId: s(row, 'instelling'),
        indicatorId: indicator,
        breakdown: s(row, 'uitsplitsing'),
        kind,
        year: num(row, 'jaar'),
        value: num(row, 'waarde'),
        n,
        sd: (row.cells.sd as number | null) ?? null,
        origin,
        ref: { file: 'waarden.csv', line: row.line },
      },
    ];
  });

  const series: SeriesPoint[] = withRefs('reeksen.csv', [
    ['indicator', indicatorIds, 'indicatoren.csv'],
    ['doelstelling', goalIds, 'doelstellingen.csv'],
  ]).flatMap((row) => {
    const unit = s(row, 'eenheid') as Unit;
    const slug = s(row, 'reeks');
    const indicatorId = optS(row, 'indicator');
    if (!inRange('reeksen.csv', row, unit, indicatorId ?? slug)) return [];
    return [
      {
        series: slug,
        name: optS(row, 'naam') ?? slug,
        indicatorId,
        goalId: optS(row, 'doelstelling') ?? (indicatorId ? (indicators.find((i) => i.id === indicatorId)?.goalId ?? null) : null),
        breakdown: s(row, 'uitsplitsing'),
        period: s(row, 'periode'),
        value: num(row, 'waarde'),
        unit,
        source: s(row, 'bron'),
      },
    ];
  });

  const nationalGoals: NationalGoal[] = withRefs('landelijke_doelen.csv', [
    ['indicator', indicatorIds, 'indicatoren.csv'],
  ]).flatMap((row) => {
    const indicator = s(row, 'indicator');
    if (!inRange('landelijke_doelen.csv', row, unitOf.get(indicator), indicator)) return [];
    return [
      { indicatorId: indicator, breakdown: s(row, 'uitsplitsing'), year: num(row, 'jaar'), value: num(row, 'waarde'), source: s(row, 'bron') },
    ];
  });

  const budgets: Budget[] = withRefs('begroting.csv', [
    ['instelling', institutionIds, 'instellingen.csv'],
    ['doelstelling', goalIds, 'doelstellingen.csv'],
  ]).map((row) => ({ institutionId: s(row, 'instelling'), goalId: s(row, 'doelstelling'), amount: num(row, 'begroot') }));

  const spending: Spending[] = withRefs('bestedingen.csv', [
    ['instelling', institutionIds, 'instellingen.csv'],
    ['doelstelling', goalIds, 'doelstellingen.csv'],
  ]).map((row) => ({
    institutionId: s(row, 'instelling'),
    goalId: s(row, 'doelstelling'),
    year: num(row, 'jaar'),
    amount: num(row, 'besteed'),
  }));

  const measures: Measure[] = withRefs('maatregelen.csv', [['doelstelling', goalIds, 'doelstellingen.csv']]).map((row) => ({
    id: s(row, 'maatregel'),
    goalId: s(row, 'doelstelling'),
    name: s(row, 'naam'),
    mandatory: bool(row, 'verplicht'),
  }));
  const measureIds = idsOf('maatregelen.csv', 'maatregel');

  const measureUse: MeasureUse[] = withRefs('maatregel_inzet.csv', [
    ['instelling', institutionIds, 'instellingen.csv'],
    ['maatregel', measureIds, 'maatregelen.csv'],
  ]).map((row) => ({
    institutionId: s(row, 'instelling'),
    measureId: s(row, 'maatregel'),
    year: num(row, 'jaar'),
    carriedOut: bool(row, 'uitgevoerd'),
  }));

  const judgements: Judgement[] = withRefs('efile_oordelen.csv', [
    ['instelling', institutionIds, 'instellingen.csv'],
    ['doelstelling', goalIds, 'doelstellingen.csv'],
  ]).map((row) => ({
    institutionId: s(row, 'instelling'),
    goalId: s(row, 'doelstelling'),
    year: num(row, 'jaar'),
    progress: s(row, 'voortgang') as Progress,
    effectiveness: s(row, 'effectiviteit') as Effectiveness,
  }));

  return { goals, indicators, institutions, mergers, values, series, nationalGoals, budgets, spending, measures, measureUse, judgements };
}
