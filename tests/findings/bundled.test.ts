// The findings on the bundled edition (issue 14, "Done when"): both lists for every goal and theme, five charted
// findings for the home page, a finding title on every figure that shows a finding, every headline traced, and
// wording a reader can trust.
import { describe, expect, it } from 'vitest';
import { checkTrace } from '../../scripts/prose/factcheck.ts';
import { quantityRange } from '../../scripts/prose/quantity.ts';
import { allParagraphs, factsheetParagraphs } from '../../scripts/prose/types.ts';
import { stagesOf } from '../helpers/stages.ts';
import { bundledResults } from '../prose/helpers.ts';

const { results, source } = bundledResults();
const { findings, prose, root, figures } = stagesOf(results);
const texts = allParagraphs(prose).flatMap((p) => p.sentences.map((s) => s.text));

describe(`findings of the bundled edition (${source})`, () => {
  it('give every goal and Stagepact theme its overall word and lists of at most four, without what that word weighs', () => {
    const byParagraph = new Map(findings.items.map((f) => [`bevinding-${f.id}`, f]));
    for (const id of results.goalOrder) {
      expect(prose.goals[id]!.standing.sentences.length, id).toBeGreaterThan(0);
      expect(findings.lists[id]?.positive.length ?? 0).toBeLessThanOrEqual(4);
      expect(findings.lists[id]?.attention.length ?? 0).toBeLessThanOrEqual(4);
      // Course verdicts and missing data are weighed by the overall word above the lists (issue 27: said once).
      const lists = prose.findings.goals[id]!;
      for (const p of [...lists.positiveShort, ...lists.attentionShort]) expect(['koers', 'ontbrekend'], p.id).not.toContain(byParagraph.get(p.id)?.rule);
    }
    // The lists are not empty everywhere: national series and sums stay in them.
    expect(results.goalOrder.some((id) => prose.findings.goals[id]!.positiveShort.length > 0)).toBe(true);
  });

  it('never show a bound of a course interval that is not zero as 0,0 (its side of zero decides the verdict)', () => {
    const bounds = allParagraphs(prose).flatMap((p) => p.sentences.flatMap((s) => s.facts)).filter((f) => /(gapCi95|actualCi95)\.(low|high)$/.test(f.key));
    expect(bounds.length).toBeGreaterThan(20);
    for (const f of bounds) if (f.value !== 0) expect(f.shown, f.key).not.toMatch(/^[−-]?0(,0+)?$/);
  });

  it('choose five charted findings for the home page, at most three of one rule', () => {
    expect(findings.top).toHaveLength(5);
    for (const id of findings.top) expect(findings.items.find((f) => f.id === id)!.figureId).not.toBeNull();
    const rules = findings.top.map((id) => findings.items.find((f) => f.id === id)!.rule);
    for (const rule of new Set(rules)) expect(rules.filter((r) => r === rule).length, rule).toBeLessThanOrEqual(3);
    // The own judgement is said once for every goal, not as a top finding.
    expect(rules).not.toContain('oordeel');
  });

  it('trace every number of every headline and detail', () => {
    expect(checkTrace(allParagraphs(prose), root)).toEqual([]);
  });

  it('give every drawn figure that shows a finding the finding as its title, with the old title as subtitle', () => {
    // A course verdict and the own judgement are said in the goal's table and lists and the paragraph beside their
    // chart; their charts keep a descriptive title (issue 27), as does a national series whose finding is only its
    // last step (its row in the goal's table "Landelijke cijfers per reeks").
    const titled = findings.items.filter((f) => f.rule !== 'koers' && f.rule !== 'oordeel' && !(f.rule === 'landelijke-reeks' && f.kind === 'landelijke-ontwikkeling'));
    const shown = new Set(titled.map((f) => f.figureId).filter((x): x is string => x !== null));
    const drawn = figures.filter((f) => shown.has(f.id) && !f.emptyReason);
    expect(drawn.length).toBeGreaterThan(0);
    for (const f of figures.filter((x) => x.id.startsWith('reeks-') && !shown.has(x.id))) expect(f.titleParagraph, f.id).toBeFalsy();
    for (const f of drawn) {
      expect(f.titleParagraph, f.id).toBe(`titel-${f.id}`);
      expect(prose.findings.titles[f.id]!.sentences[0]!.text).toBe(f.title);
      expect(f.subtitle).toBeTruthy();
    }
  });

  it('never presents summed institution targets as a national figure', () => {
    for (const t of texts.filter((x) => /streefwaarden van de instellingen/.test(x) && /opgeteld/i.test(x))) {
      expect(t).toMatch(/^Opgeteld komen de streefwaarden van de instellingen/);
    }
  });

  it('use quantity words only where they fit the percentage beside them', () => {
    const word = /(bijna |ruim )?(een tiende|een vijfde|een kwart|een derde|de helft|twee derde|driekwart) van de [^()]*\((\d+) van de (\d+), (\d+)%\)/gi;
    let checked = 0;
    for (const t of texts) {
      for (const m of t.matchAll(word)) {
        const range = quantityRange(`${m[1] ?? ''}${m[2]}`.toLowerCase())!;
        const share = (100 * Number(m[3])) / Number(m[4]);
        expect(share, t).toBeGreaterThanOrEqual(range[0] - 1e-9);
        expect(share, t).toBeLessThanOrEqual(range[1] + 1e-9);
        checked++;
      }
      // "Meerderheid" only above one half (and only where the interval says so: prose/paragraphs/common.ts).
      for (const m of t.matchAll(/meerderheid van de [^()]*\((\d+) van de (\d+), (\d+)%\)/gi)) {
        expect(Number(m[1]) * 2, t).toBeGreaterThan(Number(m[2]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('write "Eén" at a sentence start, no double negatives, and no paragraph twice', () => {
    for (const t of texts) {
      expect(t.startsWith('Één'), t).toBe(false);
      expect(/geen enkele[^.]*geen enkele/.test(t), t).toBe(false);
      expect(/nog geen enkele de/.test(t), t).toBe(false);
    }
    // A figure title and the short (Samenvatting) form repeat a finding's headline by design.
    // The spending line is one per goal: two goals that spent the same share say the same, each in its own section.
    // A factsheet is a document of its own per institution: its table rows (goal headings, the legend) repeat from one
    // institution's sheet to the next by design; within one sheet they may not.
    const sheets = Object.values(prose.factsheets).map((f) => factsheetParagraphs(f));
    for (const sheet of sheets) {
      const texts = sheet.map((p) => p.sentences.map((s) => s.text).join(' '));
      expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    }
    const inSheets = new Set(sheets.flat());
    const paragraphs = allParagraphs(prose)
      .filter((p) => !inSheets.has(p) && !p.id.startsWith('titel-') && !p.id.startsWith('kort-') && !p.id.endsWith('besteding-stand'))
      .map((p) => p.sentences.map((s) => s.text).join(' '));
    const seen = new Map<string, number>();
    for (const p of paragraphs) seen.set(p, (seen.get(p) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([p]) => p)).toEqual([]);
  });

  it('put a unit on every difference of a procent or cijfer indicator in the findings', () => {
    for (const f of findings.items.filter((x) => x.rule === 'koers')) {
      const unit = results.indicators[f.indicatorId!]!.unit;
      const detail = prose.findings.items[f.id]!.sentences.slice(1).map((s) => s.text).join(' ');
      if (unit === 'procent') expect(detail).toMatch(/\d procentpunt (onder|boven) het eigen pad.*\d procentpunt (vooruit|achteruit)/);
      if (unit === 'cijfer') expect(detail).toMatch(/\d punt (onder|boven) het eigen pad.*\d punt (vooruit|achteruit)/);
    }
  });

  it('open every goal with an overall word that never contradicts its lists in the Samenvatting (issue 27)', () => {
    for (const id of results.goalOrder) {
      const s = findings.standing[id]!;
      const lists = findings.lists[id]!;
      const koers = (ids: readonly string[]) => new Set(ids.map((x) => findings.items.find((f) => f.id === x)!).filter((f) => f.rule === 'koers').map((f) => f.indicatorId));
      // Every indicator it calls behind has a course verdict under Aandachtspunten; none it calls on track has one.
      for (const i of s.behind) expect(koers(lists.attention).has(i), `${id} ${i}`).toBe(true);
      // (An indicator with breakdowns on track and others not is in both groups, each naming its breakdowns.)
      for (const i of s.onTrack) if (!s.behind.includes(i) && !s.uncertain.includes(i)) expect(koers(lists.attention).has(i), `${id} ${i}`).toBe(false);
      for (const f of s.nationalAttention) expect(lists.attention, id).toContain(f);
      // "op schema" only where every measurable indicator's course verdict said so.
      if (s.class === 'op-schema') expect(s.onTrack.length).toBe(s.measurable);
      expect(prose.goals[id]!.standing.sentences.length).toBeGreaterThan(0);
    }
    expect(Object.fromEntries(results.goalOrder.map((id) => [id, findings.standing[id]!.class]))).toMatchObject({ '1.3': 'aandacht', '1.5': 'op-schema', SP1: 'onbekend', SP3: 'aandacht' });
  });

  it('put no national series without a better side in a list ("Regeling kwaliteitsafspraken +4 pp" is context, not an attention point)', () => {
    const listed = new Set(Object.values(findings.lists).flatMap((l) => [...l.positive, ...l.attention]));
    const neutral = findings.items.filter((f) => f.rule === 'landelijke-reeks' && !results.series[findings.series[f.series!]!.index]!.indicatorId);
    expect(neutral.map((f) => f.id)).toContain('reeks-aandeel-uitstroom-regeling-sectoren');
    for (const f of neutral) expect(listed.has(f.id), f.id).toBe(false);
  });
});
