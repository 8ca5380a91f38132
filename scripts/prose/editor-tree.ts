// Editor markdown as structured content for the PDF: markdown-it's token stream (after the editor's own rules:
// headings shifted, images checked and moved to /inhoud/, table alignment as a class) becomes a small block and
// inline tree (scripts/lib/rich-text.ts). Footnotes are placed at their reference, so the PDF can set them at
// the foot of the page; the site's way back ("Terug naar de tekst") is a link of the HTML and has no place here.
import type { Token } from 'markdown-it';
import { ReportError } from '../lib/errors.ts';
import { plainText, type Align, type Inline, type RichBlock } from '../lib/rich-text.ts';

export interface TreeOptions {
  /** Prefix of the footnote ids, unique per editor text (`voorwoord`): `voorwoord-1`. */
  readonly notePrefix: string;
  /** Applied to every text run (the live numbers' markers become their traced values). */
  readonly text?: (text: string) => string;
}

/** The block tree of a parsed editor text (`md.parse(source, env)` with markdown-it-footnote). */
export function editorTree(tokens: readonly Token[], options: TreeOptions): RichBlock[] {
  const text = options.text ?? ((s: string) => s);
  // Footnote bodies first: markdown-it-footnote appends them after the text, the tree places them at the reference.
  const notes = new Map<number, Inline[]>();
  const start = tokens.findIndex((t) => t.type === 'footnote_block_open');
  const body = start < 0 ? tokens : tokens.slice(0, start);
  if (start >= 0) {
    let id = -1;
    let parts: Inline[][] = [];
    for (const token of tokens.slice(start)) {
      if (token.type === 'footnote_open') {
        id = Number(token.meta?.id);
        parts = [];
      } else if (token.type === 'inline') parts.push(inlines(token.children ?? [], notes, options.notePrefix, text, new Set()));
      else if (token.type === 'footnote_close') notes.set(id, parts.flatMap((p, i) => (i === 0 ? p : [' ', ...p])));
    }
  }
  const seen = new Set<number>();
  const [blocks] = blocksFrom(body, 0, null, (children) => inlines(children, notes, options.notePrefix, text, seen));
  return blocks;
}

type InlineFn = (children: readonly Token[]) => Inline[];

/** Blocks from `tokens[at]` until the closing token of type `until` (or the end); returns them and the index after it. */
function blocksFrom(tokens: readonly Token[], at: number, until: string | null, run: InlineFn): [RichBlock[], number] {
  const out: RichBlock[] = [];
  let i = at;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (until !== null && token.type === until) return [out, i + 1];
    switch (token.type) {
      case 'heading_open': {
        const title = plainText(run(tokens[i + 1]!.children ?? []));
        out.push({ t: 'heading', level: Number(token.tag.slice(1)), title });
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const c = run(tokens[i + 1]!.children ?? []);
        const only = c.length === 1 && typeof c[0] !== 'string' && c[0]!.t === 'image' ? c[0] : null;
        // An image alone in its paragraph is a block of its own, as wide as the text.
        out.push(only && only.t === 'image' ? { t: 'image', src: only.src, alt: only.alt } : { t: 'paragraph', c });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
        const items: RichBlock[][] = [];
        i++;
        while (tokens[i] && tokens[i]!.type !== close) {
          const [item, next] = blocksFrom(tokens, i + 1, 'list_item_close', run);
          items.push(item);
          i = next;
        }
        const first = Number(token.attrGet('start') ?? 1);
        out.push({ t: 'list', ordered, ...(ordered && first !== 1 ? { start: first } : {}), items });
        i++;
        break;
      }
      case 'blockquote_open': {
        const [c, next] = blocksFrom(tokens, i + 1, 'blockquote_close', run);
        out.push({ t: 'quote', c });
        i = next;
        break;
      }
      case 'fence':
      case 'code_block':
        out.push({ t: 'code', text: token.content.replace(/\n$/, '') });
        i++;
        break;
      case 'hr':
        out.push({ t: 'rule' });
        i++;
        break;
      case 'table_open': {
        const [table, next] = tableFrom(tokens, i + 1, run);
        out.push(table);
        i = next;
        break;
      }
      default:
        throw new ReportError(`onverwacht onderdeel "${token.type}" in een redactietekst`, 'Meld dit aan het ontwikkelteam: de omzetting naar de pdf kent het nog niet.');
    }
  }
  return [out, i];
}

function cellAlign(token: Token): Align {
  const match = /align-(left|center|right)/.exec(String(token.attrGet('class') ?? token.attrGet('style') ?? ''));
  return (match?.[1] as Align | undefined) ?? 'left';
}

function tableFrom(tokens: readonly Token[], at: number, run: InlineFn): [RichBlock, number] {
  const head: Inline[][] = [];
  const align: Align[] = [];
  const rows: Inline[][][] = [];
  let row: Inline[][] | null = null;
  let inHead = false;
  let i = at;
  for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
    const token = tokens[i]!;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row && !inHead) rows.push(row);
    else if (token.type === 'th_open' || token.type === 'td_open') {
      const cell = run(tokens[i + 1]!.children ?? []);
      if (inHead) {
        head.push(cell);
        align.push(cellAlign(token));
      } else row?.push(cell);
    }
  }
  return [{ t: 'table', align, head, rows }, i + 1];
}

function inlines(children: readonly Token[], notes: ReadonlyMap<number, Inline[]>, prefix: string, text: (s: string) => string, seen: Set<number>): Inline[] {
  const stack: { out: Inline[]; open: Token | null }[] = [{ out: [], open: null }];
  const push = (x: Inline) => {
    const out = stack.at(-1)!.out;
    // Adjacent text runs join, so the JSON stays small and a renderer sees whole words.
    if (typeof x === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] = `${out.at(-1) as string}${x}`;
    else out.push(x);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        push(text(token.content));
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push({ t: 'break' });
        break;
      case 'code_inline':
        push({ t: 'code', text: token.content });
        break;
      case 'strong_open':
      case 'em_open':
      case 'link_open':
        stack.push({ out: [], open: token });
        break;
      case 'strong_close':
      case 'em_close':
      case 'link_close': {
        const { out, open } = stack.pop()!;
        if (open?.type === 'link_open') {
          const url = String(open.attrGet('href') ?? '');
          // Links to other websites stay links; a site path or an anchor of the site's page has no place on paper.
          if (/^(https?:\/\/|mailto:)/i.test(url)) push({ t: 'link', url, c: out });
          else for (const x of out) push(x);
        } else push({ t: open?.type === 'strong_open' ? 'strong' : 'emph', c: out });
        break;
      }
      case 'image':
        push({ t: 'image', src: String(token.attrGet('src') ?? ''), alt: text(plainText(token.children?.map((c) => c.content) ?? [token.content])) });
        break;
      case 'footnote_ref': {
        const n = Number(token.meta?.id);
        const first = !seen.has(n);
        seen.add(n);
        push({ t: 'note', id: `${prefix}-${n + 1}`, ...(first ? {} : { first: false }), c: notes.get(n) ?? [] });
        break;
      }
      case 'footnote_anchor':
        break;
      default:
        push(text(token.content));
    }
  }
  return stack[0]!.out;
}
