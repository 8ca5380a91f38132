// The five institution types (seed 000 chapter 3): how many institutions each type has, where every institution
// sits on start score × ambition score, and the annex table with every institution's scores and type.
import { kindLabel } from '../../compute/kinds.ts';
import type { Results, StartLevel, TypologyType } from '../../compute/types.ts';
import { joinList, lowerFirst, plural } from '../../lib/nl.ts';
import { buildTable } from '../charts/table.ts';
import { buildTypologyCounts, buildTypologyScatter, type TypeRef } from '../charts/typology.ts';
import { figureIds } from '../../lib/ids.ts';
import type { Figure, FigureColumn, FigureRow } from '../types.ts';
import { PLANS, emptyTable, institutionSource, institutionUrl, notes } from './common.ts';

export function typologyFigures(results: Results): Figure[] {
  return [typologyCounts(results), typologyScores(results), typologyInstitutionsTable(results)];
}

const typeKey = (type: TypologyType) => (type === 'geen' ? 'geen' : `type-${type}`);

/** `Type 2: lagere startwaarden, grote stappen vooruit`; `Geen uitgesproken profiel`. */
export function typeLabel(results: Results, type: TypologyType): string {
  const name = results.typology.types.find((t) => t.type === type)?.name ?? 'Geen uitgesproken profiel';
  return type === 'geen' ? name : `Type ${type}: ${lowerFirst(name)}`;
}

/** `Type 2`, `Geen profiel`: for table cells; the names are in a note (`typeNamesNote`). */
export function shortTypeLabel(type: TypologyType): string {
  return type === 'geen' ? 'Geen profiel' : `Type ${type}`;
}

/** "Type 1: hoge startwaarden, …; Type 2: …; Geen profiel: geen uitgesproken profiel." */
export function typeNamesNote(results: Results): string | null {
  const types = results.typology.types;
  if (types.length === 0) return null;
  return `${types.map((t) => `${shortTypeLabel(t.type)}: ${lowerFirst(t.name)}`).join('; ')}.`;
}

function typeRefs(results: Results): TypeRef[] {
  return results.typology.types.map((t) => ({ key: typeKey(t.type), label: typeLabel(results, t.type), ...(t.type === 'geen' ? { neutral: true } : {}) }));
}

const SCORE_NOTE =
  'Startscore: per instelling het aantal indicatoren met een startwaarde in het gunstigste kwart van de instellingen, min het aantal in het ' +
  'ongunstigste kwart, gedeeld door het aantal indicatoren met een startwaarde (van −1 tot 1). De ambitiescore is hetzelfde voor de verbeterambities.';

/** Why institutions have no type, e.g. "2 instellingen zonder startwaarden en 1 zonder ambities". */
function untypedNote(results: Results): string | null {
  const all = Object.values(results.typology.institutions);
  const noStart = all.filter((t) => t.reason === 'geen-startwaarden').length;
  const noAmbition = all.filter((t) => t.reason === 'geen-ambitie').length;
  const parts = [
    ...(noStart > 0 ? [`${plural(noStart, 'instelling', 'instellingen')} zonder startwaarden`] : []),
    ...(noAmbition > 0 ? [`${plural(noAmbition, 'instelling', 'instellingen')} zonder verbeterambities`] : []),
  ];
  return parts.length === 0 ? null : `Zonder type, omdat de gegevens ontbreken: ${joinList(parts)}.`;
}

export function typologyCounts(results: Results): Figure {
  const t = results.typology;
  return buildTypologyCounts(
    { types: t.types.map((s) => ({ key: typeKey(s.type), label: typeLabel(results, s.type), ...(s.type === 'geen' ? { neutral: true } : {}), count: s.count })) },
    {
      id: figureIds.typologyCounts(),
      title: 'Instellingen naar type',
      subtitle: `Typering op startwaarden en verbeterambities over ${plural(t.indicators.length, 'indicator', 'indicatoren')}`,
      source: institutionSource(results, PLANS),
      notes: notes(untypedNote(results)),
    },
  );
}

export function typologyScores(results: Results): Figure {
  const t = results.typology;
  const points = results.institutionOrder.flatMap((id) => {
    const inst = t.institutions[id];
    if (!inst || inst.startScore === null || inst.ambitionScore === null) return [];
    return [{ label: results.institutions[id]!.name, startScore: inst.startScore, ambitionScore: inst.ambitionScore, type: typeKey(inst.type) }];
  });
  const missing = results.institutionOrder.length - points.length;
  return buildTypologyScatter(
    {
      types: typeRefs(results),
      points,
      ...(t.thresholds ? { startCuts: [t.thresholds.startP33, t.thresholds.startP67] as const } : {}),
    },
    {
      id: figureIds.typologyScores(),
      title: 'Startscore en ambitiescore van de instellingen',
      subtitle: 'Rechts: vaker gunstige startwaarden; boven: vaker grote verbeterambities',
      source: institutionSource(results, PLANS),
      notes: notes(SCORE_NOTE, missing > 0 ? `Niet in de figuur: ${plural(missing, 'instelling', 'instellingen')} zonder startscore of ambitiescore.` : null),
    },
  );
}

const LEVEL_LABELS: Readonly<Record<StartLevel, string>> = { hoog: 'hoog', gemiddeld: 'gemiddeld', laag: 'laag' };


export function typologyInstitutionsTable(results: Results): Figure {
  const columns: FigureColumn[] = [
    { key: 'instelling', label: 'Instelling', format: 'text' },
    { key: 'soort', label: 'Soort', format: 'text' },
    { key: 'startscore', label: 'Startscore', format: 'number', decimals: 2 },
    { key: 'ambitiescore', label: 'Ambitiescore', format: 'number', decimals: 2 },
    { key: 'startniveau', label: 'Startniveau', format: 'text' },
    { key: 'type', label: 'Type', format: 'text' },
  ];
  const order = results.typology.types.map((s) => s.type);
  const rows: FigureRow[] = results.institutionOrder
    .map((id) => ({ id, inst: results.institutions[id]!, type: results.typology.institutions[id] }))
    .sort((a, b) => order.indexOf(a.inst.type) - order.indexOf(b.inst.type) || a.inst.name.localeCompare(b.inst.name, 'nl'))
    .map(({ id, inst, type }) => ({
      instelling: inst.name,
      soort: kindLabel(inst.kind),
      startscore: type?.startScore ?? null,
      ambitiescore: type?.ambitionScore ?? null,
      startniveau: type?.startLevel ? LEVEL_LABELS[type.startLevel] : null,
      type: shortTypeLabel(inst.type),
      url: institutionUrl(id),
    }));
  const meta = {
    id: figureIds.typologyInstitutionsTable(),
    title: 'Typering van alle instellingen',
    subtitle: 'Startscore, ambitiescore, startniveau en type per instelling, gesorteerd op type',
    source: institutionSource(results, PLANS),
    notes: notes(
      SCORE_NOTE,
      results.typology.thresholds
        ? 'Startniveau hoog: startscore boven het 67e percentiel van alle instellingen; laag: onder het 33e percentiel; anders gemiddeld.'
        : null,
      typeNamesNote(results),
      untypedNote(results),
    ),
  };
  return rows.length === 0 ? emptyTable(meta, 'er zijn geen instellingen in deze gegevens.', columns) : buildTable({ columns, rows }, meta);
}
