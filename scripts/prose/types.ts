// The Prose model (stage 4): every generated Dutch paragraph, grouped by where the outline places it.
// Prose owns its output types: each Paragraph carries, per sentence, the result values it used (`facts`), so the
// fact check can trace every number back to Results. Ids are stable slugs, unique over the whole model.
// A field is null (or a list empty) when the data give nothing to say; the outline then leaves the place out.
import type { TypologyType } from '../compute/types.ts';
import type { Claim } from '../findings/types.ts';

export type { Claim };

/** A number (or other result value) a sentence used, so the fact check can compare it with the results. */
export interface Fact {
  /** Path of the value in the Results object, e.g. `sector.werkdruk.totaal.start.mean`. */
  readonly key: string;
  readonly value: number;
  /** Exactly how the value appears in the sentence text, e.g. `41,2%`. */
  readonly shown: string;
}

export interface Sentence {
  readonly text: string;
  readonly facts: readonly Fact[];
  /** Footnote text (site: note at the end of the page; PDF: endnote of the chapter). */
  readonly note?: string;
  /** What the sentence states about an indicator × breakdown (verdict, development, attainment), for the claim check. */
  readonly claims?: readonly Claim[];
}

export interface Paragraph {
  /** Stable id, e.g. `doel-3-3-werkdruk-ontwikkeling`; rendered as a data attribute for the trace. */
  readonly id: string;
  readonly sentences: readonly Sentence[];
}

/** One finding in words (scripts/prose/findings/). */
export interface FindingSentences {
  /** The finding as one traced Dutch sentence: bullet text and figure title. */
  readonly headline: Sentence;
  /** The evidence (estimate, interval, counts); empty when the headline says it all. */
  readonly detail: readonly Sentence[];
}

export interface Prose {
  /** Key findings for the Samenvatting, one short paragraph per bullet. */
  readonly summary: readonly Paragraph[];
  /** The findings stage in words: one paragraph per finding, the two lists per goal (summary.ts, goal.ts). */
  readonly findings: FindingsProse;
  /** The monitor, the data, the reference date, counts, and (synthetic editions) what is real and what invented. */
  readonly introduction: readonly Paragraph[];
  readonly sector: SectorProse;
  readonly priorities: Readonly<Record<1 | 2 | 3, PriorityProse>>;
  /** null when the snapshot has no Stagepact themes. */
  readonly stagepact: PriorityProse | null;
  /** Keyed by goal id (`1.3`, `SP1`), every goal in `results.goalOrder`. */
  readonly goals: Readonly<Record<string, GoalProse>>;
  /** `indicators[indicatorId][breakdown]`, every breakdown with data. */
  readonly indicators: Readonly<Record<string, Readonly<Record<string, IndicatorProse>>>>;
  /**
   * Per indicator, the course over all its breakdowns in one line ("wisselend: entree op schema, niveau 3 en 4
   * verslechterd"), so the overall picture never hides a worse breakdown; at the head of the indicator's section.
   */
  readonly courses: Readonly<Record<string, Paragraph>>;
  /** Per indicator its rows in the goal's tables of ambition, course and measured values (indicator-tables.ts). */
  readonly indicatorTables: Readonly<Record<string, IndicatorTableRows>>;
  /** Keyed by series slug; one paragraph covers all breakdowns of the series: only what stands out (series.ts). */
  readonly series: Readonly<Record<string, Paragraph>>;
  /** Keyed by series slug: its rows (main line, then breakdowns) in a table "Landelijke cijfers per reeks" (series-tables.ts). */
  readonly seriesTables: Readonly<Record<string, readonly Paragraph[]>>;
  readonly typology: TypologyProse;
  readonly budget: BudgetProse;
  /** The methodology page: data, target rule, disclosure, spread, significance, typology rule, wording. */
  readonly method: readonly Paragraph[];
  /** Against the previous edition; empty without one. */
  readonly changes: readonly Paragraph[];
  /** Keyed by institution id: a short neutral paragraph for /instelling/<code>/. */
  readonly institutions: Readonly<Record<string, Paragraph>>;
  /** Keyed by institution id: the factsheet for the conversation with its board (paragraphs/factsheet.ts). */
  readonly factsheets: Readonly<Record<string, FactsheetProse>>;
}

/**
 * One institution's factsheet in words. A table row is a paragraph whose sentences are its cells, in column order,
 * so every number in a cell is traced like one in running text.
 */
export interface FactsheetProse {
  /** Kind, region, size, type and peer group: short items shown in one line under the name. */
  readonly profile: Paragraph;
  /** Where the institution stands, in a few sentences: the first thing page 1 says. */
  readonly summary: Paragraph;
  /** Its type and why: its scores beside the typology's cut-offs. */
  readonly type: Paragraph;
  /** Page 1: one row per goal with data (budget, spending, measures, own judgement, its paths). */
  readonly goals: FactsheetTable;
  /** Against the previous edition; null without one. */
  readonly changes: Paragraph | null;
  /** Page 2: per goal with indicators, a heading row and one row per indicator × breakdown. */
  readonly indicators: FactsheetTable;
  /** What the columns mean (path, margin, medians, disclosure). */
  readonly notes: Paragraph;
}

export interface FactsheetTable {
  readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
  /** `heading`: a row with one cell that spans every column (the goal above its indicators). */
  readonly rows: readonly { readonly paragraph: Paragraph; readonly heading: boolean }[];
}

/** What a traced table over rows of one kind is called (its caption) and its column heads. */
export interface TableSpec {
  readonly caption: string;
  readonly columns: FactsheetTable['columns'];
}

export interface FindingsProse {
  /** One paragraph per finding (headline, then its evidence), keyed by finding id. */
  readonly items: Readonly<Record<string, Paragraph>>;
  /** The headline alone, keyed by finding id (`kort-…`): the Samenvatting and the home page. */
  readonly headlines: Readonly<Record<string, Paragraph>>;
  /** Where the sector stands over all indicators: how many are on course, behind, uncertain, worse, without data. */
  readonly overall: Paragraph;
  /** Headlines of the five most important findings, in order (home page, head of the Samenvatting). */
  readonly top: readonly Paragraph[];
  /** Per goal: "Positieve ontwikkelingen" and "Aandachtspunten en/of wisselend beeld", ranked, at most four each. */
  readonly goals: Readonly<Record<string, GoalFindingLists>>;
  /** The finding title of each figure that has one: one sentence, keyed by figure id. */
  readonly titles: Readonly<Record<string, Paragraph>>;
  /** The Samenvatting's spending and own judgement over every goal, said once instead of per goal. */
  readonly acrossGoals: Paragraph | null;
  /** What the goals' spending lines measure "volgens plan" against, said once above them (Stand van zaken). */
  readonly spendingBasis: Paragraph | null;
}

export interface GoalFindingLists {
  /** The findings the overall word does not weigh, but the own judgement, with their evidence (the goal's section). */
  readonly positiveShort: readonly Paragraph[];
  readonly attentionShort: readonly Paragraph[];
  /** The same as headlines (the Samenvatting). */
  readonly positiveSummary: readonly Paragraph[];
  readonly attentionSummary: readonly Paragraph[];
  /** Spending against the funding period, a line of its own (not a development of the goal); null without a budget. */
  readonly spending: Paragraph | null;
}

export interface SectorProse {
  /** Broad ambition over all indicators (seed 000 §2.1). */
  readonly ambition: Paragraph;
  /** Catch-up: relation between start value and ambition over all indicators (seed 000 §2.2). */
  readonly convergence: Paragraph;
  /** How far institutions are in reaching their targets so far. */
  readonly reached: Paragraph;
  /** Summed targets of `aantal` indicators against national goals (vsv); null when there are none. */
  readonly nationalGoals: Paragraph | null;
}

export interface PriorityProse {
  /** What the priority (or the Stagepact) covers; says once when institution data are fictitious. */
  readonly intro: Paragraph;
  /** The priority's main findings; null when its goals have no data. */
  readonly summary: Paragraph | null;
  /** Above the chapter's tables: spending against plan over its goals, and that the judgement is the institutions' own. */
  readonly inputs: Paragraph | null;
}

/**
 * One goal in the shape of seed 003: its overall word, what stands out, and its rows of the chapter's tables
 * (paragraphs/goal-tables.ts) for money, measures and own judgement.
 */
export interface GoalProse {
  /** The overall word: where the goal stands as a whole and what needs attention (findings/goal-standing.ts). */
  readonly standing: Paragraph;
  /** Who carried out the mandatory measures; null without one. */
  readonly mandatory: Paragraph | null;
  /** Relations between effort and development that survive the correction; null when there are none. */
  readonly effort: Paragraph | null;
  /** "No significant relation" for this goal, on its page only (the chapter says what was tested once). */
  readonly effortNone: Paragraph | null;
  /** Its row in each of the chapter's tables; null where it has nothing to show there. */
  readonly tables: GoalTableRows;
}

/** The chapter's tables over its goals (paragraphs/goal-tables.ts). */
export type GoalTableKind = 'doelen' | 'middelen' | 'maatregelen' | 'oordelen';
export type GoalTableRows = Readonly<Record<GoalTableKind, Paragraph | null>>;

/** The goal's tables over its indicators (paragraphs/indicator-tables.ts): ambition, course, measured values. */
export type IndicatorTableKind = 'ambitie' | 'stand' | 'metingen';

/** The rows of one indicator in each table (empty where it has nothing to show there). */
export type IndicatorTableRows = Readonly<Record<IndicatorTableKind, readonly Paragraph[]>>;

export interface IndicatorProse {
  /** What stands out in the ambition (unclear, no improvement, catch-up, national goal); null when nothing does. */
  readonly ambition: Paragraph | null;
  /** What stands out in the measured values (too few, not shown, a neutral change, a sum); null when nothing does. */
  readonly development: Paragraph | null;
}

export interface TypologyProse {
  readonly method: Paragraph;
  /** Types 1..5 then `geen`, as in `results.typology.types`. */
  readonly types: readonly { readonly type: TypologyType; readonly paragraph: Paragraph }[];
  /** "Geen waardeoordeel". */
  readonly caveat: Paragraph;
}

export interface BudgetProse {
  /** Total budget and spending so far; null without budgets. */
  readonly distribution: Paragraph | null;
  /** Largest and smallest goals by budget share. */
  readonly extremes: Paragraph | null;
  /** Relation between improvement ambition and budget share (seed 000 found none). */
  readonly ambition: Paragraph | null;
}

/** Every paragraph of the model in reading order (the fact check walks this). */
export function allParagraphs(prose: Prose): Paragraph[] {
  const out: (Paragraph | null)[] = [
    ...prose.summary,
    ...Object.values(prose.findings.items),
    ...Object.values(prose.findings.headlines),
    ...Object.values(prose.findings.goals).map((g) => g.spending),
    ...Object.values(prose.findings.titles),
    prose.findings.acrossGoals,
    prose.findings.spendingBasis,
    ...prose.introduction,
    prose.sector.ambition,
    prose.sector.convergence,
    prose.sector.reached,
    prose.sector.nationalGoals,
  ];
  for (const c of [prose.priorities[1], prose.priorities[2], prose.priorities[3], prose.stagepact]) if (c) out.push(c.intro, c.summary, c.inputs);
  for (const g of Object.values(prose.goals)) out.push(g.standing, g.mandatory, g.effort, g.effortNone, ...Object.values(g.tables));
  out.push(...Object.values(prose.courses));
  for (const t of Object.values(prose.indicatorTables)) out.push(...t.ambitie, ...t.stand, ...t.metingen);
  for (const byBreakdown of Object.values(prose.indicators)) {
    for (const i of Object.values(byBreakdown)) out.push(i.ambition, i.development);
  }
  out.push(...Object.values(prose.series));
  for (const rows of Object.values(prose.seriesTables)) out.push(...rows);
  out.push(prose.typology.method, ...prose.typology.types.map((t) => t.paragraph), prose.typology.caveat);
  out.push(prose.budget.distribution, prose.budget.extremes, prose.budget.ambition);
  out.push(...prose.method, ...prose.changes, ...Object.values(prose.institutions));
  for (const f of Object.values(prose.factsheets)) out.push(...factsheetParagraphs(f));
  return out.filter((p): p is Paragraph => p !== null);
}

/** A factsheet's paragraphs in the order it prints them. */
export function factsheetParagraphs(f: FactsheetProse): Paragraph[] {
  const rows = (t: FactsheetTable) => t.rows.map((r) => r.paragraph);
  return [f.profile, f.summary, f.type, ...rows(f.goals), ...(f.changes ? [f.changes] : []), ...rows(f.indicators), f.notes];
}
