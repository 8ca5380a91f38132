// The real national series and goals, copied from the seed documents (locators per row: file:line, see
// /work/shared/seeds/published-figures.md §3). Only values the text states unambiguously are here; OCR-uncertain
// readings (e.g. the Figuur 2.1 participant counts of the orientation programme) and vague ones ("23 à 24
// procent", "rond de 73 duizend") are left out. Nothing in this file is invented.
//
// `from` is the first edition (report year) that can know a value: by default the year after the period
// starts (2023/24 → 2024 edition, 2024 → 2025 edition); values first published in 2025 say so explicitly.
import type { Unit } from '../snapshot/types.ts';

export interface SeriesPoint {
  readonly breakdown: string;
  readonly period: string;
  readonly value: number;
  readonly from?: number;
}

export interface NationalSeries {
  readonly id: string;
  readonly name: string;
  readonly indicator: string | null;
  /** The goal a series without indicator belongs to (column `doelstelling`); null = the whole agenda. */
  readonly goal: string | null;
  readonly unit: Unit;
  readonly source: string;
  /** First edition for every point, when the source itself appeared later than the periods it covers. */
  readonly from?: number;
  readonly points: readonly SeriesPoint[];
}

export interface NationalGoalRow {
  readonly indicator: string;
  readonly breakdown: string;
  readonly year: number;
  readonly value: number;
  readonly source: string;
}

const P2 = 'Voortgangsrapportage prioriteit 2 (2025)';
const SYNTHESE = 'Synthese monitor Werkagenda en Stagepact (2024)';
const KAMERBRIEF = 'Kamerbrief Werkagenda en Stagepact (2024)';

const totaal = (values: Record<string, number>, from?: number): SeriesPoint[] =>
  Object.entries(values).map(([period, value]) => ({ breakdown: 'totaal', period, value, ...(from ? { from } : {}) }));

const LEVELS = ['entree', 'niveau 2', 'niveau 3', 'niveau 4', 'totaal'] as const;
/** One row per level: `[2023, 2024]` values in the order entree, niveau 2, niveau 3, niveau 4, totaal. */
const perLevel = (rows: readonly (readonly [number, number])[]): SeriesPoint[] =>
  rows.flatMap(([a, b], i) => [
    { breakdown: LEVELS[i]!, period: '2023', value: a },
    { breakdown: LEVELS[i]!, period: '2024', value: b },
  ]);

export const NATIONAL_SERIES: readonly NationalSeries[] = [
  // 003 Figuur 2.2, L671-688
  { id: 'instroom-mbo', name: 'Instroom mbo (bekostigd)', indicator: null, goal: '2.1', unit: 'aantal',
    source: `DUO (2025), bewerking SEO, via ${P2}, figuur 2.2`,
    points: totaal({ '2017/18': 214365, '2018/19': 220895, '2019/20': 222742, '2020/21': 217059, '2021/22': 211203,
      '2022/23': 208029, '2023/24': 206000, '2024/25': 208310 }) },
  // 003:L829-831 (figuur 2.9), in thousands as the text gives them
  { id: 'gediplomeerde-uitstroom-leerweg', name: 'Gediplomeerde uitstroom naar leerweg (afgerond op duizendtallen)',
    indicator: null, goal: '2.1', unit: 'aantal', source: `DUO (2025), bewerking SEO, via ${P2}, figuur 2.9`,
    points: [
      { breakdown: 'bol', period: '2016/17', value: 105000 }, { breakdown: 'bol', period: '2023/24', value: 86000 },
      { breakdown: 'bbl', period: '2016/17', value: 37000 }, { breakdown: 'bbl', period: '2023/24', value: 50000 },
    ] },
  // 003:L837-838 (figuur 2.10)
  { id: 'gediplomeerde-uitstroom-niveau-3', name: 'Gediplomeerde uitstroom niveau 3 (afgerond op duizendtallen)',
    indicator: null, goal: '2.1', unit: 'aantal', source: `DUO (2025), bewerking SEO, via ${P2}, figuur 2.10`,
    points: [{ breakdown: 'niveau 3', period: '2016/17', value: 37000 }, { breakdown: 'niveau 3', period: '2023/24', value: 30000 }] },
  // 003:L856-859 (figuur 2.12)
  { id: 'aandeel-uitstroom-maatschappelijke-opgaven', name: 'Aandeel gediplomeerde uitstroom in opleidingen voor maatschappelijke opgaven',
    indicator: 'uitstroom-maatschappelijke-opgaven', goal: '2.1', unit: 'procent',
    source: `DUO (2025), bewerking SEO, via ${P2}, figuur 2.12`, points: totaal({ '2016/17': 49, '2023/24': 54 }) },
  { id: 'aandeel-uitstroom-regeling-sectoren', name: 'Aandeel gediplomeerde uitstroom in sectoren van de Regeling kwaliteitsafspraken',
    indicator: null, goal: '2.1', unit: 'procent', source: `DUO (2025), bewerking SEO, via ${P2}, figuur 2.12`,
    points: totaal({ '2016/17': 22, '2023/24': 26 }) },
  // 003:L850
  { id: 'uitstroom-regeling-sectoren', name: 'Gediplomeerde uitstroom in sectoren van de Regeling kwaliteitsafspraken (afgerond)',
    indicator: null, goal: '2.1', unit: 'aantal', source: `DUO (2025), bewerking SEO, via ${P2}, figuur 2.11`,
    points: totaal({ '2017/18': 31000, '2023/24': 35000 }) },
  // 003:L929-934 and L939-942; the period is the year of the report that publishes the most recent measurement.
  { id: 'werkzaam-verwante-richting', name: 'Gediplomeerden werkzaam in gelijke of verwante richting (opleidingen met voldoende respons)',
    indicator: 'werkzaam-verwante-richting', goal: '2.1', unit: 'procent',
    source: `CBS Schoolverlatersonderzoek, via ${P2} (meest recente meting)`, points: totaal({ 2025: 56 }) },
  { id: 'werkgevers-beroepsvaardigheden', name: 'Werkgevers tevreden over beroepsvaardigheden van mbo-werknemers',
    indicator: 'werkgevers-beroepsvaardigheden', goal: '2.1', unit: 'procent', source: `SBB (2025a), via ${P2}`,
    points: totaal({ 2025: 76 }) },
  // 002:L284-285, 004:L121; 003:L2233; 003:L2244-2247
  { id: 'aandeel-bbl-instroom', name: 'Aandeel bbl in de instroom', indicator: 'aandeel-bbl-instroom', goal: '2.3', unit: 'procent',
    source: `DUO, via ${KAMERBRIEF}`, points: totaal({ '2023/24': 31 }) },
  { id: 'aandeel-bbl-uitstroom', name: 'Aandeel bbl in de gediplomeerde uitstroom', indicator: 'aandeel-bbl-uitstroom', goal: '2.3',
    unit: 'procent', source: `DUO (2025), bewerking SEO, via ${P2}`, from: 2025, points: totaal({ '2023/24': 37 }) },
  { id: 'bbl-25plus', name: 'Aandeel 25-plussers in de bbl-instroom', indicator: 'bbl-25plus', goal: '2.3', unit: 'procent',
    source: `DUO (2025), bewerking SEO, via ${P2}, figuur C.9`, from: 2025, points: totaal({ '2022/23': 53, '2024/25': 45 }) },
  // 003 Figuur 4.1, L2174-2192; 2024 is provisional. The text (L2159-2160 and footnote 25) says the rise
  // continued in 2023 and flattened in 2024, which fixes the order of the two top labels.
  { id: 'mbo-certificaten', name: 'Uitgereikte mbo-certificaten derde leerweg, bekostigde instellingen (2024 voorlopig)',
    indicator: 'mbo-certificaten', goal: '2.3', unit: 'aantal', source: `DUO Open data (2025), via ${P2}, figuur 4.1`,
    points: totaal({ 2020: 1169, 2021: 3984, 2022: 5606, 2023: 7162, 2024: 7267 }) },
  // 003:L2221-2226
  { id: 'praktijkverklaringen', name: 'Aangemaakte praktijkverklaringen', indicator: 'praktijkverklaringen', goal: '2.3',
    unit: 'aantal', source: `SBB Praktijkloket (2025c), via ${P2}`, points: totaal({ '2022/23': 2008, '2024/25': 3071 }) },
  // 003 Tabel 4.5, L2269-2274 (april 2024 and mei 2025)
  { id: 'llo-katalysator', name: 'Mbo-instellingen betrokken bij de LLO-katalysator', indicator: 'llo-katalysator', goal: '2.3',
    unit: 'aantal', source: `Netwerkkaart LLO-katalysator, via ${P2}, tabel 4.5`,
    points: [{ breakdown: 'totaal', period: '2024', value: 20, from: 2024 }, { breakdown: 'totaal', period: '2025', value: 27 }] },
  { id: 'llo-katalysator-initiatieven', name: 'Initiatieven van de LLO-katalysator met betrokken mbo-instellingen', indicator: null,
    goal: '2.3', unit: 'aantal', source: `Netwerkkaart LLO-katalysator, via ${P2}, tabel 4.5`,
    points: [{ breakdown: 'totaal', period: '2024', value: 9, from: 2024 }, { breakdown: 'totaal', period: '2025', value: 17 }] },
  // 003:L1422-1440
  { id: 'drie-contactmomenten-bpv-monitor', name: 'Drie contactmomenten volgens studenten en praktijkopleiders (BPV-monitor)',
    indicator: 'drie-contactmomenten', goal: 'SP1', unit: 'procent', source: `SBB BPV-monitor (2025d), via ${P2}`,
    points: totaal({ 2025: 16 }) },
  { id: 'drie-contactmomenten-studentenpeiling', name: 'Drie contactmomenten volgens studenten (Studentenpeiling)',
    indicator: 'drie-contactmomenten', goal: 'SP1', unit: 'procent', source: `NPO-studentenpeiling (2025), via ${P2}`,
    points: totaal({ 2025: 13 }) },
  // 003:L1501-1503 (17.621 respondents)
  { id: 'stagediscriminatie-ervaren', name: 'Studenten die stagediscriminatie ervoeren', indicator: 'stagediscriminatie-ervaren',
    goal: 'SP2', unit: 'procent', source: `NPO-studentenpeiling (2025), via ${P2}`, points: totaal({ 2025: 11 }) },
  // 003:L1515-1521
  { id: 'meldingen-stagediscriminatie', name: 'Unieke meldingen van stagediscriminatie bij SBB', indicator: 'meldingen-stagediscriminatie',
    goal: 'SP2', unit: 'aantal', source: `SBB (2025b), via ${P2}`, points: totaal({ 2023: 98, 2024: 109 }) },
  // 003:L1478-1482: bbl 22% in every JOB-monitor 2020-2024, 28% in 2025; Studentenpeiling bol 31% and 33%.
  { id: 'moeite-stageplek-jobmonitor', name: 'Moeite met vinden van een leerbaan, bbl (JOB-monitor)', indicator: 'moeite-stageplek',
    goal: 'SP3', unit: 'procent', source: `JOB-monitors (2020-2025), bewerking SEO, via ${P2}, figuur 3.7`, from: 2025,
    points: [2020, 2022, 2024, 2025].map((y) => ({ breakdown: 'bbl', period: String(y), value: y === 2025 ? 28 : 22 })) },
  { id: 'moeite-stageplek-studentenpeiling', name: 'Moeite met vinden van een stageplek, bol (Studentenpeiling)',
    indicator: 'moeite-stageplek', goal: 'SP3', unit: 'procent', source: `NPO-studentenpeiling, via ${P2}`, from: 2025,
    points: [{ breakdown: 'bol', period: '2024', value: 31 }, { breakdown: 'bol', period: '2025', value: 33 }] },
  // 003 Tabel 3.5 and 3.6, L1660-1686 (CBS 2025: March 2023 and March 2024)
  { id: 'stagevergoeding-bol', name: 'Bol-studenten met een stagevergoeding', indicator: 'stagevergoeding-aandeel', goal: 'SP4',
    unit: 'procent', source: `CBS (2025), Stages en banen van studenten in het mbo en ho, via ${P2}, tabel 3.5`, from: 2025,
    points: perLevel([[15, 17], [30, 32], [46, 49], [43, 44], [41, 42]]) },
  { id: 'stagevergoeding-bbl', name: 'Bbl-studenten met loon voor de leerwerkplek', indicator: 'stagevergoeding-aandeel', goal: 'SP4',
    unit: 'procent', source: `CBS (2025), Stages en banen van studenten in het mbo en ho, via ${P2}, tabel 3.5`, from: 2025,
    points: perLevel([[80, 80], [95, 94], [98, 98], [98, 98], [97, 97]]) },
  { id: 'stagevergoeding-mediaan-bol', name: 'Mediane stagevergoeding bol', indicator: 'stagevergoeding-bedrag', goal: 'SP4',
    unit: 'euro', source: `CBS (2025), Stages en banen van studenten in het mbo en ho, via ${P2}, tabel 3.6`, from: 2025,
    points: perLevel([[140, 150], [170, 220], [180, 250], [250, 250], [230, 250]]) },
  { id: 'stagevergoeding-mediaan-bbl', name: 'Mediaan loon bbl', indicator: 'stagevergoeding-bedrag', goal: 'SP4',
    unit: 'euro', source: `CBS (2025), Stages en banen van studenten in het mbo en ho, via ${P2}, tabel 3.6`, from: 2025,
    points: perLevel([[980, 1000], [1340, 1450], [1780, 1960], [2090, 2280], [1810, 1980]]) },
  // 003:L1637-1640: the 607 cao's studied in both years
  { id: 'cao-stagevergoeding', name: "Cao's met afspraken over stagevergoeding (607 cao's in beide jaren)", indicator: 'cao-stagevergoeding',
    goal: 'SP4', unit: 'aantal', source: `Ministerie van SZW (2025), via ${P2}`, from: 2025, points: totaal({ 2023: 60, 2024: 103 }) },
  // 002:L66-67; 004:L120 (the 2024 value was known in July 2024)
  { id: 'mentaal-welzijn', name: 'Studenten die zich mentaal (zeer) slecht voelen', indicator: 'mentaal-welzijn', goal: '1.2',
    unit: 'procent', source: `JOB-monitor en NPO-studentenpeiling, via ${KAMERBRIEF}`,
    points: [{ breakdown: 'totaal', period: '2022', value: 22 }, { breakdown: 'totaal', period: '2024', value: 13, from: 2024 }] },
  // 000:L479-482; 002:L59-60; 004:L119 ("circa 30.000"; vsv stagnated in 2022/2023). Only this value is published.
  { id: 'vsv-landelijk', name: "Nieuwe voortijdig schoolverlaters (circa)", indicator: 'vsv', goal: '1.3', unit: 'aantal',
    source: `DUO, via ${SYNTHESE} en ${KAMERBRIEF}`, points: totaal({ '2022/23': 30000 }) },
  // 002:L115-116; 000:L676-677
  { id: 'practoraten', name: 'Practoraten in het mbo', indicator: 'practoraten', goal: '3.4', unit: 'aantal',
    source: `Stichting Ieder mbo een practoraat, via ${KAMERBRIEF}`, points: totaal({ 2023: 76 }) },
  // The institutions' summed ambition for 2027 (141, 002:L115-116) is not a series point: it follows from
  // the institutions' practoraten targets and is computed as the sector sum.
  // 004:L100: €704 mln in the first year (€2,3 mld over the whole term)
  { id: 'kwaliteitsmiddelen', name: 'Kwaliteitsmiddelen mbo, eerste jaar', indicator: null, goal: null, unit: 'euro',
    source: 'Regeling kwaliteitsafspraken mbo 2024-2027, via nota aan de minister (2 juli 2024)',
    points: [{ breakdown: 'totaal', period: '2024', value: 704000000, from: 2024 }] },
];

export const NATIONAL_GOALS: readonly NationalGoalRow[] = [
  // 000:L479-481 (18.000 per year in 2027); 001:L137 and 002:L55-56 state "minder dan 18.000 in 2026".
  { indicator: 'vsv', breakdown: 'totaal', year: 2027, value: 18000,
    source: `Werkagenda mbo 2023-2027: minder dan 18.000 nieuwe vsv'ers, via ${SYNTHESE}` },
  // 003:L2318-2320, L2336-2337: the bbl-offensief agreed at least 35 procent (no year given; the end of the Werkagenda is used).
  { indicator: 'aandeel-bbl-uitstroom', breakdown: 'totaal', year: 2027, value: 35,
    source: `Bbl-offensief: minstens 35 procent bbl (geen jaartal genoemd), via ${P2}` },
];

/** First edition that knows a point (see the header comment). */
export function knownFrom(series: NationalSeries, point: SeriesPoint): number {
  const byPeriod = Number(point.period.slice(0, 4)) + 1;
  return Math.max(series.from ?? 0, point.from ?? byPeriod);
}
