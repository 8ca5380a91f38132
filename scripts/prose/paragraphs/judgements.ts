// The institutions' own judgement in the e-file (seed 003 Tabel 2.3 and 2.4): does the work go as planned, and
// do they see an effect? Reported as their view, with counts; never as a measured effect.
import type { GoalResult } from '../../compute/types.ts';
import { INSTELLING, judgementsPath, list, paragraph, piece, type Writer } from '../builder.ts';
import { EFFECTIVENESS_TEXT, PROGRESS_TEXT, verb } from '../wording.ts';
import { firstInChapter, goalParagraphId } from './goal.ts';
import { shareOf } from './common.ts';
import { MIN_INSTITUTIONS } from '../../findings/movement.ts';

export function goalJudgements(w: Writer, goal: GoalResult) {
  const j = w.results.judgements.goals[goal.id];
  if (!j || j.n === 0 || w.results.judgements.year === null) return null;
  const base = judgementsPath(goal.id);
  const progress = j.progress.map((d, i) => ({ d, i })).filter(({ d }) => d.count > 0);
  const top = [...progress].sort((a, b) => b.d.count - a.d.count || a.i - b.i)[0]!;
  const subject = shareOf(w, { count: `${base}.progress.${top.i}.count`, denominator: `${base}.n`, share: `${base}.progress.${top.i}.share` });
  const intro = j.n === 1
    ? w.s`In de e-file over ${w.year('judgements.year')} gaf ${w.count(`${base}.n`, INSTELLING)} haar oordeel over deze doelstelling.`
    : w.s`In de e-file over ${w.year('judgements.year')} gaven ${w.count(`${base}.n`, INSTELLING)} hun oordeel over deze doelstelling.`;
  // Shares of fewer than MIN_INSTITUTIONS institutions describe those institutions, not the sector.
  if (j.n < MIN_INSTITUTIONS) return paragraph(goalParagraphId(goal.id, 'oordelen'), intro, w.s`Dat zijn te weinig instellingen om iets over het oordeel in de sector te zeggen.`);
  const first = w.s`Gevraagd of de uitvoering verloopt zoals verwacht, ${verb(subject.plural, 'antwoordt', 'antwoorden')} ${subject.piece} dat dit geldt ${PROGRESS_TEXT[top.d.value]}.`;
  const rest = progress
    .filter((p) => p !== top)
    .map(({ d, i }, k) => piece('volgens ', k === 0 ? w.digits(`${base}.progress.${i}.count`, INSTELLING) : w.digits(`${base}.progress.${i}.count`), ' ', PROGRESS_TEXT[d.value]));
  const others = rest.length === 0 ? null : w.s`Verder geldt dit ${list(rest)}.`;
  const none = j.progress.find((d) => d.value === 'geen');
  const noneSentence = none && none.count === 0 ? w.s`Elke instelling ziet de uitvoering ten minste voor een klein deel van de activiteiten verlopen zoals verwacht.` : null;

  const effects = j.effectiveness
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.count > 0)
    .sort((a, b) => b.d.count - a.d.count || a.i - b.i)
    .map(({ d, i }, k) => {
      const path = `${base}.effectiveness.${i}`;
      const who = k === 0 ? w.digits(`${path}.count`, INSTELLING) : w.digits(`${path}.count`);
      const text = EFFECTIVENESS_TEXT[d.value][d.count === 1 ? 0 : 1];
      return piece(who, ' (', w.pct(`${path}.share`), ') ', k === 0 ? text : text.replace('de activiteiten', 'ze'));
    });
  const effectiveness = effects.length === 0 ? null : w.s`Over de effectiviteit oordelen de instellingen als volgt: ${list(effects)}.`;
  // Said once a chapter: it holds for every goal's judgement.
  const judged = (g: GoalResult) => (w.results.judgements.goals[g.id]?.n ?? 0) >= MIN_INSTITUTIONS;
  const caveat = firstInChapter(w, goal, judged) ? w.s`Het gaat hier om het eigen oordeel van de instellingen, niet om een gemeten effect.` : null;
  return paragraph(goalParagraphId(goal.id, 'oordelen'), intro, first, others, noneSentence, effectiveness, caveat);
}
