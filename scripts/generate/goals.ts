// The real goals of the Werkagenda mbo 2023-2027 and the themes of the Stagepact mbo 2023-2027.
// `naam` is the goal as worded in the overview table of the Monitoringsplan (seed 001:L124-126,
// obvious OCR slips corrected); `korte_naam` is the theme label of the Synthese 2024 (seed 000:L49-71).
// The Stagepact themes pair the theme with its goal sentence (seed 001:L242-245) and belong to priority 2
// (seed 004:L86, 001:L93).

export interface GoalRow {
  readonly id: string;
  readonly priority: 1 | 2 | 3;
  readonly name: string;
  readonly shortName: string;
}

export const GOALS: readonly GoalRow[] = [
  // Priority 1: kansengelijkheid (001:L124)
  { id: '1.1', priority: 1, name: 'Gelijkwaardige behandeling van mbo-studenten', shortName: 'Gelijkwaardige behandeling' },
  {
    id: '1.2',
    priority: 1,
    name: 'Verbeteren studentenwelzijn, versterken integrale veiligheid op school en leerbedrijf en vergroten toegankelijkheid',
    shortName: 'Studentenwelzijn',
  },
  {
    id: '1.3',
    priority: 1,
    name: "Verbeteren begeleiding (op school en bij overgang naar werk/vervolgstudie), verminderen aantal vsv'ers",
    shortName: 'Begeleiding',
  },
  { id: '1.4', priority: 1, name: 'Versterken beroepskolom, stimuleren in- en doorstroom', shortName: 'Beroepsgerichte route' },
  { id: '1.5', priority: 1, name: 'Verminderen laaggeletterdheid', shortName: 'Laaggeletterdheid' },
  // Priority 2: aansluiting onderwijs-arbeidsmarkt (001:L125)
  {
    id: '2.1',
    priority: 2,
    name: 'Weloverwogen studiekeuze, duurzame inzetbaarheid, bestaanszekerheid, bekendheid omscholingsmogelijkheden (publiek en privaat mbo)',
    shortName: 'Opleidingskeuze',
  },
  { id: '2.2', priority: 2, name: 'Passende bpv, geen stagediscriminatie, passende stagevergoeding', shortName: 'Stage/bpv' },
  {
    id: '2.3',
    priority: 2,
    name: 'Bij- en omscholen van werkenden en werkzoekenden (op maat, modulair en via de bbl)',
    shortName: 'Om- en bijscholen',
  },
  // Priority 3: onderwijs voor de toekomst (001:L126)
  {
    id: '3.1',
    priority: 3,
    name: 'Verbeteren van de beheersing van Nederlands en rekenen onder mbo-studenten en versterken van de kwaliteit van docenten Nederlands en rekenen',
    shortName: 'Nederlands en rekenen',
  },
  { id: '3.2', priority: 3, name: 'Verbeteren kwaliteit burgerschapsonderwijs', shortName: 'Burgerschapsonderwijs' },
  { id: '3.3', priority: 3, name: 'Verbeteren aantrekkelijkheid werken in het mbo', shortName: 'Werken in mbo' },
  {
    id: '3.4',
    priority: 3,
    name: 'Mbo als gelijkwaardige partner in onderzoeks- en kennisnetwerken',
    shortName: 'Onderzoek en innovatie',
  },
  // Stagepact themes (001:L242-245)
  {
    id: 'SP1',
    priority: 2,
    name: 'Verbeteren van stagebegeleiding: stijgend aantal tevreden studenten over begeleiding vanuit school en vanuit leerbedrijf',
    shortName: 'Stagebegeleiding',
  },
  {
    id: 'SP2',
    priority: 2,
    name: 'Uitbannen van stagediscriminatie: daling van stagediscriminatie',
    shortName: 'Stagediscriminatie',
  },
  {
    id: 'SP3',
    priority: 2,
    name: 'Realiseren van voldoende stageplaatsen: daling aantal stagetekorten',
    shortName: 'Stageplaatsen',
  },
  {
    id: 'SP4',
    priority: 2,
    name: "Bieden van passende vergoeding: voor elke student een passende stagevergoeding die minimaal alle onkosten omvat, met daarbovenop afspraken over vergoeding in de cao's",
    shortName: 'Stagevergoeding',
  },
];

/** The twelve Werkagenda goals that carry budgets, measures and e-file judgements (not the Stagepact themes). */
export const AGENDA_GOALS: readonly string[] = GOALS.filter((g) => !g.id.startsWith('SP')).map((g) => g.id);
