// Every finding in words (scripts/prose/findings/): the headline and the evidence of the rules on the hand-made
// fixtures of tests/findings/fixtures.ts, traced to the facts the findings rest on.
import { describe, expect, it } from 'vitest';
import type { Results } from '../../scripts/compute/types.ts';
import { findFindings } from '../../scripts/findings/findings.ts';
import { factRoot } from '../../scripts/findings/root.ts';
import { Writer } from '../../scripts/prose/builder.ts';
import { findingSentences } from '../../scripts/prose/findings/sentences.ts';
import { BEHIND, DECLINING, INSTROOM, resultsWith, resultsWithSeries, row, rows, series } from '../findings/fixtures.ts';

/** The headline and detail of finding `id` of `results`. */
function said(results: Results, id: string) {
  const findings = findFindings(results);
  const finding = findings.items.find((i) => i.id === id)!;
  return findingSentences(new Writer(factRoot(results, findings)), finding, findings);
}

describe('the words of rule "koers"', () => {
  it('say the verdict and the counts on the own path, then the gap with its paired interval and the progress against the path', () => {
    const { headline, detail } = said(resultsWith(rows(BEHIND)), 'koers-rekenen');
    expect(headline.text).toBe('Bij ‘Rekenen’ ligt de sector achter op schema; 0 van de 10 instellingen zitten op of boven het eigen pad naar de streefwaarde.');
    expect(headline.facts.map((x) => x.key)).toEqual(['findings.course.rekenen.totaal.onCourse', 'findings.course.rekenen.totaal.n']);
    expect(headline.claims).toEqual([{ indicator: 'rekenen', breakdown: 'totaal', kind: 'oordeel', value: 'achter-op-schema' }]);
    expect(detail[0]!.text).toBe('Gemiddeld ligt hun vooruitgang 4,0 procentpunt onder het eigen pad (95%-interval van het verschil: −4,2 tot −3,8 procentpunt).');
    expect(detail[1]!.text).toBe(
      'Sinds de start gingen zij gemiddeld 2,0 procentpunt vooruit (1,8 tot 2,2 procentpunt), een verbetering buiten de toevalsmarge; op hun eigen pad was dat 6,0 procentpunt vooruit geweest.',
    );
    expect(detail[1]!.claims).toEqual([{ indicator: 'rekenen', breakdown: 'totaal', kind: 'ontwikkeling', value: 'verbeterd' }]);
    // Wilson (1927) for 0 of 10: 0% to 27,8% (Newcombe 1998, Table I gives 0–0,1611 for 0/20; for 0/10 z²/(n+z²) = 0,2775).
    expect(detail[2]!.text).toBe('Op of boven het eigen pad zit 0% van hen (0% tot 28%).');
  });

  it('say a declining sector got worse, beyond the margin', () => {
    const { headline, detail } = said(resultsWith(rows(DECLINING)), 'koers-rekenen');
    expect(headline.text).toContain('is de sector sinds de start verslechterd');
    expect(detail[1]!.text).toContain('2,5 procentpunt achteruit (−2,7 tot −2,2 procentpunt), een verslechtering buiten de toevalsmarge');
  });

  it('say apart that a target without improvement does not count, and the verdict with paths from 2024 where it differs', () => {
    const { detail } = said(resultsWith([...rows(BEHIND), row(11, 50, 48, 52)]), 'koers-rekenen');
    expect(detail.map((s) => s.text)).toContain('Eén instelling heeft een streefwaarde die geen verbetering plant; die telt niet mee, ook niet als op schema.');
  });
});

describe('the words of rule "ontbrekend"', () => {
  it('say that the course of a goal without data cannot be told', () => {
    expect(said(resultsWith([]), 'ontbrekend-sp1').headline.text).toContain('waardoor nog niet is vast te stellen of de sector op schema ligt');
  });
});

describe('the words of rule "landelijke-reeks"', () => {
  it('say a single rise after years of decline as a latest change, not as the end of the decline', () => {
    const { headline } = said(resultsWithSeries([series('instroom', INSTROOM)]), 'reeks-instroom');
    expect(headline.text).toBe('In 2024/25 steeg ‘Instroom mbo’ met 2.310 tot 208.310.');
    expect(headline.text).not.toContain('einde aan de daling');
  });

  it('say the turning point after a second year of rise, with the net change over the whole series', () => {
    const { headline, detail } = said(resultsWithSeries([series('instroom', [...INSTROOM, ['2025/26', 215000]])]), 'reeks-instroom');
    expect(headline.text).toBe('De daling van ‘Instroom mbo’ is voorbij: na vier jaar daling volgden twee jaar stijging, in 2025/26 met 6.690 tot 215.000.');
    expect(detail[0]!.text).toBe('Ten opzichte van 214.365 in 2017/18 is dat per saldo 635 hoger.');
  });

  it('say where the series stands against a straight path to the national goal', () => {
    const goal = { indicatorId: 'vsv', breakdown: 'totaal', year: 2027, value: 18000, source: 'Kamerbrief' };
    const vsv = series('vsv-landelijk', [['2022/23', 30000], ['2024/25', 26000]], { indicatorId: 'vsv', nationalGoals: [goal], goalId: '1.3', name: 'Nieuwe vsv’ers' });
    expect(said(resultsWithSeries([vsv]), 'reeks-vsv-landelijk').headline.text).toContain(
      'ligt met 26.000 in 2024/25 achter op een rechte lijn naar het landelijke doel van 18.000 in 2027',
    );
  });
});
