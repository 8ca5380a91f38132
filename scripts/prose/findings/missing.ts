// The words of the rule "ontbrekend" (scripts/findings/rules/missing.ts): missing information is a finding.
import { coveragePath } from '../../findings/root.ts';
import type { Finding, Findings } from '../../findings/types.ts';
import { goalLabel } from '../../lib/nl.ts';
import type { Writer } from '../builder.ts';
import type { FindingSentences } from '../types.ts';

export function missingSentences(w: Writer, f: Finding, findings: Findings): FindingSentences {
  const goal = w.results.goals[f.goalId]!;
  const c = findings.coverage[f.goalId]!;
  const p = coveragePath(f.goalId);
  const national = c.series > 0 ? '; wel zijn er landelijke cijfers' : '';
  const headline =
    c.withData === 0
      ? c.indicators === 0
        ? w.s`Voor ${goalLabel(goal)} zijn geen indicatoren vastgelegd, waardoor nog niet is vast te stellen of de sector op schema ligt${national}.`
        : w.s`Voor ${goalLabel(goal)} ontbreken gegevens per instelling bij alle indicatoren, waardoor nog niet is vast te stellen of de sector op schema ligt${national}.`
      : w.s`Bij ${w.count(`${p}.withoutData`)} van de ${w.count(`${p}.indicators`)} indicatoren van ${goalLabel(goal)} ontbreken nog gegevens per instelling.`;
  return { headline, detail: [] };
}
