// Front matter: colofon (with the edition stamp), voorwoord and samenvatting.
import { formatDate } from '../../lib/nl.ts';
import { bullets, chapter, editor, figure, paragraph, section } from '../blocks.ts';
import { goalTitle, PRIORITY_TITLES, type OutlineContext } from '../context.ts';
import { goalSlug, urls } from '../../lib/urls.ts';
import { OVERVIEW_TABLE } from '../../figures/registry/findings.ts';
import type { Block, Chapter, Paragraph } from '../types.ts';

export function colofon(ctx: OutlineContext): Chapter | null {
  const e = ctx.results.edition;
  // The edition stamp makes every published figure traceable to the data it came from.
  const stamp: Block = {
    kind: 'definitions',
    items: [
      { label: 'Editie', value: `Rapportjaar ${e.reportYear}` },
      { label: 'Peildatum', value: formatDate(e.referenceDate) },
      { label: 'Gegevens', value: `editie ${e.snapshot}` },
      ...(e.synthetic ? [{ label: 'Let op', value: 'De gegevens over instellingen in deze editie zijn fictief.' }] : []),
    ],
  };
  return chapter({ id: 'colofon', title: 'Colofon', part: 'front', blocks: [...editor(ctx.editor('colofon.md')), stamp], site: false });
}

export function voorwoord(ctx: OutlineContext): Chapter | null {
  return chapter({
    id: 'voorwoord',
    title: 'Voorwoord',
    part: 'front',
    blocks: editor(ctx.editor('voorwoord.md')),
    page: { url: urls.voorwoord(), title: 'Voorwoord', description: 'Voorwoord bij deze editie van de monitor.' },
  });
}

/**
 * The editor's text first, then the most important findings, then per priority (and the Stagepact) per goal the two
 * lists of seed 003, then the overview table of every indicator's course in words, then the sector as a whole.
 */
export function samenvatting(ctx: OutlineContext): Chapter | null {
  const { results, prose } = ctx;
  const group = (id: string, title: string, goalIds: readonly string[]) =>
    section({ id, title, level: 2, children: goalIds.map((g) => section({ id: `samenvatting-doel-${goalSlug(g)}`, title: goalTitle(ctx, g), level: 3, blocks: goalListBlocks(ctx, g, true) })) });
  const goalsOf = (p: 1 | 2 | 3) => results.goalOrder.filter((g) => results.goals[g]!.priority === p && !results.goals[g]!.isStagepact);
  return chapter({
    id: 'samenvatting',
    title: 'Samenvatting',
    part: 'front',
    blocks: [...editor(ctx.editor('samenvatting.md')), ...paragraph(prose.findings.overall), ...bullets('samenvatting-belangrijkste', prose.findings.top, 'De belangrijkste bevindingen')],
    children: [
      ...([1, 2, 3] as const).map((p) => group(`samenvatting-prioriteit-${p}`, `Prioriteit ${p}: ${PRIORITY_TITLES[p]}`, goalsOf(p))),
      group('samenvatting-stagepact', 'Stagepact mbo', results.goalOrder.filter((g) => results.goals[g]!.isStagepact)),
      section({ id: 'samenvatting-inzet', title: 'Besteding en eigen oordeel van de instellingen', level: 2, blocks: paragraph(prose.findings.acrossGoals) }),
      section({ id: 'samenvatting-overzicht', title: 'Koers per indicator', level: 2, blocks: figure(ctx.figures, OVERVIEW_TABLE) }),
      section({ id: 'samenvatting-sector', title: 'De sector als geheel', level: 2, blocks: bullets('samenvatting-bevindingen', prose.summary) }),
    ],
    page: { url: urls.samenvatting(), title: 'Samenvatting', description: 'De belangrijkste bevindingen van deze editie.' },
  });
}

/**
 * A goal's two finding lists (seed 003): with their evidence in the goal's section, as headlines in the Samenvatting
 * (`short`), where the overall word opens them and a finding already among the five most important is not said again.
 */
export function goalListBlocks(ctx: OutlineContext, goalId: string, short = false): Block[] {
  const lists = ctx.prose.findings.goals[goalId];
  if (!lists) return [];
  const slug = goalSlug(goalId);
  const where = short ? 'samenvatting' : 'doel';
  const top = new Set(ctx.prose.findings.top.map((p) => p.id));
  const summary = (items: readonly Paragraph[]) => items.filter((p) => !top.has(p.id));
  return [
    // In the Samenvatting the overall word leads; in the goal's section it comes just before (priorities.ts).
    ...(short ? paragraph({ ...ctx.prose.goals[goalId]!.standing, id: `${where}-${slug}-stand` }) : []),
    ...bullets(`${where}-${slug}-positief`, short ? summary(lists.positiveSummary) : lists.positiveShort, 'Positieve ontwikkelingen'),
    ...bullets(`${where}-${slug}-aandacht`, short ? summary(lists.attentionSummary) : lists.attentionShort, 'Aandachtspunten en/of wisselend beeld'),
  ];
}
