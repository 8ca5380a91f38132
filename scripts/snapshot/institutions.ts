// Institutions that changed against the previous edition: added, gone (merged into another, or without a word),
// renamed. The check lists them, asks about a removal without `opgegaan_in`, and "Wat is veranderd" (compute/diff.ts)
// names them from the same list.
import { formatNumber, joinList } from '../lib/nl.ts';
import { msg } from './messages.ts';
import type { Issue, Snapshot } from './types.ts';

export interface InstitutionChanges {
  readonly added: readonly { readonly id: string; readonly name: string }[];
  /** In the previous edition, not a current institution now; `into` when it merged (`opgegaan_in`). */
  readonly removed: readonly { readonly id: string; readonly name: string; readonly into: string | null }[];
  /** Same code, another name. */
  readonly renamed: readonly { readonly id: string; readonly before: string; readonly after: string }[];
}

/** Pure: the changes from `previous` to `current`, each list in code order of its edition. */
export function institutionChanges(current: Snapshot, previous: Snapshot): InstitutionChanges {
  const now = new Map(current.institutions.map((i) => [i.id, i]));
  const before = new Map(previous.institutions.map((i) => [i.id, i]));
  const into = new Map(current.mergers.map((m) => [m.id, m.into]));
  return {
    added: current.institutions.filter((i) => !before.has(i.id)).map((i) => ({ id: i.id, name: i.name })),
    removed: previous.institutions.filter((i) => !now.has(i.id)).map((i) => ({ id: i.id, name: i.name, into: into.get(i.id) ?? null })),
    renamed: current.institutions.flatMap((i) => {
      const was = before.get(i.id);
      return was && was.name !== i.name ? [{ id: i.id, before: was.name, after: i.name }] : [];
    }),
  };
}

/** The current institutions that took in another since the previous edition: their series cross a merger. */
export function mergedSince(changes: InstitutionChanges): Set<string> {
  return new Set(changes.removed.flatMap((r) => (r.into ? [r.into] : [])));
}

/** A removal without `opgegaan_in` is a question for the editor: did it merge? One warning each. */
export function removalWarnings(changes: InstitutionChanges, previousName: string): Issue[] {
  return changes.removed
    .filter((r) => r.into === null)
    .map((r) => ({ severity: 'waarschuwing', file: 'instellingen.csv', message: msg.institutionGone(r.id, r.name, previousName), kind: 'instelling vervallen' }));
}

/** Lines for the check and the build report; none when nothing changed. */
export function institutionLines(changes: InstitutionChanges, current: Snapshot, previousName: string): string[] {
  const name = (id: string) => current.institutions.find((i) => i.id === id)?.name ?? id;
  const parts = [
    changes.added.length === 0 ? null : `nieuw: ${joinList(changes.added.map((a) => `${a.id} (${a.name})`))}`,
    ...changes.removed.map((r) => (r.into ? `${r.id} (${r.name}) is opgegaan in ${r.into} (${name(r.into)})` : `${r.id} (${r.name}) staat er niet meer in`)),
    ...changes.renamed.map((r) => `${r.id} heet nu '${r.after}' (was '${r.before}')`),
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return [];
  const count = changes.added.length + changes.removed.length + changes.renamed.length;
  return [`Instellingen tegenover de vorige editie ${previousName} (${formatNumber(count)} ${count === 1 ? 'wijziging' : 'wijzigingen'}):`, ...parts.map((p) => `  ${p}`)];
}
