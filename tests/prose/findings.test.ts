// Every finding in words (scripts/prose/findings/): the headline and the evidence of the rules on the hand-made
// fixtures of tests/findings/fixtures.ts, traced to the facts the findings rest on.
import { describe, expect, it } from 'vitest';
import type { Results } from '../../scripts/compute/types.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot } from '../../scripts/findings/root.ts';
import { Writer } from '../../scripts/prose/builder.ts';
import { findingSentences } from '../../scripts/prose/findings/sentences.ts';
import { BEHIND, DECLINING, INSTROOM, resultsWith, resultsWithSeries, rows, series } from '../findings/fixtures.ts';

/** The headline and detail of finding `id` of `results`. */
function said(results: Results, id: string) {
  const findings = findFindings(results);
  const finding = findings.items.find((i) => i.id === id)!;
  return findingSentences(new Writer(factRoot(results, findings)), finding, findings);
}

describe('the words of rule "koers"', () => {
  it('say the status and the counts on the own path, and the progress with its interval against the path', () => {
    const { headline, detail } = said(resultsWith(rows(BEHIND)), 'koers-rekenen');
    expect(headline.text).toContain('ligt de sector als geheel achter op schema; afzonderlijk 0 van de 10 instellingen zitten op of boven');
    expect(headline.facts.map((x) => x.key)).toEqual(['findings.course.rekenen.totaal.onCourse', 'findings.course.rekenen.totaal.n']);
    expect(detail!.text).toMatch(/gemiddeld 2,0 procentpunt vooruit \(betrouwbaarheidsinterval van de vooruitgang: 1,8 tot 2,2 procentpunt\), een verbetering buiten de toevalsmarge/);
  });

  it('count the institutions that got worse in a declining sector', () => {
    const { headline, detail } = said(resultsWith(rows(DECLINING)), 'koers-rekenen');
    expect(headline.text).toContain('is de sector sinds de start achteruitgegaan; 10 van de 10 instellingen zijn verslechterd');
    expect(detail!.text).toContain('een verslechtering buiten de toevalsmarge');
  });
});

describe('the words of rule "ontbrekend"', () => {
  it('say that the course of a goal without data cannot be told', () => {
    expect(said(resultsWith([]), 'ontbrekend-sp1').headline.text).toContain('waardoor nog niet is vast te stellen of de sector op koers ligt');
  });
});

describe('the words of rule "landelijke-reeks"', () => {
  it('say the turning point with the rise and the level, and the net change over the whole series', () => {
    const { headline, detail } = said(resultsWithSeries([series('instroom', INSTROOM)]), 'reeks-instroom');
    expect(headline.text).toBe('In 2024/25 kwam er een einde aan de daling van ‘Instroom mbo’: na vier jaar daling een stijging met 2.310 tot 208.310.');
    expect(detail!.text).toBe('Ten opzichte van 214.365 in 2017/18 is dat per saldo 6.055 lager.');
  });

  it('say where the series stands against a straight path to the national goal', () => {
    const goal = { indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 18000, source: 'Kamerbrief' };
    const vsv = series('vsv-landelijk', [['2022/23', 30000], ['2024/25', 26000]], { indicatorId: 'vsv', nationalGoals: [goal], goalId: '1.3', name: 'Nieuwe vsv’ers' });
    expect(said(resultsWithSeries([vsv]), 'reeks-vsv-landelijk').headline.text).toContain(
      'ligt met 26.000 in 2024/25 achter op een rechte lijn naar het landelijke doel van 18.000 in 2027',
    );
  });
});
