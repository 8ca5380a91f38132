// The measures institutions can take per goal, with the share of institutions that carried each out,
// and the distributions of the e-file judgements. Names and shares for goals 2.1-2.3 are the real ones of
// seed 003 (Tabel 2.2, 3.2, 4.2 and 2.3/2.4, 3.3/3.4, 4.3/4.4); for the other goals the names follow the
// actions in seed 001 (L124-126) and the measures described in seed 000 (L527-530, L566-582, L700-725,
// L1046-1070), with invented shares around the sector average of 71% (000:L153-155).
// Mandatory (geoormerkt): LOB, professionalisering stagebeleid, carrièreperspectief and practoraten
// (004:L94); 003 Tabel 3.2 also marks informing students about reporting stagediscriminatie as mandatory.
import type { Effectiveness, Progress } from '../snapshot/types.ts';

export interface MeasureRow {
  readonly id: string;
  readonly goal: string;
  readonly name: string;
  readonly mandatory: boolean;
  /** Share of institutions (with a budget for the goal) that carried it out. */
  readonly share: number;
}

const m = (id: string, name: string, share: number, mandatory = false): MeasureRow => ({
  id,
  goal: id.slice(0, id.indexOf('-')),
  name,
  mandatory,
  share,
});

export const MEASURES: readonly MeasureRow[] = [
  m('1.1-studentenkaart', 'Invoeren van een (fysieke) mbo-studentenkaart', 0.7),
  m('1.1-studenteninitiatieven', 'Ondersteunen van studenteninitiatieven, zoals studentenverenigingen', 0.83),
  m('1.1-introductieperiode', 'Afspraken met gemeenten en partners over een introductieperiode voor mbo-studenten', 0.6),
  m('1.1-internationalisering', 'Wegnemen van barrières voor internationalisering en toegang tot het studentenleven', 0.45),
  m('1.2-mentaal-welzijn', 'Gesprekken over mentaal welzijn met inzet van instrumenten zoals Testjeleefstijl.nl', 0.9),
  m('1.2-gezonde-school', 'Aansluiten bij de aanpak Gezonde School', 0.7),
  m('1.2-veiligheidsplan', 'Uitbreiden van het sociaal veiligheidsplan', 0.8),
  m('1.2-passend-onderwijs', 'Uitvoeren van de Verbeteragenda Passend Onderwijs', 0.72),
  m('1.3-vsv-aanpak', 'Voortzetten en uitbreiden van de vsv-aanpak met gemeenten en andere partners', 0.95),
  m('1.3-eerste-lijn', 'Extra begeleiding in de eerste lijn (coaches, loopbaan- en bpv-begeleiders)', 0.85),
  m('1.3-tweede-lijn', 'Meer specialisten in de tweede lijn (trajectbegeleiders, onderwijskundigen)', 0.7),
  m('1.3-terugkeer-nazorg', 'Ondersteuning bij terugkeer naar school en nazorg', 0.75),
  m('1.3-kleinere-klassen', 'Verkleinen van klassen', 0.45),
  m('1.4-beroepskolom', 'Samenwerking en afstemming in de regio en in de beroepskolom (vmbo-mbo-hbo)', 0.85),
  m('1.4-doorlopende-leerlijnen', 'Doorlopende leerlijnen en Ad-trajecten met het hbo', 0.65),
  m('1.4-gelijke-kansen', 'Extra aandacht voor de gelijkekansengroep bij in- en doorstroom', 0.6),
  m('1.5-llo-collectief', "Scholingsprogramma's voor laaggeletterden met het LLO-collectief", 0.6),
  m('1.5-gemeenten', 'Samenwerking met gemeenten rond basisvaardigheden van volwassenen', 0.5),
  // 003 Tabel 2.2 (n = 50)
  m('2.1-lob', 'Investeren in extra capaciteit en kwaliteit op LOB, met name voor de opleidingen verbonden met de maatschappelijke opgaven', 0.94, true),
  m('2.1-voorlichting-werkgevers', 'Afspraken met werkgevers over gezamenlijke inzet op voorlichting, zoals oriënterende bedrijfsbezoeken', 0.92),
  m('2.1-orientatieprogramma', 'Deelname aan het experiment met een domeinoverstijgend oriëntatieprogramma', 0.52),
  m('2.1-regionale-afstemming-lob', 'Regionale afstemming tussen vo, mbo en hbo op LOB, waarbij de loopbaan van de student centraal staat', 0.82),
  m('2.1-kansrijk-opleiden', 'Afspraken over de nadere invulling van de Aanpak Kansrijk opleiden op regionaal niveau', 0.64),
  // 003 Tabel 3.2 (n = 50)
  m('2.2-lob-stages', 'Goede link tussen LOB/arbeidsmarktvoorbereiding en stages', 0.92),
  m('2.2-sociale-normstelling', 'Sociale normstelling rondom stagediscriminatie', 0.94),
  m('2.2-meldpunt', 'Instellen van een toegankelijk, laagdrempelig meldpunt stagediscriminatie met ondersteuning voor de student', 0.96),
  m('2.2-regionale-werkwijze', 'Regionale werkwijze voor het opvolgen van meldingen en aanpakken van stagediscriminatie', 0.82),
  m('2.2-meldingen-sbb', 'Meldingen van stagediscriminatie doorgeven aan SBB', 0.84),
  m('2.2-stagematching', 'Stagematching bij de eerste stage van bol-studenten in jaar 1', 0.78),
  m('2.2-contactmomenten', 'Drie contactmomenten met student, stagebegeleider en praktijkbegeleider samen, één op het leerbedrijf', 0.92),
  m('2.2-professionalisering-stagebeleid', 'Professionaliseren van stagebeleid en stagebegeleiders, onder meer om stagediscriminatie te voorkomen', 0.94, true),
  m('2.2-studenten-informeren', 'Studenten informeren over hoe zij stagediscriminatie kunnen melden', 0.92, true),
  // 003 Tabel 4.2 (n = 50, none mandatory)
  m('2.3-bbl-aanbod', 'Vergroten van het aanbod en de bekendheid van bbl-opleidingen, met name voor de maatschappelijke opgaven', 0.8),
  m('2.3-zij-instromers', 'Bbl-opleidingen afstemmen op wat zij-instromers al kennen en kunnen', 0.78),
  m('2.3-bbl-regio', 'Bbl-aanbod expliciet bekend maken in de regio', 0.78),
  m('2.3-certificaten', 'Vergroten van het aanbod certificaatgericht onderwijs (certificaten, praktijkverklaringen)', 0.86),
  m('2.3-regionale-arrangementen', 'Regionale arrangementen met het bedrijfsleven gericht op de maatschappelijke opgaven', 0.84),
  m('2.3-arbeidsmarktinfrastructuur', 'Bijdrage aan de arbeidsmarktinfrastructuur, waaronder deelname aan het RMT', 0.64),
  m('3.1-bevoegdheden', 'Invulling van de eisen aan bevoegdheden van docenten basisvaardigheden', 0.85),
  m('3.1-passend-bij-doelgroep', 'Taal- en rekenonderwijs passend bij de doelgroep', 0.9),
  m('3.1-beroepscontext', 'Taal- en rekenonderwijs herontwerpen en verbinden met de beroepscontext', 0.84),
  m('3.1-achterstanden', 'Wegwerken van achterstanden uit de coronaperiode', 0.8),
  m('3.1-aantrekkelijke-lessen', 'Aantrekkelijker maken van de lessen Nederlands en rekenen', 0.82),
  m('3.2-kwalificatie-eisen', 'Burgerschapsonderwijs inrichten volgens de herijkte kwalificatie-eisen', 0.8),
  m('3.2-professionalisering', 'Professionalisering van docenten burgerschap', 0.7),
  m('3.3-carriereperspectief', 'Verbeteren van het carrièreperspectief van onderwijspersoneel', 0.98, true),
  m('3.3-startende-docenten', 'Begeleiding van startend onderwijspersoneel', 0.9),
  m('3.3-zij-instromers', 'Aantrekken en begeleiden van zij-instromers', 0.75),
  m('3.3-werkdruk', 'Aanpak van de werkdruk', 0.85),
  m('3.3-professionalisering', 'Verbeteren van het professionaliseringsaanbod', 0.9),
  m('3.4-practoraten', 'Oprichten en intensiveren van practoraten', 0.96, true),
  m('3.4-excellentie', 'Excellentietrajecten voor studenten', 0.5),
  m('3.4-onderzoekscalls', 'Deelname aan onderzoekscalls en -regelingen voor het mbo', 0.55),
];

export interface JudgementDistribution {
  readonly progress: Readonly<Record<Progress, number>>;
  readonly effectiveness: Readonly<Record<Effectiveness, number>>;
}

// Counts as published (003 Tabel 2.3/2.4, 3.3/3.4, 4.3/4.4); used as weights.
const PUBLISHED: Readonly<Record<string, JudgementDistribution>> = {
  '2.1': {
    progress: { alle: 8, meeste: 33, helft: 4, klein_deel: 5, geen: 0 },
    effectiveness: { klein_beetje: 5, effectief: 18, heel_effectief: 1, wisselt: 21, niet_effectief: 0, weet_niet: 5 },
  },
  '2.2': {
    progress: { alle: 7, meeste: 36, helft: 4, klein_deel: 3, geen: 0 },
    effectiveness: { klein_beetje: 12, effectief: 20, heel_effectief: 2, wisselt: 13, niet_effectief: 0, weet_niet: 3 },
  },
  '2.3': {
    progress: { alle: 10, meeste: 32, helft: 2, klein_deel: 3, geen: 1 },
    effectiveness: { klein_beetje: 7, effectief: 18, heel_effectief: 1, wisselt: 15, niet_effectief: 2, weet_niet: 5 },
  },
};

/** The other goals get the pooled distribution of the three published ones. */
const POOLED: JudgementDistribution = {
  progress: { alle: 25, meeste: 101, helft: 10, klein_deel: 11, geen: 1 },
  effectiveness: { klein_beetje: 24, effectief: 56, heel_effectief: 4, wisselt: 49, niet_effectief: 2, weet_niet: 13 },
};

export function judgementDistribution(goal: string): JudgementDistribution {
  return PUBLISHED[goal] ?? POOLED;
}
