// The overall word of a goal in words (scripts/prose/findings/goal-standing.ts): one sentence shape per situation,
// every number traced. Hand-made standings on the bundled edition's goal 1.2 (four indicators) and 1.3 (a national
// goal for vsv), written over a fact root that holds them.
import { describe, expect, it } from 'vitest';
import { factRoot } from '../../scripts/findings/root.ts';
import type { Findings, GoalStanding } from '../../scripts/findings/types.ts';
import { Writer } from '../../scripts/prose/builder.ts';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { standingParagraph } from '../../scripts/prose/findings/goal-standing.ts';
import { stagesOf } from '../helpers/stages.ts';
import { sentenceShape } from '../report/shapes.ts';
import { bundledResults } from './helpers.ts';

const { results } = bundledResults();
const { findings } = stagesOf(results);

function words(goalId: string, over: Partial<GoalStanding>): string[] {
  const standing = { ...findings.standing[goalId]!, ...over };
  const made: Findings = { ...findings, standing: { ...findings.standing, [goalId]: standing } };
  const root = factRoot(results, made);
  const p = standingParagraph(new Writer(root), made, results.goals[goalId]!, 'test');
  expect(checkTrace([p], root)).toEqual([]);
  return p.sentences.map((s) => s.text);
}

const none = { onTrack: [], ahead: [], behind: [], uncertain: [], nationalAttention: [], nationalPositive: [], spending: 'volgens-plan' as const };

describe('the overall word of a goal', () => {
  it('says "op schema" only for the indicators on or ahead of schedule, and "voor op schema" only for those ahead', () => {
    expect(words('1.2', { ...none, class: 'op-schema', measurable: 4, onTrack: ['veiligheid-school', 'veiligheid-bpv', 'mentaal-welzijn', 'ondersteuning-tevreden'] })).toEqual([
      'Doelstelling 1.2 ligt op schema bij alle vier indicatoren: ‘Veiligheid op school’, ‘Veiligheid tijdens bpv’, ‘Mentaal (zeer) slecht’ en ‘Begeleiding bij ondersteuning’.',
    ]);
    expect(words('1.2', { ...none, class: 'op-schema', measurable: 2, onTrack: ['mentaal-welzijn', 'ondersteuning-tevreden'], ahead: ['mentaal-welzijn'] })[0]).toBe(
      'Doelstelling 1.2 ligt op of voor schema bij beide indicatoren die al te beoordelen zijn: ‘Mentaal (zeer) slecht’ en ‘Begeleiding bij ondersteuning’.',
    );
  });

  it('names both halves when some indicators are on track and others behind or uncertain', () => {
    expect(words('1.2', { ...none, class: 'gemengd', measurable: 2, onTrack: ['mentaal-welzijn'], uncertain: ['veiligheid-bpv'] })[0]).toBe(
      'Doelstelling 1.2 ligt bij ‘Mentaal (zeer) slecht’ op schema; bij ‘Veiligheid tijdens bpv’ is dat nog onzeker.',
    );
    expect(words('1.2', { ...none, class: 'aandacht', measurable: 2, onTrack: ['mentaal-welzijn'], behind: ['veiligheid-school'] })[0]).toBe(
      'Doelstelling 1.2 ligt bij ‘Mentaal (zeer) slecht’ op schema; bij ‘Veiligheid op school’ blijft de sector achter.',
    );
  });

  it('says when nothing can be told yet, or only that it is uncertain', () => {
    expect(words('1.2', { ...none, class: 'onzeker', measurable: 1, uncertain: ['veiligheid-bpv'] })[0]).toBe(
      'Of doelstelling 1.2 op schema ligt, is nog onzeker: bij ‘Veiligheid tijdens bpv’ valt het verschil met het geplande pad binnen de toevalsmarge.',
    );
    expect(words('1.2', { ...none, class: 'onbekend', measurable: 0 })).toEqual([
      'Of doelstelling 1.2 op schema ligt, is nog niet te zeggen: geen van de vier indicatoren heeft al genoeg gegevens per instelling.',
    ]);
  });

  it('weighs a national goal the plans do not reach into the word, with its number traced', () => {
    const text = words('1.3', { ...none, class: 'aandacht', measurable: 1, onTrack: ['werk-entree-niveau2'], nationalAttention: ['opgeteld-vsv'] });
    expect(text[0]).toMatch(/^Doelstelling 1\.3 ligt bij ‘Werk na entree\/niveau 2’ op schema; bij ‘Nieuwe vsv'ers’ halen de plannen van de instellingen samen het landelijke doel van 18\.000 in 2026 niet\.$/);
    expect(words('1.3', { ...none, class: 'aandacht', measurable: 0, nationalAttention: ['opgeteld-vsv'] })[0]).toBe(
      "Doelstelling 1.3 vraagt aandacht: bij ‘Nieuwe vsv'ers’ halen de plannen van de instellingen samen het landelijke doel van 18.000 in 2026 niet; per instelling zijn er nog te weinig gegevens.",
    );
  });

  it('adds the spending only when it runs ahead of or behind plan', () => {
    const base = { ...none, class: 'aandacht' as const, measurable: 1, behind: ['veiligheid-school'] };
    expect(words('1.2', base)).toHaveLength(1);
    expect(words('1.2', { ...base, spending: 'achter' })[1]).toBe('De besteding van het budget loopt achter op plan.');
    expect(words('1.2', { ...base, spending: 'voor' })[1]).toBe('Het budget wordt sneller besteed dan gepland.');
  });

  it('gives each situation a sentence shape of its own', () => {
    const situations: Partial<GoalStanding>[] = [
      { ...none, class: 'op-schema', measurable: 4, onTrack: ['veiligheid-school', 'veiligheid-bpv', 'mentaal-welzijn', 'ondersteuning-tevreden'] },
      { ...none, class: 'gemengd', measurable: 2, onTrack: ['mentaal-welzijn'], uncertain: ['veiligheid-bpv'] },
      { ...none, class: 'onzeker', measurable: 1, uncertain: ['veiligheid-bpv'] },
      { ...none, class: 'onbekend', measurable: 0 },
      { ...none, class: 'aandacht', measurable: 1, behind: ['veiligheid-school'] },
      { ...none, class: 'aandacht', measurable: 4, behind: ['veiligheid-school', 'veiligheid-bpv', 'mentaal-welzijn', 'ondersteuning-tevreden'] },
      { ...none, class: 'aandacht', measurable: 2, onTrack: ['mentaal-welzijn'], behind: ['veiligheid-school'] },
    ];
    const shapes = situations.map((s) => sentenceShape(words('1.2', s)[0]!, []));
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
