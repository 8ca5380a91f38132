// The overall word of a goal (rule "stand-doel", scripts/findings/goal-standing.ts): one or two plain sentences that
// open its section and its line on the Stand van zaken page. The sentence follows what the data say — all on track,
// some on track and others behind, behind, uncertain, nothing measurable — and adds what else needs attention (a
// national goal the plans do not reach, a national series going the wrong way), what goes well nationally, and the
// spending when it runs ahead of or behind plan. Only verdicts the rules tested are said ("op schema" only where
// rule "koers" said so, "voor op schema" only where it said that); the few numbers are traced through the Writer.
import type { GoalResult } from '../../compute/types.ts';
import type { Finding, Findings, GoalStanding } from '../../findings/types.ts';
import { joinList } from '../../lib/nl.ts';
import { list, piece, required, type Part, type Piece, type Writer } from '../builder.ts';
import type { Paragraph, Sentence } from '../types.ts';
import { indicatorLabel, quoted } from '../wording.ts';
import { BEHIND, ON_TRACK } from '../../findings/goal-standing.ts';

/** At most this many series named in one list; beyond it "onder meer". */
const NAMES_MAX = 3;

export function standingParagraph(w: Writer, findings: Findings, goal: GoalResult, id: string): Paragraph {
  const s = findings.standing[goal.id]!;
  const byId = new Map(findings.items.map((f) => [f.id, f]));
  const national = nationalClauses(w, findings, s.nationalAttention.map((i) => byId.get(i)!));
  const first = verdict(w, findings, s, goal, national[0] ?? null);
  return required(
    id,
    first.sentence,
    ...(first.usedNational ? national.slice(1) : national).map((c) => w.s`${c}.`),
    goodNationally(w, findings, s, byId),
    spendingSentence(w, s),
  );
}

/** `Doelstelling 1.3`, `Stagepact-thema SP1`; lower case inside a sentence for a goal. */
const subjectOf = (goal: GoalResult, inside = false) => (goal.isStagepact ? `Stagepact-thema ${goal.id}` : `${inside ? 'd' : 'D'}oelstelling ${goal.id}`);

/**
 * An indicator by its short name; when only some of its judged breakdowns are in the group, those are named:
 * `‘Hulp bij keuze’ (niveau 3 en niveau 4)`, so the overall word never hides that other parts went another way.
 */
function label(w: Writer, findings: Findings, id: string, inGroup: (status: string) => boolean): string {
  const name = indicatorLabel(w.results.indicators[id]!.shortName, 'totaal');
  const judged = Object.entries(findings.course[id] ?? {}).filter(([, c]) => c.status !== 'te-weinig-instellingen' && c.status !== 'geen-gegevens');
  const parts = judged.filter(([, c]) => inGroup(c.status)).map(([b]) => b);
  return parts.length === judged.length || parts.length === 0 ? name : `${name} (${joinList(parts)})`;
}

/** The first sentence: the class in words, with the indicators in each group. */
function verdict(w: Writer, findings: Findings, s: GoalStanding, goal: GoalResult, national: Part | null): { sentence: Sentence; usedNational: boolean } {
  const path = `findings.standing.${goal.id}`;
  const subject = subjectOf(goal);
  const names = (ids: readonly string[], inGroup: (status: string) => boolean) => list(ids.map((i) => label(w, findings, i, inGroup)));
  const behindNames = names(s.behind, (x) => BEHIND.has(x));
  const uncertainNames = names(s.uncertain, (x) => x === 'onzeker');
  const onTrackNames = names(s.onTrack, (x) => ON_TRACK.has(x));
  // "op schema", "voor op schema" or, when the group holds both, "op of voor schema".
  const onTrackWord = s.ahead.length + s.partlyAhead.length === 0 ? 'op schema' : s.ahead.length === s.onTrack.length ? 'voor op schema' : 'op of voor schema';
  const uncertainTail = s.uncertain.length > 0 ? piece('; bij ', uncertainNames, ' is dat nog onzeker') : '';
  const one = (sentence: Sentence, usedNational = false) => ({ sentence, usedNational });
  // "alle drie indicatoren", "beide indicatoren", with "die al te beoordelen zijn" when others are not yet.
  const allOf = (n: number): Piece => piece(n === 2 ? 'beide' : piece('alle ', w.count(`${path}.measurable`)), ' indicatoren', s.measurable === s.indicators ? '' : ' die al te beoordelen zijn');
  switch (s.class) {
    case 'op-schema': {
      if (s.measurable === 1) {
        return one(
          s.indicators > 1
            ? w.s`${subject} ligt ${onTrackWord} bij ${onTrackNames}, de enige indicator die al te beoordelen is.`
            : s.ahead.length > 0
              ? w.s`${subject} ligt voor op schema: bij ${onTrackNames} gaat de sector sneller vooruit dan gepland.`
              : w.s`${subject} ligt op schema: bij ${onTrackNames} volgt de sector het geplande pad.`,
        );
      }
      return one(w.s`${subject} ligt ${onTrackWord} bij ${allOf(s.measurable)}: ${onTrackNames}.`);
    }
    case 'gemengd':
      return one(w.s`${subject} ligt bij ${onTrackNames} ${onTrackWord}${uncertainTail}.`);
    case 'onzeker':
      return one(w.s`Of ${subjectOf(goal, true)} op schema ligt, is nog onzeker: bij ${uncertainNames} valt het verschil met het geplande pad binnen de toevalsmarge.`);
    case 'onbekend':
      return one(
        s.indicators === 0
          ? w.s`Of ${subjectOf(goal, true)} op schema ligt, is niet te zeggen: er zijn geen indicatoren met gegevens per instelling.`
          : s.indicators === 1
            ? w.s`Of ${subjectOf(goal, true)} op schema ligt, is nog niet te zeggen: de indicator heeft nog te weinig gegevens per instelling.`
            : w.s`Of ${subjectOf(goal, true)} op schema ligt, is nog niet te zeggen: geen van de ${w.count(`${path}.indicators`)} indicatoren heeft al genoeg gegevens per instelling.`,
      );
    case 'aandacht': {
      if (s.onTrack.length > 0) {
        // Some on track, others behind or short of a national goal: both halves in one sentence (issue 27's example).
        return s.behind.length > 0
          ? one(w.s`${subject} ligt bij ${onTrackNames} ${onTrackWord}; bij ${behindNames} blijft de sector achter${uncertainTail}.`)
          : one(w.s`${subject} ligt bij ${onTrackNames} ${onTrackWord}; ${national!}${uncertainTail}.`, true);
      }
      if (s.behind.length === 0) {
        return one(w.s`${subject} vraagt aandacht: ${national!}${s.measurable === 0 ? '; per instelling zijn er nog te weinig gegevens' : uncertainTail}.`, true);
      }
      if (s.behind.length === s.measurable && s.measurable > 1) {
        const n = s.measurable === 2 ? 'beide' : w.count(`${path}.measurable`);
        const where = piece(s.measurable === 2 ? 'bij ' : 'bij alle ', n, ' indicatoren van ', subjectOf(goal, true), s.measurable === s.indicators ? '' : ' die al te beoordelen zijn,');
        return one(w.s`${where} blijft de sector achter: ${behindNames}.`);
      }
      return one(
        s.measurable === 1 && s.indicators > 1
          ? w.s`${subject} vraagt aandacht: bij ${behindNames}, de enige indicator die al te beoordelen is, blijft de sector achter.`
          : w.s`${subject} vraagt aandacht: bij ${behindNames} blijft de sector achter${uncertainTail}.`,
      );
    }
  }
}

/**
 * The national signals that need attention as clauses (no capital, no full stop): summed plans short of a national
 * goal, one clause per indicator; series grouped by what they did, so two series that rose the wrong way are one clause.
 */
function nationalClauses(w: Writer, findings: Findings, fs: readonly Finding[]): Part[] {
  const out: Part[] = [];
  for (const f of fs.filter((x) => x.rule === 'opgeteld')) {
    const base = `sector.${f.indicatorId!}.totaal.sum`;
    out.push(piece('bij ', indicatorLabel(w.results.indicators[f.indicatorId!]!.shortName, 'totaal'), ' halen de plannen van de instellingen samen het landelijke doel van ', w.num(`${base}.nationalGoal.value`), ' in ', w.year(`${base}.nationalGoal.year`), ' niet'));
  }
  const series = fs.filter((x) => x.rule === 'landelijke-reeks');
  const nameOf = (f: Finding) => quoted(w.results.series[findings.series[f.series!]!.index]!.name);
  const behindPath = series.filter((f) => f.kind === 'landelijk-achter-op-pad').map(nameOf);
  if (behindPath.length > 0) out.push(piece('landelijk ', behindPath.length === 1 ? 'ligt ' : 'liggen ', list(behindPath), ' achter op de lijn naar het landelijke doel'));
  for (const way of ['stijging', 'daling'] as const) {
    const moved = series.filter((f) => f.kind !== 'landelijk-achter-op-pad' && findings.series[f.series!]!.latestMovement === way).map(nameOf);
    if (moved.length === 0) continue;
    const verb = way === 'stijging' ? (moved.length === 1 ? 'steeg' : 'stegen') : moved.length === 1 ? 'daalde' : 'daalden';
    out.push(piece(`landelijk ${verb} `, list(moved), ', de verkeerde kant op'));
  }
  return out;
}

/** National signals that go well (a national goal reached or met by the plans, a series on its path or moving the right way). */
function goodNationally(w: Writer, findings: Findings, s: GoalStanding, byId: ReadonlyMap<string, Finding>): Sentence | null {
  const fs = s.nationalPositive.map((i) => byId.get(i)!);
  const sum = fs.find((f) => f.rule === 'opgeteld');
  const lines = fs.filter((f) => f.rule === 'landelijke-reeks').map((f) => quoted(w.results.series[findings.series[f.series!]!.index]!.name));
  const named = lines.length <= NAMES_MAX ? list(lines) : piece('onder meer ', list(lines.slice(0, NAMES_MAX - 1)));
  // "wel" where the first sentence said something needs attention or cannot be told yet.
  const wel = s.class === 'aandacht' || s.class === 'onbekend' ? ' wel' : '';
  const series = lines.length > 0 ? piece(`landelijk gaat het${wel} de goede kant op bij `, named) : null;
  if (!sum) return series ? w.s`${series}.` : null;
  const met = piece('de plannen van de instellingen halen samen het landelijke doel van ', w.num(`sector.${sum.indicatorId!}.totaal.sum.nationalGoal.value`), ' in ', w.year(`sector.${sum.indicatorId!}.totaal.sum.nationalGoal.year`), ' voor ', indicatorLabel(w.results.indicators[sum.indicatorId!]!.shortName, 'totaal'));
  return series ? w.s`${met}; ${series}.` : w.s`${met}.`;
}

/** Spending only when it runs ahead of or behind plan (the spending line under the lists gives the numbers). */
function spendingSentence(w: Writer, s: GoalStanding): Sentence | null {
  if (s.spending === 'achter') return w.s`De besteding van het budget loopt achter op plan.`;
  return s.spending === 'voor' ? w.s`Het budget wordt sneller besteed dan gepland.` : null;
}
