// The factsheet per institution for the yearly conversation with its board (issue 30), in words: a short summary,
// its type and why, one row per goal (budget, spending, measures, its own e-file judgement beside its paths), what
// changed since the previous edition, and one row per indicator × breakdown (start, target, latest value, its own
// path and where it stands on it, the sector's and its peer group's median). Every number is traced: table rows are
// paragraphs whose sentences are the cells. The verdicts are the findings stage's (rules/institution-path.ts); a
// suppressed value is never a number here, only "minder dan <min_n> respondenten".
import type { Effectiveness, Progress, Results, Unit } from '../../compute/types.ts';
import { findingsOf as findingsIn } from '../../findings/root.ts';
import type { Findings, InstitutionPath, NoPathReason, PathStatus } from '../../findings/types.ts';
import { SPENDING_WORDS } from '../../lib/verdicts.ts';
import { joinList } from '../../lib/nl.ts';
import { formatLevel, formatMeasured } from '../../lib/units.ts';
import { list, piece, required, type Piece, type Writer } from '../builder.ts';
import type { FactsheetProse, FactsheetTable, Paragraph, Sentence } from '../types.ts';
import { KIND_TEXT } from '../wording.ts';

/** Where an institution stands against its own path (the column "Oordeel"). */
export const PATH_WORDS: Readonly<Record<Exclude<PathStatus, 'geen-pad'>, string>> = {
  'boven-pad': 'boven het eigen pad',
  'op-pad': 'op het eigen pad',
  'binnen-marge': 'onder het pad, binnen de marge',
  'achter-pad': 'achter het eigen pad',
  'zonder-verbetering': 'streefwaarde zonder verbetering',
};

export const NO_PATH_WORDS: Readonly<Record<NoPathReason, string>> = {
  neutraal: 'geen gunstige richting',
  'geen-startwaarde': 'geen startwaarde',
  'geen-streefwaarde': 'geen streefwaarde',
  'geen-looptijd': 'streefjaar niet na startjaar',
  'geen-latere-meting': 'nog geen latere meting',
};

const PROGRESS_SHORT: Readonly<Record<Progress, string>> = {
  alle: 'alle activiteiten',
  meeste: 'de meeste activiteiten',
  helft: 'de helft van de activiteiten',
  klein_deel: 'een klein deel',
  geen: 'geen activiteit',
};

const EFFECTIVENESS_SHORT: Readonly<Record<Effectiveness, string>> = {
  klein_beetje: 'een klein beetje effectief',
  effectief: 'effectief',
  heel_effectief: 'heel effectief',
  wisselt: 'wisselend effectief',
  niet_effectief: 'niet effectief',
  weet_niet: 'effect nog onbekend',
};

/** The institutions of a peer group: `roc's`, `vakinstellingen`. */
const KIND_PLURAL = { roc: "roc's", aoc: "aoc's", vakinstelling: 'vakinstellingen', overig: 'overige mbo-instellingen' } as const;

/** An empty cell. */
const EMPTY = '–';

export function factsheetId(institutionId: string, part: string): string {
  return `factsheet-${institutionId.toLowerCase()}-${part.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function writeFactsheet(w: Writer, institutionId: string): FactsheetProse {
  const r = w.results;
  const own = findingsOf(r).institutions[institutionId]!;
  const base = `findings.institutions.${institutionId}`;
  // A peer group smaller than a median needs would fill its column with "te weinig instellingen" on every row: the
  // notes say it once and the column is left out.
  const peersShown = peerGroup(r, institutionId).institutionIds.length >= r.peers.minPeers;
  const indicatorRows = r.goalOrder.flatMap((goalId) => {
    const paths = own.paths.map((p, k) => ({ p, k })).filter(({ p }) => r.indicators[p.indicatorId]!.goalId === goalId);
    if (paths.length === 0) return [];
    const goal = r.goals[goalId]!;
    return [
      { paragraph: required(factsheetId(institutionId, `doel-${goalId}-kop`), w.s`${goal.id} ${goal.shortName}`), heading: true },
      ...paths.map(({ p, k }) => ({ paragraph: indicatorRow(w, institutionId, p, `${base}.paths.${k}`, peersShown), heading: false })),
    ];
  });
  return {
    profile: profile(w, institutionId),
    summary: summary(w, institutionId),
    type: typeParagraph(w, institutionId),
    goals: {
      columns: goalColumns(r),
      rows: r.goalOrder.flatMap((goalId) => {
        const row = goalRow(w, institutionId, goalId);
        return row ? [{ paragraph: row, heading: false }] : [];
      }),
    },
    changes: changes(w, institutionId),
    indicators: { columns: peersShown ? INDICATOR_COLUMNS : INDICATOR_COLUMNS.slice(0, -1), rows: indicatorRows },
    notes: notes(w, institutionId),
  };
}

const INDICATOR_COLUMNS: FactsheetTable['columns'] = [
  { label: 'Indicator', numeric: false },
  { label: 'Start', numeric: true },
  { label: 'Streefwaarde', numeric: true },
  { label: 'Laatste meting', numeric: true },
  { label: 'Pad', numeric: true },
  { label: 'Oordeel', numeric: false },
  { label: 'Mediaan sector', numeric: true },
  { label: 'Mediaan vergelijkbaar', numeric: true },
];

function goalColumns(r: Results): FactsheetTable['columns'] {
  return [
    { label: 'Doelstelling', numeric: false },
    { label: `Begroot ${r.budget.period.first}–${r.budget.period.last}`, numeric: true },
    { label: 'Aandeel begroting (sector)', numeric: true },
    { label: `Besteed t/m ${r.budget.reportYear} (sector)`, numeric: true },
    { label: 'Besteding', numeric: false },
    { label: `Maatregelen ${r.measures.year ?? ''} (sector gemiddeld)`.replace('  ', ' '), numeric: true },
    { label: `Eigen oordeel ${r.judgements.year ?? ''}: zoals verwacht voor; effectiviteit`.replace('  ', ' '), numeric: false },
    { label: 'Eigen pad: op of boven · marge · achter', numeric: true },
  ];
}

function profile(w: Writer, id: string): Paragraph {
  const r = w.results;
  const inst = r.institutions[id]!;
  const group = peerGroup(r, id);
  const band = r.peers.bands.find((b) => b.band === group.band)!;
  const typeName = inst.type === 'geen' ? 'geen uitgesproken type' : `type ${String(inst.type)}`;
  return required(
    factsheetId(id, 'profiel'),
    w.s`${KIND_TEXT[inst.kind].replace(/^een /, '')} in regio ${inst.region}${inst.randstad ? ' (Randstad)' : ''}, ${w.digits(`institutions.${id}.students`)} studenten, ${typeName}; vergelijkingsgroep: ${KIND_PLURAL[group.kind]} met ${band.label} (${w.digits(`peers.groups.${group.id}.institutionIds.length`, ['instelling', 'instellingen'])}).`,
  );
}

/** The findings of the Writer's fact root (factsheets are written over Results with their findings). */
function findingsOf(results: Results): Findings {
  const findings = findingsIn(results);
  if (!findings) throw new Error('prose: de factsheets hebben de bevindingen nodig (Writer over de feitenwortel)');
  return findings;
}

function summary(w: Writer, id: string): Paragraph {
  const r = w.results;
  const inst = r.institutions[id]!;
  const f = `findings.institutions.${id}`;
  const own = findingsOf(r).institutions[id]!;
  const c = own.counts;
  const synthetic = r.edition.synthetic ? w.s`Deze instelling en al haar cijfers zijn fictief (synthetische editie).` : null;
  const paths = c.assessed === 0
    ? w.s`Op geen enkele indicator is er al een meting om ${inst.name} langs een eigen pad naar de streefwaarde te volgen.`
    : w.s`Van de ${w.digits(`${f}.counts.assessed`, ['indicator', 'indicatoren'])} waarop ${inst.name} een eigen pad naar haar streefwaarde heeft en al een latere meting, ${c.onOrAbove === 1 ? 'ligt' : 'liggen'} er ${w.digits(`${f}.counts.onOrAbove`)} op of boven dat pad, ${w.digits(`${f}.counts.withinMargin`)} eronder maar binnen de steekproefmarge en ${w.digits(`${f}.counts.behind`)} erachter.`;
  const flat = c.withoutImprovement === 0
    ? null
    : w.s`Bij ${w.digits(`${f}.counts.withoutImprovement`, ['streefwaarde', 'streefwaarden'])} plant zij geen verbetering ten opzichte van de start; die ${c.withoutImprovement === 1 ? 'telt' : 'tellen'} apart.`;
  const budget = r.budget.institutions[id];
  const b = `budget.institutions.${id}`;
  const money = !budget || budget.total === 0
    ? w.s`Over haar begroting van de kwaliteitsmiddelen zijn geen gegevens aangeleverd.`
    : budget.spentShare === null || own.spending === null
      ? w.s`Zij begrootte ${w.euro(`${b}.total`)} aan kwaliteitsmiddelen; over de besteding zijn geen gegevens aangeleverd.`
      : w.s`Van haar kwaliteitsmiddelen (${w.euro(`${b}.total`)} voor ${w.year('budget.period.first')}–${w.year('budget.period.last')}) is tot en met ${w.year('budget.reportYear')} ${w.pct(`${b}.spentShare`)} besteed, tegen ${w.pct('budget.spentShare')} in de sector; de bestedingen beslaan ${w.count('budget.coveredYears')} van de ${w.count('budget.period.years')} jaren (${w.pct('budget.coveredShare')}): ${SPENDING_WORDS[own.spending]}.`;
  const measures = r.measures.institutions[id]
    ? w.s`In ${w.year('measures.year')} voerde zij ${w.digits(`measures.institutions.${id}.length`)} van de ${w.digits('measures.measureOrder.length', ['maatregel', 'maatregelen'])} uit.`
    : w.s`Over uitgevoerde maatregelen heeft zij niets gemeld.`;
  const expected = 'voor alle of de meeste activiteiten zoals verwacht';
  const judged = own.judged === 0
    ? null
    : own.judged === 1
      ? w.s`In de e-file over ${w.year('judgements.year')} beoordeelde zij ${w.count(`${f}.judged`, ['doelstelling', 'doelstellingen'])}; de uitvoering daarvan verloopt ${own.judgedGood === 1 ? '' : 'niet '}${expected}.`
      : own.judgedGood === own.judged
        ? w.s`In de e-file over ${w.year('judgements.year')} noemt zij de uitvoering bij alle ${w.count(`${f}.judged`)} doelstellingen die zij beoordeelde ${expected}.`
        : w.s`In de e-file over ${w.year('judgements.year')} noemt zij de uitvoering bij ${w.digits(`${f}.judgedGood`)} van de ${w.digits(`${f}.judged`, ['doelstelling', 'doelstellingen'])} ${expected}.`;
  return required(factsheetId(id, 'samenvatting'), synthetic, paths, flat, money, measures, judged);
}

const TYPE_RULE: Readonly<Record<string, string>> = {
  hoog: 'Een hoge startpositie geeft type 1, hoe groot de ambitie ook is.',
  laag2: 'Een lage startpositie met een ambitie op of boven de mediaan geeft type 2.',
  laag3: 'Een lage startpositie met een ambitie onder de mediaan geeft type 3.',
  gemiddeld4: 'Een gemiddelde startpositie met een ambitie boven P67 geeft type 4.',
  gemiddeld5: 'Een gemiddelde startpositie met een ambitie onder P33 geeft type 5.',
  'geen-uitgesproken-profiel': 'Met een gemiddelde startpositie en een ambitie tussen P33 en P67 valt zij in geen van de vijf typen.',
  'geen-ambitie': 'Zonder streefwaarden die een ambitie laten zien, valt zij in geen van de vijf typen.',
};

function typeParagraph(w: Writer, id: string): Paragraph {
  const r = w.results;
  const inst = r.institutions[id]!;
  const t = r.typology.institutions[id];
  const th = r.typology.thresholds;
  const tb = `typology.institutions.${id}`;
  const pid = factsheetId(id, 'type');
  if (!t || t.reason === 'geen-startwaarden' || t.startScore === null || !th) {
    return required(pid, w.s`Zonder startwaarden valt ${inst.name} buiten de typologie van instellingen.`);
  }
  const name = r.typology.types.find((x) => x.type === inst.type)?.name ?? '';
  const head = inst.type === 'geen'
    ? w.s`${inst.name} heeft in de typologie geen uitgesproken profiel.`
    : w.s`${inst.name} valt in type ${String(inst.type)}: ${name.charAt(0).toLowerCase()}${name.slice(1)}.`;
  const score = (path: string) => w.num(path, 2);
  const start = w.s`Haar startwaarden liggen ${w.digits(`${tb}.start.favourable`, ['keer', 'keer'])} in het gunstigste en ${w.digits(`${tb}.start.unfavourable`, ['keer', 'keer'])} in het ongunstigste kwart (van ${w.digits(`${tb}.start.indicators`, ['indicator', 'indicatoren'])}): een score voor de startpositie van ${score(`${tb}.startScore`)}, ${t.startLevel === 'hoog' ? 'hoog' : t.startLevel === 'laag' ? 'laag' : 'gemiddeld'} (hoog boven ${score('typology.thresholds.startP67')}, laag onder ${score('typology.thresholds.startP33')}).`;
  const ambition = t.ambitionScore !== null && th.ambitionMedian !== null && th.ambitionP33 !== null && th.ambitionP67 !== null
    ? w.s`Haar score voor de ambitie is ${score(`${tb}.ambitionScore`)} (mediaan ${score('typology.thresholds.ambitionMedian')}, P33 ${score('typology.thresholds.ambitionP33')}, P67 ${score('typology.thresholds.ambitionP67')}).`
    : null;
  const key = t.reason ?? (t.startLevel === 'hoog' ? 'hoog' : `${t.startLevel}${String(inst.type)}`);
  const rule = TYPE_RULE[key] ? w.s`${TYPE_RULE[key]!}` : null;
  return required(pid, head, start, ambition, rule, w.s`De typering is geen oordeel over de kwaliteit van de instelling.`);
}

/** One goal's row; null when the institution has nothing on it (no budget, measures, judgement or values). */
function goalRow(w: Writer, id: string, goalId: string): Paragraph | null {
  const r = w.results;
  const goal = r.goals[goalId]!;
  const f = `findings.institutions.${id}.goals.${goalId}`;
  const own = findingsOf(r).institutions[id]!.goals[goalId]!;
  const budget = r.budget.institutions[id];
  const gi = budget ? budget.goals.findIndex((g) => g.goalId === goalId) : -1;
  const g = gi >= 0 ? budget!.goals[gi]! : null;
  const b = `budget.institutions.${id}.goals.${gi}`;
  const sector = r.budget.goals[goalId];
  const judged = w.results.judgements.institutions[id]?.some((j) => j.goalId === goalId) ?? false;
  const measures = own.measures !== null && (r.measures.goals[goalId]?.measureIds.length ?? 0) > 0;
  if (!g && !measures && !judged && own.counts.assessed + own.counts.withoutImprovement + own.counts.noPath === 0) return null;
  const withSector = (mine: Piece, path: string | null) => (path && w.numberAt(path) !== null ? piece(mine, ' (', w.pct(path), ')') : mine);
  const cells: Sentence[] = [
    w.s`${goal.id} ${goal.shortName}`,
    g && g.budget > 0 ? w.s`${w.euro(`${b}.budget`)}` : w.s`geen begroting`,
    g && g.share !== null ? w.s`${withSector(w.pct(`${b}.share`), sector ? `budget.goals.${goalId}.share` : null)}` : w.s`${EMPTY}`,
    g && g.spentShare !== null ? w.s`${withSector(w.pct(`${b}.spentShare`), sector ? `budget.goals.${goalId}.spentShare` : null)}` : w.s`${EMPTY}`,
    own.spending ? w.s`${SPENDING_WORDS[own.spending]}` : w.s`${EMPTY}`,
    measuresCell(w, goalId, f, own.measures),
    judgementCell(w, id, goalId),
    own.counts.assessed + own.counts.withoutImprovement === 0
      ? w.s`${EMPTY}`
      : w.s`${w.digits(`${f}.counts.onOrAbove`)} · ${w.digits(`${f}.counts.withinMargin`)} · ${w.digits(`${f}.counts.behind`)}${own.counts.withoutImprovement > 0 ? piece(' (', w.digits(`${f}.counts.withoutImprovement`), ' zonder verbetering)') : ''}`,
  ];
  return required(factsheetId(id, `doel-${goalId}`), ...cells);
}

function measuresCell(w: Writer, goalId: string, f: string, done: number | null): Sentence {
  const m = w.results.measures.goals[goalId];
  if (!m || m.measureIds.length === 0) return w.s`${EMPTY}`;
  if (done === null) return w.s`niet gemeld`;
  const total = w.digits(`measures.goals.${goalId}.measureIds.length`);
  return m.mean === null
    ? w.s`${w.digits(`${f}.measures`)} van ${total}`
    : w.s`${w.digits(`${f}.measures`)} van ${total} (${w.num(`measures.goals.${goalId}.mean`, 1)})`;
}

function judgementCell(w: Writer, id: string, goalId: string): Sentence {
  const j = w.results.judgements.institutions[id]?.find((x) => x.goalId === goalId);
  return j ? w.s`${PROGRESS_SHORT[j.progress]}; ${EFFECTIVENESS_SHORT[j.effectiveness]}` : w.s`${EMPTY}`;
}

function changes(w: Writer, id: string): Paragraph | null {
  const r = w.results;
  const own = findingsOf(r).institutions[id]!.changes;
  if (!own || !r.diff) return null;
  const f = `findings.institutions.${id}.changes`;
  const pid = factsheetId(id, 'wijzigingen');
  const since = `Sinds de editie van ${r.diff.previous.reportYear}`;
  if (own.newInstitution) return required(pid, w.s`${r.institutions[id]!.name} is nieuw in deze editie: al haar gegevens zijn nieuw.`);
  const counts: Piece[] = [];
  if (own.realisedNew > 0) counts.push(piece(w.digits(`${f}.realisedNew`), own.realisedNew === 1 ? ' gerealiseerde waarde bijgekomen' : ' gerealiseerde waarden bijgekomen'));
  if (own.realisedChanged > 0) counts.push(piece(w.digits(`${f}.realisedChanged`), ' gewijzigd'));
  if (own.realisedRemoved > 0) counts.push(piece(w.digits(`${f}.realisedRemoved`), ' vervallen'));
  if (own.startsChanged > 0) counts.push(piece(w.digits(`${f}.startsChanged`), own.startsChanged === 1 ? ' startwaarde nieuw of gewijzigd' : ' startwaarden nieuw of gewijzigd'));
  const values = counts.length === 0 ? w.s`${since} zijn er geen nieuwe of gewijzigde metingen.` : w.s`${since} ${counts.length === 1 && own.realisedNew === 1 ? 'is' : 'zijn'} ${list(counts)}.`;
  const targets = own.targets.map((i) => {
    const c = r.diff!.targetChanges[i]!;
    const unit = r.indicators[c.indicatorId]!.unit;
    const path = `diff.targetChanges.${i}`;
    const label = `${r.indicators[c.indicatorId]!.shortName}${c.breakdown === 'totaal' ? '' : `, ${c.breakdown}`}`;
    if (c.status === 'nieuw') return piece(label, ' nieuw: ', measured(w, `${path}.after`, unit));
    if (c.status === 'vervallen') return piece(label, ' vervallen (was ', measured(w, `${path}.before`, unit), ')');
    return piece(label, ' van ', measured(w, `${path}.before`, unit), ' naar ', measured(w, `${path}.after`, unit));
  });
  const target = targets.length === 0 ? w.s`Haar streefwaarden zijn niet veranderd.` : w.s`Streefwaarden: ${list(targets)}.`;
  return required(pid, values, target);
}

function notes(w: Writer, id: string): Paragraph {
  const r = w.results;
  const own = findingsOf(r).institutions[id]!;
  const group = peerGroup(r, id);
  const band = r.peers.bands.find((b) => b.band === group.band)!;
  const g = `peers.groups.${group.id}`;
  const hidden = own.paths.map((p, k) => ({ p, k })).find(({ p }) => p.minN !== null);
  const size = group.institutionIds.length;
  const peers = size >= r.peers.minPeers
    ? w.s`De medianen gaan over de instellingen met een waarde in hetzelfde jaar; vergelijkbaar zijn de ${w.digits(`${g}.institutionIds.length`)} ${KIND_PLURAL[group.kind]} met ${band.label}, en een mediaan over minder dan ${w.digits('peers.minPeers', ['instelling', 'instellingen'])} wordt niet gegeven.`
    : w.s`De medianen gaan over de instellingen met een waarde in hetzelfde jaar; de groep vergelijkbare instellingen (${KIND_PLURAL[group.kind]} met ${band.label}) telt ${w.digits(`${g}.institutionIds.length`, ['instelling', 'instellingen'])}, minder dan de ${w.digits('peers.minPeers')} die een mediaan vraagt; de tabel geeft daarom alleen de mediaan van de sector.`;
  return required(
    factsheetId(id, 'toelichting'),
    w.s`Eigen pad: een rechte lijn van de startwaarde in het startjaar naar de streefwaarde in het streefjaar; ‘Pad’ is de waarde op die lijn in het jaar van de laatste meting.`,
    w.s`Binnen de marge: bij een enquêtecijfer ligt de laatste meting onder het pad, maar binnen de ${w.pct('method.confidenceLevel')}-steekproefmarge rond het pad.`,
    w.s`Een streefwaarde die niet gunstiger is dan de start telt nooit als op het pad.`,
    peers,
    hidden ? w.s`Een meting met minder dan ${w.digits(`findings.institutions.${id}.paths.${hidden.k}.minN`)} respondenten wordt niet getoond.` : null,
  );
}

/** A value as the data row gives it: `42%`, `6,8`, `1.234`. */
function measured(w: Writer, path: string, unit: Unit): Piece {
  return w.fact(path, formatMeasured(w.value(path), unit));
}

/** A statistic in the indicator's unit: `41,2%`. */
function level(w: Writer, path: string, unit: Unit): Piece {
  return w.fact(path, formatLevel(w.value(path), unit));
}

function peerGroup(r: Results, id: string): Results['peers']['groups'][string] {
  return r.peers.groups[r.peers.institutions[id]!]!;
}

function indicatorRow(w: Writer, id: string, p: InstitutionPath, f: string, peersShown: boolean): Paragraph {
  const r = w.results;
  const indicator = r.indicators[p.indicatorId]!;
  const unit = indicator.unit;
  const b = r.sector[p.indicatorId]![p.breakdown]!;
  const ri = b.rows.findIndex((x) => x.institutionId === id);
  const row = ri >= 0 ? b.rows[ri]! : null;
  const rp = `sector.${p.indicatorId}.${p.breakdown}.rows.${ri}`;
  const withYear = (value: Piece, yearPath: string) => piece(value, ' (', w.year(yearPath), ')');
  // A suppressed year is named with the threshold, never with its value.
  const hiddenYears = row?.latest ? p.suppressedYears.filter((y) => y > row.latest!.year) : p.suppressedYears;
  const hidden = hiddenYears.length === 0 ? null : piece(`${joinList(hiddenYears.map(String))}: minder dan `, w.digits(`${f}.minN`), ' respondenten');
  const latest = row?.latest
    ? hidden ? w.s`${withYear(measured(w, `${rp}.latest.value`, unit), `${rp}.latest.year`)}; ${hidden}` : w.s`${withYear(measured(w, `${rp}.latest.value`, unit), `${rp}.latest.year`)}`
    : hidden ? w.s`${hidden}` : w.s`${EMPTY}`;
  const verdict = p.status === 'geen-pad' ? NO_PATH_WORDS[p.reason!] : PATH_WORDS[p.status];
  const reached = row?.attainment === 'bereikt' ? '; streefwaarde bereikt' : '';
  const group = r.peers.institutions[id]!;
  const year = p.yearIndex === null ? null : b.years[p.yearIndex]!;
  // Without a latest value of its own, the medians are of the breakdown's latest year: say which.
  const yearPath = `sector.${p.indicatorId}.${p.breakdown}.years.${p.yearIndex}.year`;
  const median = (path: string, n: number | null) => {
    const shown = n !== null && n >= r.peers.minPeers && w.numberAt(path) !== null ? level(w, path, unit) : piece('te weinig instellingen');
    return row?.latest ? w.s`${shown}` : w.s`${withYear(shown, yearPath)}`;
  };
  const sectorPath = `sector.${p.indicatorId}.${p.breakdown}.years.${p.yearIndex}.stats.median`;
  const peerPath = `peers.groups.${group}.medians.${p.indicatorId}.${p.breakdown}.${p.yearIndex}`;
  const peer = year ? r.peers.groups[group]!.medians[p.indicatorId]![p.breakdown]![p.yearIndex!]! : null;
  return required(
    factsheetId(id, `${p.indicatorId}-${p.breakdown}`),
    w.s`${indicator.shortName}${p.breakdown === 'totaal' ? '' : `, ${p.breakdown}`}`,
    row && row.start !== null ? w.s`${withYear(measured(w, `${rp}.start`, unit), `${rp}.startYear`)}` : w.s`${EMPTY}`,
    row && row.target !== null ? w.s`${withYear(measured(w, `${rp}.target`, unit), `${rp}.targetYear`)}` : w.s`${EMPTY}`,
    latest,
    p.pathLevel !== null ? w.s`${level(w, `${f}.pathLevel`, unit)}` : w.s`${EMPTY}`,
    w.s`${verdict}${reached}`,
    year ? median(sectorPath, year.stats?.n ?? null) : w.s`${EMPTY}`,
    ...(peersShown ? [peer ? median(`${peerPath}.median`, peer.n) : w.s`${EMPTY}`] : []),
  );
}

/** Every institution's factsheet, keyed by institution id. */
export function writeFactsheets(w: Writer): Record<string, FactsheetProse> {
  const out: Record<string, FactsheetProse> = {};
  for (const id of w.results.institutionOrder) out[id] = writeFactsheet(w, id);
  return out;
}
