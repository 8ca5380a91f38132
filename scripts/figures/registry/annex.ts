// Annex and site tables: every indicator with its source, the largest movements against the previous edition,
// and the overview of all institutions (a linked, filterable directory on the site: its rows carry a `url`).
import { rowsForInstitution } from '../../compute/lookup.ts';
import { RULE_PUBLISHED } from '../../compute/targets.ts';
import type { Results, SectorChange, Unit, ValueChange } from '../../compute/types.ts';
import { slug } from '../../lib/urls.ts';
import { formatNumber, formatPercent, plural } from '../../lib/nl.ts';
import { buildTable } from '../charts/table.ts';
import { reachedClaim } from '../../findings/claims.ts';
import type { FigureMeta } from '../figure.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';
import { PLANS, SOURCE_PER_INDICATOR, UNIT_WORDS, emptyTable, goalCell, indicatorUrl, institutionSource, institutionUrl, notes, withBreakdown } from './common.ts';
import { kindLabel } from '../../compute/kinds.ts';
import { shortTypeLabel, typeNamesNote } from './typology.ts';
import { formatChange, formatChangeShort, formatLevel, statisticDecimals } from '../../lib/units.ts';

/** How many of the largest movements the changes table lists. */
export const CHANGES_SHOWN = 15;

export function annexFigures(results: Results): Figure[] {
  return [
    indicatorTable(results),
    targetRevisionsTable(results),
    changesTable(results),
    changesByGoalTable(results),
    valueChangesTable(results),
    ...results.goalOrder.map((g) => valueChangesTable(results, g)),
    institutionsTable(results),
  ];
}

// ---- What the e-file did to the targets (seed 003 Tabel 1.2) ---------------------------------------------

/**
 * Per indicator and breakdown with a revision: how many targets the e-file raised, lowered or added, and the mean
 * target without the e-file, with new targets, with every revision and under the monitor's rule (new and raised).
 */
export function targetRevisionsTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'kwaliteitsagenda', label: 'Met streefwaarde in de kwaliteitsagenda', format: 'integer' },
    { key: 'hoger', label: 'Ambitieuzer in de e-file', format: 'integer' },
    { key: 'lager', label: 'Minder ambitieus in de e-file', format: 'integer' },
    { key: 'nieuw', label: 'Nieuw in de e-file', format: 'integer' },
    { key: 'zonder_efile', label: 'Gemiddelde streefwaarde zonder e-file', format: 'text' },
    { key: 'met_nieuwe', label: 'Met de nieuwe streefwaarden', format: 'text' },
    { key: 'met_alle', label: 'Met alle bijstellingen', format: 'text' },
    { key: 'gebruikt', label: 'Met nieuwe en ambitieuzere (gebruikt)', format: 'text' },
  ];
  const level = (value: number | null, unit: Unit) => (value === null ? '–' : formatLevel(value, unit));
  const rows: FigureRow[] = results.indicatorOrder.flatMap((id) => {
    const indicator = results.indicators[id]!;
    return indicator.breakdowns.flatMap((b) => {
      const r = results.sector[id]![b]!.revisions;
      if (!r || r.raised + r.lowered + r.added === 0) return [];
      return [
        {
          indicator: withBreakdown(indicator.shortName, b),
          kwaliteitsagenda: r.agenda,
          hoger: r.raised,
          lager: r.lowered,
          nieuw: r.added,
          zonder_efile: level(r.meanAgenda, indicator.unit),
          met_nieuwe: level(r.meanWithNew, indicator.unit),
          met_alle: level(r.meanAllRevisions, indicator.unit),
          gebruikt: level(r.meanRule, indicator.unit),
          url: indicatorUrl(id),
        },
      ];
    });
  });
  const meta: FigureMeta = {
    id: figureIds.targetRevisionsTable(),
    title: 'Nieuwe en bijgestelde streefwaarden uit de e-file en de gemiddelde streefwaarde',
    subtitle: 'Per indicator en uitsplitsing met een bijstelling: aantal instellingen, en de gemiddelde streefwaarde volgens vier regels',
    source: institutionSource(results, PLANS),
    notes: notes(
      'Ambitieuzer en minder ambitieus: de laatste waarde uit de e-file tegenover de streefwaarde uit de kwaliteitsagenda, in de richting die als beter geldt (bij werkdruk is lager ambitieuzer). ' +
        'Een streefwaarde die niet bedoeld kan zijn, zoals een tevredenheid van nul, telt in geen van de kolommen mee. ' +
        `Het rapport gebruikt de laatste kolom; de andere laten zien wat die keuze uitmaakt${results.edition.reportYear >= RULE_PUBLISHED ? ', zoals in tabel 1.2 van de Voortgangsrapportage prioriteit 2 (2025)' : ''}.`,
    ),
  };
  return rows.length === 0
    ? emptyTable(meta, 'in deze editie heeft de e-file geen streefwaarden toegevoegd of bijgesteld.', columns)
    : buildTable({ columns, rows }, meta);
}

// ---- Indicators and sources -----------------------------------------------------------------------------

export function indicatorTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'eenheid', label: 'Eenheid', format: 'text' },
    { key: 'richting', label: 'Richting', format: 'text' },
    { key: 'bron', label: 'Bron', format: 'text' },
    { key: 'min_n', label: 'Minimum aantal respondenten', format: 'integer' },
  ];
  const rows: FigureRow[] = results.indicatorOrder.map((id) => {
    const i = results.indicators[id]!;
    return {
      indicator: i.name,
      doelstelling: goalCell(results, i.goalId),
      eenheid: UNIT_WORDS[i.unit],
      richting: i.directionLabel,
      bron: i.source,
      min_n: i.minN,
      url: indicatorUrl(id),
    };
  });
  const meta: FigureMeta = {
    id: figureIds.indicatorTable(),
    title: 'Indicatoren van de monitor met eenheid, richting en bron',
    subtitle: `${plural(rows.length, 'indicator', 'indicatoren')} bij de doelstellingen van de Werkagenda mbo en de thema's van het Stagepact mbo`,
    // The list of indicators is the monitoring plan's, not institution data: never marked as invented.
    source: 'Monitoringsplan Werkagenda mbo en Stagepact; bron per indicator zoals in de tabel',
    notes: [
      `Een gemeten waarde van minder respondenten dan het minimum wordt niet getoond en telt niet mee. Zonder minimum geldt voor enquêtegegevens ` +
        `${formatNumber(results.method.disclosure.defaultMinN)} respondenten; registergegevens (zoals DUO en CBS) worden niet weggelaten.`,
    ],
  };
  return rows.length === 0 ? emptyTable(meta, 'er zijn geen indicatoren in deze gegevens.', columns) : buildTable({ columns, rows }, meta);
}

// ---- Largest movements against the previous edition -----------------------------------------------------

const dash = '–';
/** Between the previous and the current value. Words, not an arrow: the report font's latin subset has no `→`. */
const TO = ' naar ';

/** `+2,1 naar +3,4 procentpunt`: both at the precision of the more precise one, the unit word once, at the end. */
function changeCell(before: number | null, after: number | null, unit: Unit): string {
  const d = Math.max(...[before, after].map((v) => (v === null ? 0 : statisticDecimals(unit, v))));
  if (before !== null && after !== null && formatChange(before, unit, d) === formatChange(after, unit, d)) {
    return `gelijk (${formatChange(after, unit, d)})`;
  }
  const a = before === null ? dash : formatChangeShort(before, unit, d);
  return `${a}${TO}${after === null ? dash : formatChange(after, unit, d)}`;
}

/** `41,2% (2024) naar 43,0% (2025)`; means over a smaller group than either edition's say over how many institutions. */
function levelCell(c: SectorChange['latestMean'], unit: Unit): string {
  const side = (value: number | null, year: number | null) => (value === null ? dash : `${formatLevel(value, unit)}${year === null ? '' : ` (${year})`}`);
  const subset = c.partial ? ` (gedeeltelijk jaar: ${plural(c.institutions ?? 0, 'instelling', 'instellingen')} met beide jaren)` : '';
  // Not "10,8% (2025) naar 10,8% (2025)": a mean that did not move at the shown precision says so.
  if (c.yearBefore === c.yearAfter && side(c.before, null) === side(c.after, null) && c.after !== null) return `gelijk (${side(c.after, c.yearAfter)})${subset}`;
  return `${side(c.before, c.yearBefore)}${TO}${side(c.after, c.yearAfter)}${subset}`;
}

function shareCell(c: SectorChange['reachedShare']): string {
  // Not "18% naar 18%": a share that did not move at the shown precision says so.
  if (c.before !== null && c.after !== null && formatPercent(c.before) === formatPercent(c.after)) return `gelijk (${formatPercent(c.after)})`;
  return `${c.before === null ? dash : formatPercent(c.before)}${TO}${c.after === null ? dash : formatPercent(c.after)}`;
}

export function changesTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'ambitie', label: 'Gemiddelde verbeterambitie', format: 'text' },
    { key: 'laatste_meting', label: 'Gemiddelde laatste meting', format: 'text' },
    { key: 'bereikt', label: 'Aandeel streefwaarde bereikt', format: 'text' },
  ];
  const diff = results.diff;
  const meta: FigureMeta = {
    id: figureIds.changesTable(),
    title: 'Grootste verschuivingen ten opzichte van de vorige editie',
    subtitle: diff
      ? `Editie ${results.edition.snapshot} vergeleken met ${diff.previous.snapshot}: van de vorige naar deze editie`
      : 'Van de vorige naar deze editie',
    source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
    notes: diff
      ? [
          `Per eenheid (percentages, rapportcijfers, aantallen, bedragen) de indicatoren (per uitsplitsing) waarvan de gemiddelde verbeterambitie of de gemiddelde laatste meting het meest veranderde, ` +
            `in de eigen eenheid; ten hoogste ${formatNumber(CHANGES_SHOWN)}, zonder cijfers die gelijk bleven. Beide edities zijn met dezelfde rekenregels berekend.`,
          'Beide gemiddelden van de laatste meting gaan over de instellingen met een waarde in beide jaren, zodat een jaar dat nog niet alle instellingen hebben gemeld het niveau niet verschuift; ' +
            'bij zo\'n gedeeltelijk jaar staat hun aantal erbij, en gaat het om minder dan vijf instellingen, dan telt de vergelijking niet mee in de volgorde.',
          `In totaal: ${plural(diff.counts.targetsRevised, 'gewijzigde streefwaarde', 'gewijzigde streefwaarden')}, ${plural(diff.counts.targetsNew, 'nieuwe streefwaarde', 'nieuwe streefwaarden')}, ` +
            `${plural(diff.counts.targetsRemoved, 'vervallen streefwaarde', 'vervallen streefwaarden')}, ` +
            `${plural(diff.counts.realisedNew, 'nieuwe meting', 'nieuwe metingen')}, ${plural(diff.counts.realisedChanged, 'gewijzigde meting', 'gewijzigde metingen')} ` +
            `en ${plural(diff.counts.realisedRemoved, 'vervallen meting', 'vervallen metingen')}.`,
        ]
      : [],
  };
  if (!diff) return emptyTable(meta, 'er is geen vorige editie om mee te vergelijken.', columns);
  // The ranked movements only: a row whose figures did not move visibly is no change.
  const moved = diff.sectorChanges.filter((c) => c.magnitude > 0).slice(0, CHANGES_SHOWN);
  if (moved.length === 0) return emptyTable(meta, 'geen van de sectorcijfers is veranderd ten opzichte van de vorige editie.', columns);
  const rows: FigureRow[] = moved.map((c) => {
    const indicator = results.indicators[c.indicatorId];
    const unit = indicator?.unit ?? 'procent';
    return {
      indicator: withBreakdown(indicator?.shortName ?? c.indicatorId, c.breakdown),
      ambitie: changeCell(c.improvementMean.before, c.improvementMean.after, unit),
      laatste_meting: levelCell(c.latestMean, unit),
      bereikt: shareCell(c.reachedShare),
      url: indicatorUrl(c.indicatorId),
    };
  });
  // The column states this edition's share reached: the same fact as every other place that says it.
  const claims = moved.flatMap((c) => {
    const claim = reachedClaim(c.indicatorId, c.breakdown, results.sector[c.indicatorId]?.[c.breakdown]?.attainment ?? null);
    return claim && c.reachedShare.after !== null ? [{ ...claim, value: c.reachedShare.after }] : [];
  });
  return { ...buildTable({ columns, rows }, meta), claims };
}

// ---- Every changed value: the editor's proofreading list ----------------------------------------------------

const KIND_WORDS = { start: 'startwaarde', streef: 'streefwaarde', realisatie: 'gerealiseerde waarde' } as const;

/** The goal of a changed value (through its indicator); null for an indicator no longer in this edition. */
const goalOfChange = (results: Results, c: ValueChange) => results.indicators[c.indicatorId]?.goalId ?? null;

/** Anchor of a goal's section of the value list on /wat-is-veranderd/ (report/chapters/annexes.ts). */
export const changesSectionId = (goalId: string) => `wijzigingen-doel-${slug(goalId)}`;

/**
 * Per goal, the changed values by what they are: new and revised measurements, new and revised targets, and the
 * rest (start values, values gone). Counted over the rows of the value list, so each row's total is the number of
 * rows in that goal's table and the total row the length of the whole list.
 */
export function changesByGoalTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'doelstelling', label: 'Doelstelling', format: 'text' },
    { key: 'metingen_nieuw', label: 'Nieuwe metingen', format: 'integer' },
    { key: 'metingen_gewijzigd', label: 'Gewijzigde metingen', format: 'integer' },
    { key: 'streef_nieuw', label: 'Nieuwe streefwaarden', format: 'integer' },
    { key: 'streef_gewijzigd', label: 'Gewijzigde streefwaarden', format: 'integer' },
    { key: 'overig', label: 'Startwaarden en vervallen waarden', format: 'integer' },
    { key: 'totaal', label: 'Alle gewijzigde waarden', format: 'integer' },
  ];
  const diff = results.diff;
  const meta: FigureMeta = {
    id: figureIds.changesByGoalTable(),
    title: 'Wat is veranderd per doelstelling',
    subtitle: diff ? `Waarden van de instellingen, editie ${results.edition.snapshot} vergeleken met ${diff.previous.snapshot}` : 'Van de vorige naar deze editie',
    source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
    notes: diff ? [`Samen ${plural(diff.valueChanges.length, 'waarde', 'waarden')}: de rijen van de lijst ‘Alle gewijzigde waarden’ hieronder, per doelstelling.`] : [],
  };
  if (!diff) return emptyTable(meta, 'er is geen vorige editie om mee te vergelijken.', columns);
  if (diff.valueChanges.length === 0) return emptyTable(meta, 'geen enkele waarde is veranderd ten opzichte van de vorige editie.', columns);
  const count = (changes: readonly ValueChange[]) => {
    const n = (kind: ValueChange['kind'], status: ValueChange['status']) => changes.filter((c) => c.kind === kind && c.status === status).length;
    const known = n('realisatie', 'nieuw') + n('realisatie', 'gewijzigd') + n('streef', 'nieuw') + n('streef', 'gewijzigd');
    return {
      metingen_nieuw: n('realisatie', 'nieuw'),
      metingen_gewijzigd: n('realisatie', 'gewijzigd'),
      streef_nieuw: n('streef', 'nieuw'),
      streef_gewijzigd: n('streef', 'gewijzigd'),
      overig: changes.length - known,
      totaal: changes.length,
    };
  };
  const rows: FigureRow[] = results.goalOrder.flatMap((goalId) => {
    const changes = diff.valueChanges.filter((c) => goalOfChange(results, c) === goalId);
    return changes.length ? [{ doelstelling: goalCell(results, goalId), ...count(changes), url: `/wat-is-veranderd/#${changesSectionId(goalId)}` }] : [];
  });
  const gone = diff.valueChanges.filter((c) => goalOfChange(results, c) === null);
  if (gone.length) rows.push({ doelstelling: 'Vervallen indicatoren', ...count(gone) });
  rows.push({ doelstelling: 'Totaal', ...count(diff.valueChanges) });
  return buildTable({ columns, rows }, meta);
}

/** Every changed value, or (with `goalId`) those of one goal's indicators. */
export function valueChangesTable(results: Results, goalId: string | null = null): Figure {
  const all = results.diff?.valueChanges ?? [];
  const changes = goalId ? all.filter((c) => goalOfChange(results, c) === goalId) : all;
  const columns: FigureColumn[] = [
    { key: 'instelling', label: 'Instelling', format: 'text' },
    { key: 'indicator', label: 'Indicator', format: 'text' },
    { key: 'soort', label: 'Soort', format: 'text' },
    { key: 'jaar', label: 'Jaar', format: 'text' },
    { key: 'wijziging', label: 'Wijziging', format: 'text' },
    { key: 'oud', label: 'Oud', format: 'text' },
    { key: 'nieuw', label: 'Nieuw', format: 'text' },
    { key: 'regel', label: 'Regel in deze editie', format: 'text' },
  ];
  const diff = results.diff;
  const meta: FigureMeta = {
    id: goalId ? figureIds.goalValueChangesTable(goalId) : figureIds.valueChangesTable(),
    title: goalId ? `Gewijzigde waarden bij ${goalCell(results, goalId)}` : 'Alle gewijzigde waarden',
    subtitle: diff
      ? `Elke waarde van de instellingen die nieuw, gewijzigd of vervallen is: editie ${results.edition.snapshot} vergeleken met ${diff.previous.snapshot}`
      : 'Elke waarde die nieuw, gewijzigd of vervallen is',
    source: institutionSource(results, PLANS, SOURCE_PER_INDICATOR),
    notes: diff
      ? [
          `${plural(changes.length, 'waarde', 'waarden')}. De regel wijst naar het bestand met de waarden van deze editie (regel 1 is de kopregel); een vervallen waarde heeft geen regel meer. ` +
            '‘Nieuw (nieuwe instelling)’: de instelling zat niet in de vorige editie.',
        ]
      : [],
  };
  if (!diff) return emptyTable(meta, 'er is geen vorige editie om mee te vergelijken.', columns);
  if (changes.length === 0) return emptyTable(meta, 'geen enkele waarde is veranderd ten opzichte van de vorige editie.', columns);
  const name = (id: string) => results.institutions[id]?.name ?? id;
  const rows: FigureRow[] = changes.map((c) => {
    const indicator = results.indicators[c.indicatorId];
    const unit = indicator?.unit ?? 'aantal';
    // As written in the file (up to four decimals), so the editor can compare it with the cell.
    const value = (v: number | null) => (v === null ? dash : `${formatNumber(v, Math.min(4, (String(v).split('.')[1] ?? '').length))}${unit === 'procent' ? '%' : ''}`);
    return {
      instelling: `${name(c.institutionId)} (${c.institutionId})`,
      indicator: `${withBreakdown(indicator?.shortName ?? c.indicatorId, c.breakdown)} (${c.indicatorId})`,
      soort: `${KIND_WORDS[c.kind]}${c.kind === 'realisatie' ? '' : ` (${c.origin})`}`,
      jaar: String(c.year),
      wijziging: c.status === 'nieuw' && c.newInstitution ? 'nieuw (nieuwe instelling)' : c.status,
      oud: value(c.before),
      nieuw: value(c.after),
      regel: c.ref ? String(c.ref.line) : dash,
    };
  });
  return buildTable({ columns, rows }, meta);
}

// ---- All institutions -----------------------------------------------------------------------------------

export function institutionsTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'instelling', label: 'Instelling', format: 'text' },
    { key: 'soort', label: 'Soort', format: 'text' },
    { key: 'regio', label: 'Regio', format: 'text' },
    { key: 'studenten', label: 'Studenten', format: 'integer' },
    { key: 'type', label: 'Type', format: 'text' },
    { key: 'streefwaarden', label: 'Streefwaarden', format: 'integer' },
    { key: 'gemeten', label: 'Met meting (streefwaarde met verbetering)', format: 'integer' },
    { key: 'bereikt', label: 'Bereikt', format: 'integer' },
  ];
  const rows: FigureRow[] = results.institutionOrder.map((id) => {
    const inst = results.institutions[id]!;
    // Per indicator × breakdown: targets in force (its rows), and of those with a latest value, how many reached.
    const own = rowsForInstitution(results, id);
    return {
      instelling: inst.name,
      soort: kindLabel(inst.kind),
      regio: inst.region,
      studenten: inst.students,
      type: shortTypeLabel(inst.type),
      streefwaarden: own.filter((r) => r.target !== null).length,
      gemeten: inst.reached.denominator,
      // Beyond the sampling margin only (row.attainment), as everywhere "bereikt" is said.
      bereikt: own.filter((r) => r.attainment === 'bereikt').length,
      url: institutionUrl(id),
    };
  });
  const meta: FigureMeta = {
    id: figureIds.institutionsTable(),
    title: 'Alle instellingen',
    subtitle: 'Soort, regio, aantal studenten, type en streefwaarden per instelling',
    source: institutionSource(results, 'Instellingsgegevens', PLANS, SOURCE_PER_INDICATOR),
    notes: notes(
      'Geteld per indicator en uitsplitsing: de streefwaarden die gelden, hoeveel daarvan al met een meting te vergelijken zijn, en hoeveel ' +
        'daarvan zijn bereikt (de laatste meting ligt voorbij de streefwaarde, in de richting die als beter geldt, en bij enquêtecijfers ' +
        'verder dan de steekproefmarge; een streefwaarde die niet gunstiger is dan de eigen start telt niet als bereikt).',
      typeNamesNote(results),
    ),
  };
  return rows.length === 0 ? emptyTable(meta, 'er zijn geen instellingen in deze gegevens.', columns) : buildTable({ columns, rows }, meta);
}
