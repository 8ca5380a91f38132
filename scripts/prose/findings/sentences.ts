// Every finding in words: the headline (bullet text and figure title) and the evidence in one more sentence, both
// traced through the Writer over the fact root. The findings stage decides what each finding is (kind, polarity,
// facts); this folder holds how it is said, one file per rule.
import type { Finding, Findings } from '../../findings/types.ts';
import type { Writer } from '../builder.ts';
import type { FindingSentences } from '../types.ts';
import { attainmentSentences } from './attainment.ts';
import { courseSentences } from './course.ts';
import { judgementSentences } from './effort.ts';
import { levelSentences } from './level.ts';
import { missingSentences } from './missing.ts';
import { seriesSentences } from './series.ts';
import { sumSentences } from './sums.ts';

/** The words of `finding`; `w` writes over the fact root of the Results and `findings` it belongs to. */
export function findingSentences(w: Writer, finding: Finding, findings: Findings): FindingSentences {
  switch (finding.rule) {
    case 'koers':
      return courseSentences(w, finding, findings);
    case 'doelbereik':
      return attainmentSentences(w, finding);
    case 'landelijke-reeks':
      return seriesSentences(w, finding, findings);
    case 'opgeteld':
      return sumSentences(w, finding, findings);
    case 'stand':
      return levelSentences(w, finding);
    case 'oordeel':
      return judgementSentences(w, finding, findings);
    case 'ontbrekend':
      return missingSentences(w, finding, findings);
    default:
      throw new Error(`prose: geen woorden voor bevindingen van regel ${String(finding.rule)}`);
  }
}
