// The accessibility statement's account of which pages this build checked (checks/plan.ts): each checked page
// with why and its result, each other page's stored result with the edition it was computed in, and the pages no
// build checked on their own with the checked pages of their type that stand for them. "When" is an edition,
// never a clock time: the statement stays the same for the same snapshot and the same check history.
import { formatNumber, plural } from '../lib/nl.ts';
import type { CheckReason } from './checks/plan.ts';
import type { CheckPagesView, CheckSummary, PageKind } from './types.ts';

const REASON: Readonly<Record<CheckReason, string>> = {
  smallest: 'kleinste pagina van dit type',
  largest: 'grootste pagina van dit type',
  editor: 'bevat tekst van de redactie',
  template: 'sjablonen of opmaak veranderd sinds de vorige uitkomst',
  all: 'alle pagina’s gecontroleerd',
};

/** Pages of a type, for "niet apart gecontroleerd" lines; a type not named here reads as "pagina’s van dit type". */
const KIND: Partial<Record<PageKind, string>> = {
  priority: 'prioriteitspagina’s',
  goal: 'doelstellingspagina’s',
  stagepact: 'pagina’s over het Stagepact',
  indicator: 'indicatorpagina’s',
  institution: 'instellingspagina’s',
  other: 'overige pagina’s',
};

const CHECK_NAME: Readonly<Record<string, string>> = { axe: 'toegankelijkheid', reflow: 'smal scherm', html: 'HTML' };

export function checkPagesView(checks: CheckSummary, edition: string): CheckPagesView {
  const { plan } = checks;
  const pageChecks = checks.outcomes.filter((o) => o.checkedPages);
  const result = (url: string) => {
    const found = pageChecks.flatMap((o) => {
      const n = o.checkedPages!.find((p) => p.url === url)?.problems ?? 0;
      return n > 0 ? [`${CHECK_NAME[o.id] ?? o.label}: ${plural(n, 'probleem', 'problemen')}`] : [];
    });
    return found.length === 0 ? 'in orde' : found.join('; ');
  };
  const editions = [...new Set(plan.earlier.map((p) => p.edition))].sort().reverse();
  const kinds = [...new Set(plan.represented.map((p) => p.kind))];
  return {
    checked: plan.checked.map((p) => ({ url: p.url, reason: p.reasons.map((r) => REASON[r]).join(', '), result: result(p.url) })),
    earlier: editions.map((e) => ({
      title: e === edition ? `Uitkomst van een eerdere build van deze editie (${e})` : `Uitkomst uit editie ${e}`,
      urls: plan.earlier.filter((p) => p.edition === e).map((p) => p.url),
    })),
    represented: kinds.map((kind) => {
      const count = plan.represented.filter((p) => p.kind === kind).length;
      return {
        text: `${formatNumber(count)} ${count === 1 ? 'pagina van dit type' : (KIND[kind] ?? 'pagina’s van dit type')}: niet apart gecontroleerd; deze build controleerde hun sjablonen op`,
        by: plan.checked.filter((p) => p.kind === kind).map((p) => p.url),
      };
    }),
  };
}
