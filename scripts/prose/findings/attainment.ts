// The words of the rule "doelbereik" (scripts/findings/rules/attainment.ts): genuine targets reached beyond the
// sampling margin, the one meaning of "bereikt" (issue 23).
import { reachedClaim } from '../../findings/claims.ts';
import { reachedShare } from '../../findings/rules/attainment.ts';
import type { Finding } from '../../findings/types.ts';
import { claiming, type Writer } from '../builder.ts';
import type { FindingSentences } from '../types.ts';
import { shareOf, sharePaths } from '../paragraphs/common.ts';
import { indicatorLabel } from '../wording.ts';

export function attainmentSentences(w: Writer, f: Finding): FindingSentences {
  const indicator = w.results.indicators[f.indicatorId!]!;
  const b = w.results.sector[f.indicatorId!]![f.breakdown!]!;
  const found = reachedShare(b, `sector.${f.indicatorId}.${f.breakdown}`)!;
  const subject = shareOf(w, sharePaths(found.path));
  const label = indicatorLabel(indicator.shortName, f.breakdown!);
  return {
    headline: claiming(
      w.s`Bij ${label} ${subject.plural ? 'hebben' : 'heeft'} ${subject.piece} de eigen streefwaarde al bereikt (van de streefwaarden die verbetering plannen).`,
      reachedClaim(f.indicatorId!, f.breakdown!, b.attainment),
    ),
    detail: [],
  };
}
