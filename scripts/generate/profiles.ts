// How institution-level values are invented, per indicator: sector means and spreads of start values and
// ambitions, the catch-up (convergence) relation, the realised path per year and who answers surveys.
// The numbers come from the sector figures of seeds 000 and 003 where they exist (locators per entry);
// where the seeds publish nothing they are plausible guesses. Nothing here is an institution's real value.
import type { InstitutionKind } from '../snapshot/types.ts';

/** Which source delivers realised values, and when (see `measurements`). */
export type SourceKind = 'job' | 'mto' | 'bpv' | 'peiling' | 'duo' | 'cbs';

export interface BreakdownProfile {
  readonly label: string;
  /** Sector mean of the start value, and the spread between institutions. */
  readonly start: number;
  readonly startSd: number;
  /** Mean improvement ambition (target minus start, sign-adjusted so positive = better) and its spread. */
  readonly ambition: number;
  readonly ambitionSd: number;
  /** Mean change of the realised value against the start value, per year (raw units, not sign-adjusted). */
  readonly path: Readonly<Record<number, number>>;
  /** Spread of realised values around the path between institutions and years. */
  readonly noise: number;
  /** Share of an institution's respondents that fall in this breakdown. */
  readonly respondents?: (inst: { bblShare: number }) => number;
  /** Share of institutions offering this breakdown (e.g. entree), per kind of institution. */
  readonly offered?: Readonly<Record<InstitutionKind, number>>;
}

export interface LevelProfile {
  readonly kind: 'level';
  readonly source: SourceKind;
  readonly startYear: number;
  readonly breakdowns: readonly BreakdownProfile[];
  /** Improvement per unit of (sign-adjusted) start above the mean; negative = institutions behind catch up. */
  readonly convergence?: number;
  /** The institution's own start value before re-centring (instead of a draw from the sector spread). */
  readonly startFrom?: (inst: { bblShare: number }) => number;
  /** Start offset per kind of institution, in units of startSd. */
  readonly kindShift?: Readonly<Partial<Record<InstitutionKind, number>>>;
  /** Share of institutions with a start value that set a target in the quality agenda. */
  readonly agendaShare?: number;
  /** Realised change per sd of the share of the goal budget spent in 2024 (planted effort relation). */
  readonly effortLink?: number;
  /** Respondents per student, for `n` of survey sources. */
  readonly respondentsPerStudent?: number;
  /** Only realised values, no start or target (a question asked for the first time). */
  readonly realisedOnly?: boolean;
  /** Bounds of realised values, when narrower than the unit's range. */
  readonly range?: readonly [number, number];
  /** Restrict the source's measurement years. */
  readonly years?: readonly number[];
  /** Share of institutions that use one target for all breakdowns (003:L892-893: 22 of 37). */
  readonly sameTargetShare?: number;
}

export interface CountProfile {
  readonly kind: 'count';
  readonly model: 'vsv' | 'practoraten' | 'participants';
}

/** Values computed from another indicator's rows (the vsv share from the vsv count). */
export interface DerivedProfile {
  readonly kind: 'derived';
  readonly from: string;
}

export type Profile = LevelProfile | CountProfile | DerivedProfile;

const totaal = (b: Omit<BreakdownProfile, 'label'>): BreakdownProfile[] => [{ label: 'totaal', ...b }];
/** The mean path per year; 2026 goes on from 2025 at half the pace of the year before (a guess, nothing is published). */
const path = (y2023: number, y2024: number, y2025: number) => ({ 2023: y2023, 2024: y2024, 2025: y2025, 2026: y2025 + (y2025 - y2024) / 2 });

export const PROFILES: Readonly<Record<string, Profile>> = {
  'gelijkwaardige-behandeling': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3,
    breakdowns: totaal({ start: 71, startSd: 6, ambition: 4, ambitionSd: 2.5, path: path(0, 1, 2), noise: 3 }),
  },
  // Mean start above 80%, ambition +3 (000:L242, L252-253).
  'veiligheid-school': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3,
    breakdowns: totaal({ start: 82, startSd: 4, ambition: 3, ambitionSd: 1.5, path: path(0, 0.5, 1), noise: 2 }),
  },
  'veiligheid-bpv': {
    kind: 'level', source: 'bpv', startYear: 2022, respondentsPerStudent: 0.08,
    breakdowns: totaal({ start: 88, startSd: 3, ambition: 2, ambitionSd: 1.2, path: path(0, 0.5, 1), noise: 2 }),
  },
  // 22% in 2022 → 13% in 2024 nationally (002:L66-67): the realised path follows that fall.
  'mentaal-welzijn': {
    kind: 'level', source: 'peiling', startYear: 2022, respondentsPerStudent: 0.04,
    breakdowns: totaal({ start: 22, startSd: 3.5, ambition: 6, ambitionSd: 2.5, path: path(-5, -9, -8.5), noise: 2.5 }),
  },
  'ondersteuning-tevreden': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3,
    breakdowns: totaal({
      start: 58, startSd: 7, ambition: 5, ambitionSd: 3, path: path(0, 1.5, 2.5), noise: 4,
      respondents: () => 0.2,
    }),
  },
  // Sum of starts ≈ 30.000, sum of targets ≈ 19.300 against the national 18.000 (000:L479-487).
  vsv: { kind: 'count', model: 'vsv' },
  'vsv-aandeel': { kind: 'derived', from: 'vsv' },
  'werk-entree-niveau2': {
    kind: 'level', source: 'cbs', startYear: 2022,
    breakdowns: totaal({ start: 74, startSd: 6, ambition: 3, ambitionSd: 2, path: path(0.5, 1, 1.2), noise: 3 }),
  },
  'eerstejaars-succes': {
    kind: 'level', source: 'duo', startYear: 2022,
    breakdowns: totaal({ start: 79, startSd: 4, ambition: 3, ambitionSd: 2, path: path(0, 0.5, 1), noise: 1.5 }),
  },
  'succes-doorstroom-hbo': {
    kind: 'level', source: 'duo', startYear: 2022, kindShift: { vakinstelling: -0.5 },
    breakdowns: totaal({ start: 68, startSd: 6, ambition: 4, ambitionSd: 2.5, path: path(0.5, 1, 1.5), noise: 3 }),
  },
  laaggeletterdheid: { kind: 'count', model: 'participants' },
  // Per level: targets without e-file 47/43/42/41, realised 2025 entree above target, niveau 2 almost,
  // niveau 3 34% vs 42%, niveau 4 29% vs 41% (003 Tabel 1.2, L876-881); entree offered by 41 of 50 (L913).
  'hulp-keuze': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3, sameTargetShare: 0.6,
    breakdowns: [
      { label: 'entree', start: 45, startSd: 8, ambition: 2, ambitionSd: 4, path: path(0, 3, 10), noise: 5,
        respondents: () => 0.04, offered: { roc: 0.95, aoc: 0.5, vakinstelling: 0.3, overig: 0.5 } },
      { label: 'niveau 2', start: 40, startSd: 7, ambition: 3, ambitionSd: 3.5, path: path(0, 1, 2.5), noise: 4,
        respondents: () => 0.2, offered: { roc: 1, aoc: 0.8, vakinstelling: 0.6, overig: 0.8 } },
      { label: 'niveau 3', start: 36, startSd: 7, ambition: 6, ambitionSd: 3.5, path: path(0, -1, -2), noise: 4,
        respondents: () => 0.3 },
      { label: 'niveau 4', start: 32, startSd: 7, ambition: 9, ambitionSd: 3.5, path: path(0, -1, -3), noise: 4,
        respondents: () => 0.46 },
    ],
  },
  'instroom-maatschappelijke-opgaven': {
    kind: 'level', source: 'duo', startYear: 2022,
    breakdowns: totaal({ start: 48, startSd: 12, ambition: 3, ambitionSd: 3, path: path(-0.5, -1, -0.5), noise: 2 }),
  },
  // National share 49% (2016/17) → 54% (2023/24) (003:L856-859).
  'uitstroom-maatschappelijke-opgaven': {
    kind: 'level', source: 'duo', startYear: 2022,
    breakdowns: totaal({ start: 53, startSd: 12, ambition: 3, ambitionSd: 3, path: path(0.5, 1, 1.5), noise: 2 }),
  },
  // Mean target 47% after +11 (000:L555-558); JOB participants 34% (2024) → 37% (2025) (003:L1308-1313).
  // Targets differ widely: 8 of 25 institutions already reached theirs (003:L1328-1334, footnote 18).
  'stage-school-bol': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3,
    breakdowns: totaal({ start: 36, startSd: 7, ambition: 11, ambitionSd: 10, path: path(0, -2, 1), noise: 9,
      respondents: (i) => (1 - i.bblShare) * 0.5 }),
  },
  // Mean +2 to 69% overall (000:L559-562); bol 64% → 67% against 71%, bbl 71% against 70% (003:L1376-1382).
  'stage-leerbedrijf': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3,
    breakdowns: [
      { label: 'bol', start: 65, startSd: 6, ambition: 2, ambitionSd: 3, path: path(0, -1, 2), noise: 4,
        respondents: (i) => (1 - i.bblShare) * 0.5 },
      { label: 'bbl', start: 69, startSd: 6, ambition: 2, ambitionSd: 3, path: path(0, 1, 2), noise: 5,
        respondents: (i) => i.bblShare * 0.35 }, // bbl students at work answer less often; small ones fall below 30
    ],
  },
  // 31% of the instroom chose bbl in 2023/24 (002:L284); spending on 2.3 relates to the change (003:L2292-2294).
  'aandeel-bbl-instroom': {
    kind: 'level', source: 'duo', startYear: 2022, startFrom: (i) => i.bblShare * 100, effortLink: 0.6,
    breakdowns: totaal({ start: 31, startSd: 11, ambition: 2, ambitionSd: 3, path: path(1, 0.5, 0), noise: 1.5 }),
  },
  // 42% → 68%; institutions behind set the larger steps (000:L259, L323-338, L706-707).
  rekenen: {
    kind: 'level', source: 'duo', startYear: 2022, convergence: -0.5,
    breakdowns: totaal({ start: 42, startSd: 10, ambition: 26, ambitionSd: 6, path: path(6, 12, 16), noise: 4 }),
  },
  // 77% → 87%, no catch-up reported (000:L254-256, L712-713).
  'nederlands-ce': {
    kind: 'level', source: 'duo', startYear: 2022,
    breakdowns: totaal({ start: 77, startSd: 5, ambition: 10, ambitionSd: 3, path: path(1, 2, 3), noise: 2 }),
  },
  'burgerschap-lessen': {
    kind: 'level', source: 'job', startYear: 2022, respondentsPerStudent: 0.3,
    breakdowns: totaal({ start: 48, startSd: 7, ambition: 5, ambitionSd: 3, path: path(0, 1, 2), noise: 4 }),
  },
  // 41% → 35%; starts from 30% to well above 50%; catch-up significant (000:L398-416, L330-336).
  werkdruk: {
    kind: 'level', source: 'mto', startYear: 2022, respondentsPerStudent: 0.05, convergence: -0.45,
    breakdowns: totaal({ start: 41, startSd: 6, ambition: 6, ambitionSd: 2.5, path: path(0, -1.5, -2), noise: 3 }),
  },
  // 47% → 56% (+10 pp, 002:L82); starts from below 20 to above 70, differences stay large (000:L403-419).
  'lc-ld': {
    kind: 'level', source: 'duo', startYear: 2022, convergence: -0.15, agendaShare: 0.72,
    breakdowns: totaal({ start: 47, startSd: 13, ambition: 9, ambitionSd: 4, path: path(1, 2.5, 4), noise: 2 }),
  },
  // 6,8 → 7,1 (000:L411-412).
  professionalisering: {
    kind: 'level', source: 'mto', startYear: 2022, respondentsPerStudent: 0.05, convergence: -0.4,
    breakdowns: totaal({ start: 6.8, startSd: 0.3, ambition: 0.3, ambitionSd: 0.15, path: path(0, 0.1, 0.15), noise: 0.15 }),
  },
  // 7,8 → 8,2 (000:L421-423).
  'rapportcijfer-starters': {
    kind: 'level', source: 'mto', startYear: 2022, respondentsPerStudent: 0.009,
    breakdowns: totaal({ start: 7.8, startSd: 0.3, ambition: 0.4, ambitionSd: 0.2, path: path(0, 0.1, 0.15), noise: 0.2 }),
  },
  'uitstroom-starters': {
    kind: 'level', source: 'duo', startYear: 2022,
    breakdowns: totaal({ start: 22, startSd: 6, ambition: 4, ambitionSd: 3, path: path(0, -1, -1.5), noise: 3 }),
  },
  // 76 in 2023 → 141 in 2027 (002:L115-116; 000:L676-677).
  practoraten: { kind: 'count', model: 'practoraten' },
  // 11% on average, from 5% to 16% per institution, first asked in 2025 (003:L1501-1503).
  'stagediscriminatie-ervaren': {
    kind: 'level', source: 'peiling', startYear: 2025, respondentsPerStudent: 0.037, realisedOnly: true, years: [2025], range: [5, 16],
    breakdowns: totaal({ start: 11, startSd: 2.5, ambition: 0, ambitionSd: 0, path: path(0, 0, 0), noise: 0 }),
  },
};
