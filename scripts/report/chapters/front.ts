// Front matter: colofon (with the edition stamp), voorwoord and samenvatting.
import { formatDate } from '../../lib/nl.ts';
import { bullets, chapter, editor } from '../blocks.ts';
import type { OutlineContext } from '../context.ts';
import { urls } from '../../lib/urls.ts';
import type { Block, Chapter } from '../types.ts';

export function colofon(ctx: OutlineContext): Chapter | null {
  const e = ctx.results.edition;
  // The edition stamp makes every published figure traceable to the data it came from.
  const stamp: Block = {
    kind: 'definitions',
    items: [
      { label: 'Editie', value: `Rapportjaar ${e.reportYear}` },
      { label: 'Peildatum', value: formatDate(e.referenceDate) },
      { label: 'Gegevens', value: `snapshot ${e.snapshot}, kenmerk ${e.hash}` },
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

export function samenvatting(ctx: OutlineContext): Chapter | null {
  return chapter({
    id: 'samenvatting',
    title: 'Samenvatting',
    part: 'front',
    blocks: [...editor(ctx.editor('samenvatting.md')), ...bullets('samenvatting-bevindingen', ctx.prose.summary)],
    page: { url: urls.samenvatting(), title: 'Samenvatting', description: 'De belangrijkste bevindingen van deze editie.' },
  });
}
