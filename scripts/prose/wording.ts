// Word choices shared by every paragraph template: the verb for a rise or a fall (whether it is one is
// findings/movement.ts), how a share of institutions is put in words, how a correlation is described. Pure
// functions of numbers; they choose words, never format numbers (the builder does that, so every number keeps its
// trace).
import type { Convergence, Correlation, SignificanceLabel } from '../compute/types.ts';
import type { Movement } from '../findings/movement.ts';
import { quantityWord } from './quantity.ts';

// ─── tolerance: the rule itself is findings/movement.ts ───

/** The tolerance of scripts/findings/movement.ts in words, for the method chapter. */
export const TOLERANCE_TEXT =
  'een verschil van minder dan een half procentpunt, bij rapportcijfers minder dan een twintigste punt en bij ' +
  'aantallen en bedragen minder dan een procent van de beginwaarde';

/** Past-tense verb for a movement: `steeg`, `daalde`, `bleef vrijwel gelijk`. */
export function movedVerb(m: Movement): string {
  return m === 'stijging' ? 'steeg' : m === 'daling' ? 'daalde' : 'bleef vrijwel gelijk';
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
 * tested table in quantity.ts; "meerderheid" only with `majority` (the Wilson interval lies above 50%).
 */
export function sharePhrase(share: number | null, majority = false): string | null {
  return quantityWord(share, majority);
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

/** A measure or other long name in quotes. */
export function quoted(name: string): string {
  return `‘${name}’`;
}

/** Pick the verb form for a subject: `verb(true, 'heeft', 'hebben')`. */
export function verb(plural: boolean, singular: string, pluralForm: string): string {
  return plural ? pluralForm : singular;
}
