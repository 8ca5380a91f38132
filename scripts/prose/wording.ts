// Word choices shared by every paragraph template: when a change counts as a rise, a fall or "gelijk", how a
// share of institutions is put in words, how a correlation is described. Pure functions of numbers; they choose
// words, never format numbers (the builder does that, so every number keeps its trace).
import type { Convergence, Correlation, Direction, SignificanceLabel, Unit } from '../compute/types.ts';
import { quantityWord } from './quantity.ts';

// ─── tolerance: when a difference is "vrijwel gelijk" ───

/**
 * A difference smaller than this is described as "vrijwel gelijk" (and its size is not stressed):
 * half a percentage point for `procent`, five hundredths of a grade for `cijfer` (it shows as 0,0),
 * and for `aantal` and `euro` one percent of the starting level (at least half a unit).
 * The method chapter states the same rule in words (see `TOLERANCE_TEXT`).
 */
export function tolerance(unit: Unit, base = 0): number {
  switch (unit) {
    case 'procent':
      return 0.5;
    case 'cijfer':
      return 0.05;
    case 'aantal':
    case 'euro':
      return Math.max(0.5, Math.abs(base) / 100);
  }
}

export const TOLERANCE_TEXT =
  'een verschil van minder dan een half procentpunt, bij rapportcijfers minder dan een twintigste punt en bij ' +
  'aantallen en bedragen minder dan een procent van de beginwaarde';

export type Movement = 'stijging' | 'daling' | 'gelijk';

/** Whether `delta` (later minus earlier) is a rise, a fall or within the tolerance. */
export function movement(delta: number, unit: Unit, base = 0): Movement {
  if (Math.abs(delta) < tolerance(unit, base)) return 'gelijk';
  return delta > 0 ? 'stijging' : 'daling';
}

/** Past-tense verb for a movement: `steeg`, `daalde`, `bleef vrijwel gelijk`. */
export function movedVerb(m: Movement): string {
  return m === 'stijging' ? 'steeg' : m === 'daling' ? 'daalde' : 'bleef vrijwel gelijk';
}

/** +1 when higher is better, −1 when lower is better, 0 for neutraal. */
export function directionSign(direction: Direction): 1 | -1 | 0 {
  return direction === 'hoger_beter' ? 1 : direction === 'lager_beter' ? -1 : 0;
}

/** `verbetering`, `verslechtering` or null (neutraal, or within tolerance) for a raw difference. */
export function evaluation(delta: number, direction: Direction, unit: Unit, base = 0): 'verbetering' | 'verslechtering' | null {
  const sign = directionSign(direction);
  if (sign === 0 || movement(delta, unit, base) === 'gelijk') return null;
  return delta * sign > 0 ? 'verbetering' : 'verslechtering';
}

/** Relative position of a value against a target in the indicator's direction. */
export function againstTarget(value: number, target: number, direction: Direction): 'voorbij' | 'op' | 'onder' | null {
  const sign = directionSign(direction);
  if (sign === 0) return null;
  const gap = (value - target) * sign;
  return gap > 0 ? 'voorbij' : gap === 0 ? 'op' : 'onder';
}

// ─── significance ───

/** `significant`, `zwak significant`, `niet significant`. */
export function significanceWord(label: SignificanceLabel): string {
  return label === 'significant' ? 'significant' : label === 'zwak' ? 'zwak significant' : 'niet significant';
}

/** Noun phrase: `een significante positieve samenhang`, `een zwak significante negatieve samenhang`, `geen samenhang`. */
export function relationPhrase(c: Pick<Correlation, 'label' | 'r'>): string {
  if (c.label === 'niet' || c.r === null) return 'geen significante samenhang';
  const sign = c.r > 0 ? 'positieve' : 'negatieve';
  return c.label === 'significant' ? `een significante ${sign} samenhang` : `een zwak significante ${sign} samenhang`;
}

export function isRelation(c: Pick<Correlation, 'label' | 'r'>): boolean {
  return c.label !== 'niet' && c.r !== null;
}

/**
 * Catch-up (inhaalslag) is decided by the spread test, never by r(start, ambition), which leans negative by
 * construction (regression to the mean): `inhaalslag` when the targets are significantly less spread than the
 * starts (q < 0,05), `uiteen` when significantly more spread, `geen` otherwise or without a test.
 */
export function convergenceKind(c: Pick<Convergence, 'spread'>): 'inhaalslag' | 'uiteen' | 'geen' {
  const conclusion = c.spread?.conclusion;
  return conclusion === 'inhaalslag' ? 'inhaalslag' : conclusion === 'uiteenlopen' ? 'uiteen' : 'geen';
}

// ─── shares of institutions in words ───

/**
 * A share (0..100) as words, for use next to the exact count: `de helft`, `ruim een derde`, `bijna driekwart`,
 * `vrijwel alle`; null when no word fits closely (the text then gives only the number). The bands are the one
 * tested table in quantity.ts.
 */
export function sharePhrase(share: number | null): string | null {
  return quantityWord(share);
}

// ─── fixed labels of the data contract ───

/** Progress (e-file `voortgang`) as the end of "de uitvoering verloopt zoals verwacht …". */
export const PROGRESS_TEXT = {
  alle: 'voor alle activiteiten',
  meeste: 'voor de meeste activiteiten',
  helft: 'voor de helft van de activiteiten',
  klein_deel: 'voor een klein deel van de activiteiten',
  geen: 'voor geen enkele activiteit',
} as const;

/** Effectiveness (e-file `effectiviteit`) as what the institutions answered: [singular, plural] verb phrase. */
export const EFFECTIVENESS_TEXT = {
  klein_beetje: ['vindt de activiteiten een klein beetje effectief', 'vinden de activiteiten een klein beetje effectief'],
  effectief: ['vindt de activiteiten effectief', 'vinden de activiteiten effectief'],
  heel_effectief: ['vindt de activiteiten heel effectief', 'vinden de activiteiten heel effectief'],
  wisselt: ['ziet de effectiviteit per activiteit wisselen', 'zien de effectiviteit per activiteit wisselen'],
  niet_effectief: ['vindt de activiteiten niet effectief', 'vinden de activiteiten niet effectief'],
  weet_niet: ['weet het (nog) niet', 'weten het (nog) niet'],
} as const;

/** The three priorities of the Werkagenda (seed 000, chapter 1). */
export const PRIORITY_THEME = {
  1: 'het bevorderen van kansengelijkheid',
  2: 'het verbeteren van de aansluiting tussen onderwijs en arbeidsmarkt',
  3: 'het onderwijs voor de toekomst: kwaliteit, onderzoek en innovatie',
} as const;

export const KIND_TEXT = {
  roc: 'een regionaal opleidingencentrum (roc)',
  aoc: 'een agrarisch opleidingscentrum (aoc)',
  vakinstelling: 'een vakinstelling',
  overig: 'een mbo-instelling',
} as const;

// ─── names in running text ───

/** An indicator by its short name in quotes, with its breakdown: `‘Hulp bij keuze, niveau 3’`. */
export function indicatorLabel(shortName: string, breakdown: string): string {
  return breakdown === 'totaal' ? `‘${shortName}’` : `‘${shortName}, ${breakdown}’`;
}

/** A goal as `doelstelling 1.3 Begeleiding` or `Stagepact-thema SP1 Stagebegeleiding` (as seed 003 names them). */
export function goalLabel(goal: { readonly id: string; readonly shortName: string; readonly isStagepact: boolean }): string {
  return goal.isStagepact ? `Stagepact-thema ${goal.id} ${goal.shortName}` : `doelstelling ${goal.id} ${goal.shortName}`;
}

/** A measure or other long name in quotes. */
export function quoted(name: string): string {
  return `‘${name}’`;
}

/** Pick the verb form for a subject: `verb(true, 'heeft', 'hebben')`. */
export function verb(plural: boolean, singular: string, pluralForm: string): string {
  return plural ? pluralForm : singular;
}
