// A short, neutral paragraph per institution for its own page: what kind of institution, how many values it
// has, where it sits in the typology, which targets it has reached, and its budget. Synthetic: said first.
import { rowsForInstitution } from '../../compute/lookup.ts';
import type { InstitutionResult } from '../../compute/types.ts';
import { list, required, type Writer } from '../builder.ts';
import { indicatorLabel, KIND_TEXT } from '../wording.ts';

const KEER = ['keer', 'keer'] as const;

export function institutionParagraphId(id: string): string {
  return `instelling-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function writeInstitution(w: Writer, inst: InstitutionResult) {
  const base = `institutions.${inst.id}`;
  const synthetic = w.results.edition.synthetic
    ? w.s`Deze instelling en al haar cijfers zijn fictief: ze zijn gegenereerd voor deze synthetische editie en zeggen niets over een bestaande mbo-instelling.`
    : null;
  const where = inst.randstad ? 'in de Randstad' : 'buiten de Randstad';
  const who = w.s`${inst.name} is ${KIND_TEXT[inst.kind]} in regio ${inst.region}, ${where}, met ${w.digits(`${base}.students`)} studenten.`;
  const values = inst.indicatorsWithStart === 0 && inst.indicatorsWithTarget === 0
    ? w.s`Van deze instelling zijn geen start- en streefwaarden bekend.`
    : w.s`Voor ${w.count(`${base}.indicatorsWithStart`, ['indicator', 'indicatoren'])} is een startwaarde bekend en voor ${w.count(`${base}.indicatorsWithTarget`)} een streefwaarde.`;
  const t = w.results.typology.institutions[inst.id];
  const tb = `typology.institutions.${inst.id}`;
  const typeName = w.results.typology.types.find((x) => x.type === inst.type)?.name.toLowerCase() ?? '';
  const type = !t || t.reason === 'geen-startwaarden'
    ? w.s`Zonder startwaarden valt de instelling buiten de typologie.`
    : inst.type === 'geen'
      ? w.s`In de typologie heeft de instelling geen uitgesproken profiel.`
      : w.s`In de typologie valt de instelling in type ${String(inst.type)} (${typeName}).`;
  const quartiles = t && t.start.indicators > 0
    ? w.s`Met haar startwaarden valt zij ${w.digits(`${tb}.start.favourable`, KEER)} in het gunstigste en ${w.digits(`${tb}.start.unfavourable`, KEER)} in het ongunstigste kwart van de instellingen (op de ${w.digits(`${tb}.start.indicators`, ['indicator', 'indicatoren'])} van de typologie waarvoor zij een startwaarde heeft).`
    : null;
  // "Bereikt" beyond the sampling margin only (row.attainment); within the margin or without improvement is not.
  const rows = rowsForInstitution(w.results, inst.id).filter((r) => r.attainment !== null);
  const reached = rows.filter((r) => r.attainment === 'bereikt').map((r) => indicatorLabel(w.results.indicators[r.indicatorId]!.shortName, r.breakdown));
  const reachedSentence = rows.length === 0
    ? null
    : reached.length === 0
      ? w.s`Op geen van de indicatoren met een streefwaarde en een gerealiseerde waarde is de streefwaarde al bereikt.`
      : reached.length === rows.length
        ? w.s`Op alle indicatoren met een streefwaarde en een gerealiseerde waarde is de streefwaarde al bereikt: ${list(reached)}.`
        : w.s`De streefwaarde is bereikt bij ${list(reached)}; bij de overige indicatoren met een streefwaarde en een gerealiseerde waarde nog niet, of ligt de laatste meting binnen de steekproefmarge.`;
  const budget = w.results.budget.institutions[inst.id];
  const money = budget && budget.total > 0
    ? budget.spentShare === null
      ? w.s`De instelling heeft ${w.euro(`budget.institutions.${inst.id}.total`)} aan kwaliteitsmiddelen begroot.`
      : budget.spent === 0
        ? w.s`De instelling heeft ${w.euro(`budget.institutions.${inst.id}.total`)} aan kwaliteitsmiddelen begroot; tot en met ${w.year('budget.reportYear')} is daarvan nog niets als besteed gemeld.`
        : w.s`De instelling heeft ${w.euro(`budget.institutions.${inst.id}.total`)} aan kwaliteitsmiddelen begroot, waarvan tot en met ${w.year('budget.reportYear')} ${w.pct(`budget.institutions.${inst.id}.spentShare`)} is besteed.`
    : budget
      ? null
      : w.s`Over haar begroting en bestedingen van de kwaliteitsmiddelen zijn geen gegevens aangeleverd.`;
  // A series across a merger is marked, never compared across it without a word.
  const merger = inst.absorbed.length === 0
    ? null
    : w.s`${list(inst.absorbed.map((a) => `${a.name} (${a.id})`))} ${inst.absorbed.length === 1 ? 'is' : 'zijn'} in deze instelling opgegaan: haar waarden van voor de fusie gaan alleen over ${inst.name} zelf, dus een verschil met later komt ook door de fusie.`;
  return required(institutionParagraphId(inst.id), synthetic, who, merger, values, type, quartiles, reachedSentence, money);
}
