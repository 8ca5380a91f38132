// How readers name each soort of institution (instellingen.csv `soort`): one (`ROC`, on an institution page and in a
// chart label) and many (`ROC’s`, a peer group). One definition for the figures, the report and the site.
import type { InstitutionKind } from '../snapshot/types.ts';

export const KIND_NAMES: Readonly<Record<InstitutionKind, { readonly one: string; readonly many: string }>> = {
  roc: { one: 'ROC', many: 'ROC’s' },
  aoc: { one: 'AOC', many: 'AOC’s' },
  vakinstelling: { one: 'vakinstelling', many: 'vakinstellingen' },
  overig: { one: 'overig', many: 'overige instellingen' },
};

/** `ROC`, `vakinstelling`. */
export function kindLabel(kind: InstitutionKind): string {
  return KIND_NAMES[kind].one;
}
