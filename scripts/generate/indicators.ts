// The indicators: what each one measures, its unit, direction and source. These are real: they follow the
// indicator tables of the Monitoringsplan (seed 001:L141-228, published-figures.md §2) and the quality-agreement
// indicators the Synthese 2024 (seed 000) and the Voortgangsrapportage prioriteit 2 (seed 003) report on.
// Whether and how institution-level values are invented for an indicator lives in `profiles.ts`.
import type { Direction, Unit } from '../snapshot/types.ts';

export interface IndicatorRow {
  readonly id: string;
  readonly goal: string;
  readonly name: string;
  /** Chart label, at most 30 characters. */
  readonly shortName: string;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly source: string;
  /** 30 for survey sources, else null. */
  readonly minN: number | null;
  readonly definition: string;
}

const JOB = 'JOB-monitor';
const MTO = 'MTO MBO Raad';
const DUO = 'DUO';
const CBS = 'CBS';
const SURVEY = 30;

const row = (
  id: string,
  goal: string,
  unit: Unit,
  direction: Direction,
  source: string,
  minN: number | null,
  name: string,
  shortName: string,
  definition: string,
): IndicatorRow => ({ id, goal, unit, direction, source, minN, name, shortName, definition });

export const INDICATORS: readonly IndicatorRow[] = [
  // 1.1 — "Gevoel van gelijkwaardige behandeling mbo-studenten" (001:L124, 'Hoe weet je of het werkt')
  row('gelijkwaardige-behandeling', '1.1', 'procent', 'hoger_beter', JOB, SURVEY,
    'Aandeel studenten dat zich als mbo-student gelijkwaardig behandeld voelt', 'Gelijkwaardige behandeling',
    'Percentage studenten dat vindt dat mbo-studenten gelijkwaardig worden behandeld aan studenten in het hoger onderwijs.'),
  // 1.2 (001:L143-146)
  row('veiligheid-school', '1.2', 'procent', 'hoger_beter', JOB, SURVEY,
    'Percentage mbo-studenten dat zich veilig voelt op school', 'Veiligheid op school',
    'Percentage studenten dat aangeeft zich (zeer) veilig te voelen op school.'),
  row('veiligheid-bpv', '1.2', 'procent', 'hoger_beter', 'BPV-monitor (SBB)', SURVEY,
    'Percentage mbo-studenten dat zich veilig voelt tijdens de bpv', 'Veiligheid tijdens bpv',
    'Percentage studenten dat aangeeft zich (zeer) veilig te voelen op de stage- of leerwerkplek.'),
  row('mentaal-welzijn', '1.2', 'procent', 'lager_beter', 'NPO-studentenpeiling en JOB-monitor', SURVEY,
    'Aandeel studenten dat zich mentaal slecht of zeer slecht voelt', 'Mentaal (zeer) slecht',
    'Percentage studenten dat het eigen mentale welzijn als slecht of zeer slecht beoordeelt.'),
  row('ondersteuning-tevreden', '1.2', 'procent', 'hoger_beter', JOB, SURVEY,
    'Percentage studenten met een ondersteuningsbehoefte dat tevreden is met de begeleiding op de opleiding',
    'Begeleiding bij ondersteuning',
    'Percentage studenten met een ondersteuningsbehoefte dat (zeer) tevreden is over de begeleiding in algemene zin.'),
  // 1.3 (001:L158-159; vsv-aantallen 000:L479-487)
  row('vsv', '1.3', 'aantal', 'lager_beter', DUO, null,
    'Aantal nieuwe voortijdig schoolverlaters', "Nieuwe vsv'ers",
    'Aantal studenten dat in een jaar zonder startkwalificatie de instelling verlaat en niet elders onderwijs volgt.'),
  row('vsv-aandeel', '1.3', 'procent', 'lager_beter', DUO, null,
    'Aandeel nieuwe voortijdig schoolverlaters per jaar', "Aandeel nieuwe vsv'ers",
    'Nieuwe voortijdig schoolverlaters als percentage van alle ingeschreven studenten van de instelling.'),
  row('werk-entree-niveau2', '1.3', 'procent', 'hoger_beter', CBS, null,
    'Aandeel gediplomeerde uitstromers uit entree- en niveau 2-opleidingen dat een jaar na afstuderen werk heeft',
    'Werk na entree/niveau 2',
    'Percentage gediplomeerden van entree- en niveau 2-opleidingen dat een jaar na het diploma betaald werk heeft.'),
  // 1.4 (001:L160)
  row('eerstejaars-succes', '1.4', 'procent', 'hoger_beter', DUO, null,
    'Eerstejaars succes van studenten in het mbo', 'Eerstejaars succes mbo',
    'Percentage eerstejaarsstudenten dat na een jaar nog op dezelfde opleiding staat ingeschreven of een diploma heeft.'),
  row('succes-doorstroom-hbo', '1.4', 'procent', 'hoger_beter', DUO, null,
    'Eerstejaars succes van doorstromers naar het hbo', 'Succes doorstromers hbo',
    'Percentage mbo-gediplomeerden dat na het eerste jaar in het hbo nog ingeschreven staat of een diploma heeft.'),
  // 1.5 (001: onderzoek laaggeletterdheid; beleidsmonitor Tel Mee Met Taal)
  row('laaggeletterdheid', '1.5', 'aantal', 'hoger_beter', 'Instellingsgegevens (e-file)', null,
    "Aantal deelnemers aan scholingsprogramma's voor laaggeletterden", 'Deelnemers taalscholing',
    "Aantal volwassenen dat in een jaar deelneemt aan een scholingsprogramma voor laaggeletterden van de instelling."),
  // 2.1 (001:L191-193, L196; 003 §2.3)
  row('hulp-keuze', '2.1', 'procent', 'hoger_beter', JOB, SURVEY,
    'Aandeel studenten dat positief is over de hulp van de school bij de keuze over verder leren of werk',
    'Hulp bij keuze',
    'Percentage studenten dat (zeer) tevreden is over de hulp van de school bij de keuze voor een vervolgopleiding of werk.'),
  row('instroom-maatschappelijke-opgaven', '2.1', 'procent', 'hoger_beter', DUO, null,
    'Aandeel instroom in opleidingen die nodig zijn voor maatschappelijke opgaven', 'Instroom maatsch. opgaven',
    'Percentage van de instroom dat begint aan een opleiding die de instelling aanwijst als nodig voor maatschappelijke opgaven.'),
  row('uitstroom-maatschappelijke-opgaven', '2.1', 'procent', 'hoger_beter', DUO, null,
    'Aandeel gediplomeerde uitstroom uit opleidingen die nodig zijn voor maatschappelijke opgaven',
    'Uitstroom maatsch. opgaven',
    'Percentage van de gediplomeerden met een diploma van een opleiding die nodig is voor maatschappelijke opgaven.'),
  row('werkzaam-verwante-richting', '2.1', 'procent', 'hoger_beter', 'CBS Schoolverlatersonderzoek', SURVEY,
    'Percentage gediplomeerden dat een jaar na het diploma werkt in een gelijke of verwante richting',
    'Werk in verwante richting',
    'Percentage gediplomeerden met een baan in dezelfde of een verwante richting als de opleiding, een jaar na het diploma.'),
  row('werkgevers-beroepsvaardigheden', '2.1', 'procent', 'hoger_beter', 'SBB-onderzoek tevredenheid werkgevers', SURVEY,
    'Tevredenheid leerbedrijven met beroepsvaardigheden van werknemers uit het mbo', 'Tevredenheid werkgevers',
    'Percentage werkgevers dat (zeer) tevreden is over de beroepsvaardigheden van hun mbo-opgeleide werknemers.'),
  // 2.2 (001:L190; kwaliteitsagenda-indicatoren 000:L555-562, 003 Tabel 1.2)
  row('stage-school-bol', '2.2', 'procent', 'hoger_beter', JOB, SURVEY,
    'Aandeel bol-studenten dat positief is over de begeleiding vanuit school tijdens de stage',
    'Stagebegeleiding school (bol)',
    'Percentage bol-studenten met een stage dat (zeer) tevreden is over de begeleiding door de school.'),
  row('stage-leerbedrijf', '2.2', 'procent', 'hoger_beter', JOB, SURVEY,
    'Aandeel studenten dat positief is over de begeleiding vanuit het leerbedrijf', 'Begeleiding leerbedrijf',
    'Percentage studenten met een stage of leerbaan dat (zeer) tevreden is over de begeleiding door het leerbedrijf.'),
  // 2.3 (001:L197-198; 003 §4.3)
  row('aandeel-bbl-instroom', '2.3', 'procent', 'hoger_beter', DUO, null,
    'Aandeel bbl-studenten in de instroom', 'Aandeel bbl in instroom',
    'Percentage van de nieuwe inschrijvingen dat een opleiding in de beroepsbegeleidende leerweg volgt.'),
  row('aandeel-bbl-uitstroom', '2.3', 'procent', 'hoger_beter', DUO, null,
    'Aandeel bbl in de gediplomeerde uitstroom', 'Aandeel bbl in uitstroom',
    'Percentage van de mbo-gediplomeerden dat het diploma in de beroepsbegeleidende leerweg heeft gehaald.'),
  row('bbl-25plus', '2.3', 'procent', 'hoger_beter', DUO, null,
    'Aandeel 25-plussers in de bbl-instroom (bij- en omscholing)', '25-plussers in bbl-instroom',
    'Percentage van de instromers in de bbl dat 25 jaar of ouder is, als maat voor bij- en omscholing.'),
  row('mbo-certificaten', '2.3', 'aantal', 'hoger_beter', 'DUO Open data', null,
    'Aantal uitgereikte mbo-certificaten in de derde leerweg (bekostigde instellingen)', 'Mbo-certificaten',
    'Aantal mbo-certificaten dat bekostigde instellingen in een kalenderjaar uitreiken voor afgeronde opleidingsdelen.'),
  row('praktijkverklaringen', '2.3', 'aantal', 'hoger_beter', 'SBB Praktijkloket', null,
    'Aantal aangemaakte praktijkverklaringen', 'Praktijkverklaringen',
    'Aantal praktijkverklaringen dat in een studiejaar is aangemaakt in het dashboard Praktijkloket van SBB.'),
  row('llo-katalysator', '2.3', 'aantal', 'hoger_beter', 'Netwerkkaart LLO-katalysator', null,
    'Aantal mbo-instellingen dat deelneemt aan een initiatief van de LLO-katalysator', 'Deelname LLO-katalysator',
    'Aantal unieke bekostigde mbo-instellingen dat betrokken is bij ten minste één project van de LLO-katalysator.'),
  // 3.1 (001:L224; 000:L254-259, L706-713)
  row('rekenen', '3.1', 'procent', 'hoger_beter', DUO, null,
    'Percentage geslaagden voor rekenen', 'Geslaagden rekenen',
    'Percentage gediplomeerden met een eindcijfer rekenen van 5,5 of hoger op het getoetste niveau.'),
  row('nederlands-ce', '3.1', 'procent', 'hoger_beter', DUO, null,
    'Percentage voldoendes centraal examen Nederlands', 'Voldoendes CE Nederlands',
    'Percentage kandidaten met een 5,5 of hoger voor het centraal examen Nederlands.'),
  // 3.2 (001:L223)
  row('burgerschap-lessen', '3.2', 'procent', 'hoger_beter', JOB, SURVEY,
    'Percentage studenten positief over de lessen burgerschap', 'Lessen burgerschap',
    'Percentage studenten dat (zeer) tevreden is over de lessen burgerschap.'),
  // 3.3 (001:L226-227, L236; 000:L398-423)
  row('werkdruk', '3.3', 'procent', 'lager_beter', MTO, SURVEY,
    'Aandeel personeel dat werkdruk als (te) hoog ervaart', 'Werkdruk (te) hoog',
    'Percentage medewerkers dat de eigen werkdruk als hoog of te hoog ervaart.'),
  row('lc-ld', '3.3', 'procent', 'hoger_beter', DUO, null,
    'Percentage docenten dat is ingeschaald in de LC- of LD-schaal', 'Docenten in LC/LD',
    'Percentage docenten met een aanstelling in salarisschaal LC of LD.'),
  row('professionalisering', '3.3', 'cijfer', 'hoger_beter', MTO, SURVEY,
    'Tevredenheid onderwijspersoneel over professionaliseringsmogelijkheden (rapportcijfer)', 'Professionalisering',
    'Gemiddeld rapportcijfer van onderwijspersoneel voor de mogelijkheden om zich te ontwikkelen en te professionaliseren.'),
  row('rapportcijfer-starters', '3.3', 'cijfer', 'hoger_beter', MTO, SURVEY,
    'Rapportcijfer van startend onderwijspersoneel voor hun begeleiding', 'Begeleiding starters',
    'Gemiddeld rapportcijfer dat onderwijspersoneel in de eerste drie werkjaren geeft voor de begeleiding als starter.'),
  row('uitstroom-starters', '3.3', 'procent', 'lager_beter', DUO, null,
    'Percentage docenten en instructeurs dat in de eerste drie werkjaren het mbo weer verlaat', 'Uitstroom startende docenten',
    'Percentage startende docenten en instructeurs dat binnen drie jaar na indiensttreding uit het mbo vertrekt.'),
  // 3.4 (001:L228; 002:L115-116)
  row('practoraten', '3.4', 'aantal', 'hoger_beter', 'Stichting Ieder mbo een practoraat (practoraten.nl)', null,
    'Aantal practoraten', 'Practoraten',
    'Aantal lopende practoraten (lectoraten in het mbo) van de instelling.'),
  // Stagepact (001:L242-255; 003 §3.3)
  row('drie-contactmomenten', 'SP1', 'procent', 'hoger_beter', 'BPV-monitor (SBB) en NPO-studentenpeiling', SURVEY,
    'Aandeel stages met drie contactmomenten tussen student, school en leerbedrijf', 'Drie contactmomenten',
    'Percentage stages en leerbanen waarin student, schoolbegeleider en praktijkopleider ten minste drie keer samen contact hebben.'),
  row('stagediscriminatie-ervaren', 'SP2', 'procent', 'lager_beter', 'NPO-studentenpeiling', SURVEY,
    'Aandeel studenten dat stagediscriminatie heeft ervaren', 'Ervaren stagediscriminatie',
    'Percentage studenten dat aangeeft bij het zoeken naar of tijdens de stage te maken te hebben gehad met discriminatie.'),
  row('meldingen-stagediscriminatie', 'SP2', 'aantal', 'neutraal', 'SBB', null,
    'Aantal meldingen van stagediscriminatie bij SBB', 'Meldingen stagediscriminatie',
    'Aantal unieke meldingen van stagediscriminatie dat SBB in een jaar ontvangt, via de meldpunten van instellingen en het eigen klachtenportaal.'),
  row('moeite-stageplek', 'SP3', 'procent', 'lager_beter', 'JOB-monitor en NPO-studentenpeiling', SURVEY,
    'Aandeel studenten dat moeite had om een stage of leerbaan te vinden', 'Moeite stageplek vinden',
    'Percentage studenten dat het moeilijk vond een stageplek of leerwerkplek te vinden.'),
  row('stagevergoeding-aandeel', 'SP4', 'procent', 'hoger_beter', CBS, null,
    'Aandeel studenten met een stagevergoeding (bol) of loon (bbl)', 'Met stagevergoeding',
    'Percentage studenten met een bpv-overeenkomst dat in maart een stagevergoeding (bol) of loon (bbl) ontvangt.'),
  row('stagevergoeding-bedrag', 'SP4', 'euro', 'hoger_beter', CBS, null,
    'Mediane stagevergoeding (bol) en mediaan loon (bbl)', 'Mediane stagevergoeding',
    'Mediaan bedrag van de stagevergoeding (bol) of het loon (bbl) volgens de loonregistraties.'),
  row('cao-stagevergoeding', 'SP4', 'aantal', 'hoger_beter', 'Ministerie van SZW', null,
    "Aantal cao's met afspraken over een stagevergoeding", "Cao's met stagevergoeding",
    "Aantal van de 607 in 2023 en 2024 onderzochte cao's waarin afspraken over een stagevergoeding voor bol-studenten staan."),
];
