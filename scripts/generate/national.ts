// The real national series and goals. A series here is its name, indicator, goal, unit and source as reeksen.csv
// shows them; its values are the published figures in data/bronnen/gepubliceerde-cijfers.csv (each with its locator
// in the seed documents and the first edition that can know it, see published.ts). Nothing in this file is invented.
import type { Unit } from '../snapshot/types.ts';
import { readPublishedFigures, seriesPoints, type SeriesPoint } from './published.ts';

export type { SeriesPoint } from './published.ts';

export interface NationalSeries {
  readonly id: string;
  readonly name: string;
  readonly indicator: string | null;
  /** The goal a series without indicator belongs to (column `doelstelling`); null = the whole agenda. */
  readonly goal: string | null;
  readonly unit: Unit;
  readonly source: string;
  /**
   * The source as an edition before the progress report of 2025 names it (the points it knows were published
   * earlier, at the source itself): such an edition cannot cite a report that did not exist yet.
   */
  readonly earlierSource: string | null;
  readonly points: readonly SeriesPoint[];
}

/** The year of the progress report (seed 003) most series are read from. */
export const PROGRESS_REPORT_YEAR = 2025;

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
const NOTA = 'nota aan de minister (2 juli 2024)';
const DUO_SEO = `DUO (2025), bewerking SEO, via ${P2}`;
const CBS = `CBS (2025), Stages en banen van studenten in het mbo en ho, via ${P2}`;
const SZW = `Ministerie van SZW (2025), via ${P2}`;
const LLO = `Netwerkkaart LLO-katalysator, via ${P2}, tabel 4.5`;
const OCW_REG = `Registraties OCW, via ${P2}`;
const LLO_EARLY = 'Netwerkkaart LLO-katalysator (startmeting, april 2024)';

type Meta = Omit<NationalSeries, 'points'>;

const meta = (
  id: string,
  name: string,
  indicator: string | null,
  goal: string | null,
  unit: Unit,
  source: string,
  earlierSource: string | null = null,
): Meta => ({ id, name, indicator, goal, unit, source, earlierSource });

/** Series in the order of reeksen.csv; the values come from the published figures. */
const SERIES: readonly Meta[] = [
  meta('instroom-mbo', 'Instroom mbo (bekostigd)', null, '2.1', 'aantal', `${DUO_SEO}, figuur 2.2`, 'DUO'),
  meta('gediplomeerde-uitstroom-leerweg', 'Gediplomeerde uitstroom naar leerweg (afgerond op duizendtallen)', null, '2.1', 'aantal', `${DUO_SEO}, figuur 2.9`, 'DUO'),
  meta('gediplomeerde-uitstroom-niveau-3', 'Gediplomeerde uitstroom niveau 3 (afgerond op duizendtallen)', null, '2.1', 'aantal', `${DUO_SEO}, figuur 2.10`, 'DUO'),
  meta('aandeel-uitstroom-maatschappelijke-opgaven', 'Aandeel gediplomeerde uitstroom in opleidingen voor maatschappelijke opgaven',
    'uitstroom-maatschappelijke-opgaven', '2.1', 'procent', `${DUO_SEO}, figuur 2.12`),
  meta('aandeel-uitstroom-regeling-sectoren', 'Aandeel gediplomeerde uitstroom in sectoren van de Regeling kwaliteitsafspraken', null, '2.1', 'procent', `${DUO_SEO}, figuur 2.12`),
  meta('uitstroom-regeling-sectoren', 'Gediplomeerde uitstroom in sectoren van de Regeling kwaliteitsafspraken (afgerond)', null, '2.1', 'aantal', `${DUO_SEO}, figuur 2.11`),
  // The period of these two is the year of the report with the most recent measurement (no year in the source).
  meta('werkzaam-verwante-richting', 'Gediplomeerden werkzaam in gelijke of verwante richting (opleidingen met voldoende respons)',
    'werkzaam-verwante-richting', '2.1', 'procent', `CBS Schoolverlatersonderzoek, via ${P2} (meest recente meting)`),
  meta('werkgevers-beroepsvaardigheden', 'Werkgevers tevreden over beroepsvaardigheden van mbo-werknemers', 'werkgevers-beroepsvaardigheden', '2.1', 'procent',
    `SBB (2025a), via ${P2}`),
  meta('werkgevers-tevredenheid-overig', 'Werkgevers tevreden over omgang en inzet van mbo-werknemers', null, '2.1', 'procent', `SBB (2025a), via ${P2}`),
  meta('orientatieprogramma-instellingen', 'Instellingen met deelnemers aan het experiment oriëntatieprogramma', null, '2.1', 'aantal', OCW_REG),
  meta('orientatieprogramma-deelnemers', 'Deelnemers aan het oriëntatieprogramma naar groep', null, '2.1', 'procent', OCW_REG),
  meta('orientatieprogramma-niveau', 'Deelnemers aan het oriëntatieprogramma naar niveau', null, '2.1', 'procent', OCW_REG),
  meta('orientatieprogramma-herintreders-overig', 'Herintreders en overige studenten onder de deelnemers aan het oriëntatieprogramma',
    null, '2.1', 'procent', OCW_REG),
  meta('middelen-lob', 'Investering in loopbaanoriëntatie en -begeleiding, per jaar', null, '2.1', 'euro', `Ministerie van OCW, via ${P2}`,
    'Ministerie van OCW, Werkagenda mbo 2023-2027'),
  meta('aandeel-bbl-instroom', 'Aandeel bbl in de instroom', 'aandeel-bbl-instroom', '2.3', 'procent', `DUO, via ${KAMERBRIEF}`),
  meta('aandeel-bbl-uitstroom', 'Aandeel bbl in de gediplomeerde uitstroom', 'aandeel-bbl-uitstroom', '2.3', 'procent', DUO_SEO),
  meta('bbl-25plus', 'Aandeel 25-plussers in de bbl-instroom', 'bbl-25plus', '2.3', 'procent', `${DUO_SEO}, figuur C.9`),
  meta('mbo-certificaten', 'Uitgereikte mbo-certificaten derde leerweg, bekostigde instellingen', 'mbo-certificaten', '2.3', 'aantal',
    `DUO Open data (2025), via ${P2}, figuur 4.1; het cijfer over 2024 is voorlopig`, 'DUO Open data'),
  meta('praktijkverklaringen', 'Aangemaakte praktijkverklaringen', 'praktijkverklaringen', '2.3', 'aantal', `SBB Praktijkloket (2025c), via ${P2}`,
    'SBB Praktijkloket'),
  meta('llo-katalysator', 'Mbo-instellingen betrokken bij de LLO-katalysator', 'llo-katalysator', '2.3', 'aantal', LLO, LLO_EARLY),
  meta('llo-katalysator-initiatieven', 'Initiatieven van de LLO-katalysator met betrokken mbo-instellingen', null, '2.3', 'aantal', LLO, LLO_EARLY),
  meta('llo-katalysator-aandeel', 'Initiatieven van de LLO-katalysator met het mbo, als aandeel van alle initiatieven', null, '2.3', 'procent', LLO, LLO_EARLY),
  meta('llo-katalysator-subsidieprojecten', 'Toegekende subsidieprojecten van de LLO-katalysator', null, '2.3', 'aantal', `Ministerie van OCW, via ${P2}, bijlage A`),
  meta('drie-contactmomenten-bpv-monitor', 'Drie contactmomenten volgens studenten en praktijkopleiders (BPV-monitor)', 'drie-contactmomenten', 'SP1',
    'procent', `SBB BPV-monitor (2025d), via ${P2}`),
  meta('contactmomenten-bpv-monitor', 'Te weinig contactmomenten tijdens de bpv (BPV-monitor)', null, 'SP1',
    'procent', `SBB BPV-monitor (2025d), via ${P2}`),
  meta('drie-contactmomenten-studentenpeiling', 'Drie contactmomenten volgens studenten (Studentenpeiling)', 'drie-contactmomenten', 'SP1', 'procent',
    `NPO-studentenpeiling (2025), via ${P2}`),
  meta('geen-contactmoment-studentenpeiling', 'Geen contactmoment tijdens de stage volgens studenten (Studentenpeiling)', null, 'SP1', 'procent',
    `NPO-studentenpeiling (2025), via ${P2}`),
  meta('te-weinig-contactmomenten-studentenpeiling', 'Te weinig contactmomenten tijdens de stage volgens studenten (Studentenpeiling)', null, 'SP1',
    'procent', `NPO-studentenpeiling (2025), via ${P2}`),
  meta('drie-contactmomenten-inspectie', 'Opleidingen met drie contactmomenten (Inspectie)', null, 'SP1', 'procent',
    `Inspectie van het Onderwijs (2025b), thema-onderzoek mbo-stages, via ${P2}`),
  meta('stagediscriminatie-ervaren', 'Studenten die stagediscriminatie ervoeren', 'stagediscriminatie-ervaren', 'SP2', 'procent',
    `NPO-studentenpeiling (2025, 17.621 respondenten), via ${P2}`),
  meta('meldingen-stagediscriminatie', 'Unieke meldingen van stagediscriminatie bij SBB', 'meldingen-stagediscriminatie', 'SP2', 'aantal', `SBB (2025b), via ${P2}`,
    'SBB'),
  meta('meldingen-stagediscriminatie-kanaal', 'Meldingen van stagediscriminatie naar kanaal', null, 'SP2', 'aantal', `SBB (2025b), via ${P2}`),
  meta('instellingen-met-meldingen', 'Instellingen die meldingen van stagediscriminatie registreerden (van de 50 die gegevens aan SBB leverden)',
    null, 'SP2', 'aantal', `SBB (2025b), via ${P2}`),
  meta('moeite-stageplek-jobmonitor', 'Moeite met vinden van een leerbaan, bbl (JOB-monitor)', 'moeite-stageplek', 'SP3', 'procent',
    `JOB-monitors (2020-2025), bewerking SEO, via ${P2}, figuur 3.7`),
  meta('moeite-stageplek-studentenpeiling', 'Moeite met vinden van een stageplek, bol (Studentenpeiling)', 'moeite-stageplek', 'SP3', 'procent',
    `NPO-studentenpeiling, via ${P2}`),
  meta('stageknelpunten', 'Studenten met een stageknelpunt in maart', null, 'SP3', 'procent', `SBB Stagebarometer, bewerking SEO (2025), via ${P2}, figuur 3.10; een afgerond cijfer`),
  meta('stagevergoeding-bol', 'Bol-studenten met een stagevergoeding', 'stagevergoeding-aandeel', 'SP4', 'procent', `${CBS}, tabel 3.5`),
  meta('stagevergoeding-bbl', 'Bbl-studenten met loon voor de leerwerkplek', 'stagevergoeding-aandeel', 'SP4', 'procent', `${CBS}, tabel 3.5`),
  meta('stagevergoeding-mediaan-bol', 'Mediane stagevergoeding bol', 'stagevergoeding-bedrag', 'SP4', 'euro', `${CBS}, tabel 3.6`),
  meta('stagevergoeding-mediaan-bbl', 'Mediaan loon bbl', 'stagevergoeding-bedrag', 'SP4', 'euro', `${CBS}, tabel 3.6`),
  meta('stagevergoeding-mediaan-bol-sector', 'Mediane stagevergoeding bol per sector', null, 'SP4', 'euro', `${CBS}, figuur C.8`),
  meta('cao-onderzocht', "Onderzochte cao's", null, 'SP4', 'aantal', SZW),
  meta('cao-verwijzing-stagevergoeding', "Onderzochte cao's die verwijzen naar een stagevergoeding voor bol-studenten", null, 'SP4', 'aantal', SZW),
  meta('cao-stagevergoeding', "Cao's met afspraken over stagevergoeding", 'cao-stagevergoeding', 'SP4', 'aantal', `${SZW}; dezelfde 607 cao's in beide jaren`),
  meta('cao-stagevergoeding-aandeel', "Aandeel cao's met afspraken over stagevergoeding", null, 'SP4', 'procent', `${SZW}; dezelfde 607 cao's in beide jaren`),
  meta('cao-werknemers-stagevergoeding', 'Werknemers met een cao die afspraken over stagevergoeding maakt', null, 'SP4', 'procent', SZW),
  meta('cao-bedrag-genoemd', "Cao's met afspraken over stagevergoeding die een bedrag noemen", null, 'SP4', 'procent', SZW),
  meta('cao-zelfde-bedrag', "Cao's met een bedrag dat gelijk is voor mbo, hbo en wo", null, 'SP4', 'procent', SZW),
  meta('veiligheid-school-landelijk', 'Studenten die zich veilig voelen op school', 'veiligheid-school', '1.2', 'procent', `JOB-monitor, via ${NOTA}; een afgerond cijfer`),
  meta('mentaal-welzijn', 'Studenten die zich mentaal (zeer) slecht voelen', 'mentaal-welzijn', '1.2', 'procent',
    `JOB-monitor en NPO-studentenpeiling, via ${KAMERBRIEF}`),
  meta('vsv-landelijk', 'Nieuwe voortijdig schoolverlaters', 'vsv', '1.3', 'aantal', `DUO, via ${SYNTHESE} en ${KAMERBRIEF}; een afgerond cijfer`),
  meta('practoraten', 'Practoraten in het mbo', 'practoraten', '3.4', 'aantal', `Stichting Ieder mbo een practoraat, via ${KAMERBRIEF}`),
  meta('kwaliteitsmiddelen', 'Kwaliteitsmiddelen mbo, eerste jaar', null, null, 'euro', `Regeling kwaliteitsafspraken mbo 2024-2027, via ${NOTA}`),
  meta('middelen-carriereperspectief', 'Middelen voor het carrièreperspectief van onderwijspersoneel, per jaar', null, '3.3', 'euro',
    `Regeling kwaliteitsafspraken mbo 2024-2027, via ${SYNTHESE}`),
  meta('middelen-schoolboeken', 'Middelen voor schoolboeken en licenties (amendement Hagen)', null, '1.1', 'euro', `Amendement Hagen c.s., via ${KAMERBRIEF}`),
];

function withPoints(): NationalSeries[] {
  const points = seriesPoints(readPublishedFigures());
  const unknown = [...points.keys()].filter((id) => !SERIES.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`published figures name series without metadata: ${unknown.join(', ')}`);
  return SERIES.map((s) => {
    const own = points.get(s.id) ?? [];
    if (own.length === 0) throw new Error(`series ${s.id} has no published figure`);
    for (const p of own) if (p.unit !== s.unit) throw new Error(`series ${s.id}: unit ${p.unit} of ${p.period} differs from ${s.unit}`);
    return { ...s, points: own };
  });
}

export const NATIONAL_SERIES: readonly NationalSeries[] = withPoints();

export const NATIONAL_GOALS: readonly NationalGoalRow[] = [
  // 001:L137 and 002:L55-56: "minder dan 18.000 nieuwe vsv'ers in 2026"; 000:L479-481 writes 18.000 per year in 2027.
  { indicator: 'vsv', breakdown: 'totaal', year: 2026, value: 18000,
    source: `Werkagenda mbo 2023-2027: minder dan 18.000 nieuwe vsv'ers in 2026, via het Monitoringsplan en de ${KAMERBRIEF}` },
  // The Werkagenda's bbl-offensief (quoted in 003:L2052 and L2812): 35 procent of the mbo students in a bbl track,
  // no year given (the end of the Werkagenda is used); 003:L2318-2320 and L2336-2337 measure it on the diplomas.
  { indicator: 'aandeel-bbl-uitstroom', breakdown: 'totaal', year: 2027, value: 35,
    source: 'Bbl-offensief in de Werkagenda mbo 2023-2027: minstens 35 procent bbl (geen jaartal genoemd)' },
  // Not a national goal: the 141 practoraten in 2027 of 002:L115-116 and 000:L676-677 is the institutions' own
  // ambition added up ("Gezamenlijk streven de instellingen naar …"), so their summed targets would be compared with
  // themselves. It calibrates the synthetic targets instead (counts.ts).
];

/** The peildatum of the first edition that can know a point: 1 November of its first edition year. */
export function knownFrom(point: SeriesPoint): string {
  return `${point.firstEdition}-11-01`;
}
