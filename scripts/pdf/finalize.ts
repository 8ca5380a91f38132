// Making Chromium's PDF deterministic and complete without rewriting it: tools that parse and re-serialise a
// PDF (pdf-lib and the like) drop the structure tree that makes it tagged. Instead
//   1. the creation and modification dates are replaced in place by strings of the same length, so every xref
//      offset stays valid;
//   2. the structure-element ids Chromium derives from its DOM node counter (`/ID (node00000496)`, used to link
//      table cells to their header cells) are renumbered by rank, again in place: the counter depends on what
//      else the renderer did before, so two prints of the same page can differ by one;
//   3. the metadata Chromium cannot write (author, subject, keywords) is added as a standard incremental
//      update appended after %%EOF: a new Info dictionary, the same metadata as an XMP stream (with the
//      language and the PDF/UA identification) that the catalog, replaced in the update, points to, plus any
//      corrected objects (see outline.ts), an xref section for just those objects and a trailer with /Prev.
// All steps are pure functions of the input bytes, so the same print gives the same file.
import { createHash } from 'node:crypto';
import { ReportError } from '../lib/errors.ts';

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  /** ISO date (YYYY-MM-DD) the file's dates are fixed to, at 00:00 UTC. */
  readonly date: string;
  /** Language of the document (BCP 47), as in the catalog's /Lang; default `nl`. */
  readonly language?: string;
}

/** `2025-11-01` → `D:20251101000000+00'00'`, the exact shape (and length) Chromium writes. */
export function pdfDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new ReportError(`ongeldige peildatum voor de PDF: ${iso}`, 'Gebruik de vorm JJJJ-MM-DD.');
  return `D:${match[1]}${match[2]}${match[3]}000000+00'00'`;
}

const DATE_FIELD = /\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g;

/** Replace every CreationDate/ModDate value with `date`, byte for byte; refuses if a length would change. */
export function fixDates(pdf: Buffer, date: string): { pdf: Buffer; replaced: number } {
  const text = pdf.toString('latin1');
  let replaced = 0;
  const out = text.replace(DATE_FIELD, (whole, field: string, value: string) => {
    if (value.length !== date.length) {
      throw new ReportError(`onverwachte datumnotatie in de PDF (${field} ${value})`, 'De Chromium-versie schrijft datums anders; pas scripts/pdf/finalize.ts aan.');
    }
    replaced++;
    return whole.replace(value, date);
  });
  return { pdf: Buffer.from(out, 'latin1'), replaced };
}

const NODE_ID = /\(node(\d{8})\)/g;

/**
 * Renumber `(nodeNNNNNNNN)` ids 1, 2, 3 … in the order of their old numbers. The mapping keeps the order, so
 * the sorted IDTree stays sorted, and keeps the width, so no offset moves.
 */
export function normalizeNodeIds(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const ids = [...new Set([...text.matchAll(NODE_ID)].map((m) => m[1]!))].sort();
  if (ids.length === 0) return pdf;
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  return Buffer.from(text.replace(NODE_ID, (_, id: string) => `(node${rank.get(id)})`), 'latin1');
}

/** An indirect object of the PDF, to replace in an incremental update. */
export interface PdfObject {
  readonly num: number;
  /** Everything between `N 0 obj` and `endobj`. */
  readonly body: string;
}

/** A PDF text string: a literal when plain ASCII, otherwise UTF-16BE with byte-order mark in hex. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(value, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** Text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * The XMP packet (ISO 16684-1) with the document information of the Info dictionary, the language and the
 * PDF/UA-1 identification (ISO 14289-1, 6.7.11: `pdfuaid:part` 1). Dates are `meta.date` at 00:00 UTC, the
 * same instant as the Info dates, so the two never disagree and the packet is the same in every build.
 */
export function xmpPacket(meta: PdfMetadata, producer: string): string {
  const e = xmlEscape;
  pdfDate(meta.date); // refuses anything but YYYY-MM-DD
  const instant = `${meta.date}T00:00:00Z`;
  const language = meta.language ?? 'nl';
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '   <dc:format>application/pdf</dc:format>',
    `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `   <dc:creator><rdf:Seq><rdf:li>${e(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `   <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${e(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `   <dc:language><rdf:Bag><rdf:li>${e(language)}</rdf:li></rdf:Bag></dc:language>`,
    `   <pdf:Keywords>${e(meta.keywords.join(', '))}</pdf:Keywords>`,
    `   <pdf:Producer>${e(producer)}</pdf:Producer>`,
    `   <xmp:CreatorTool>${e(meta.creator)}</xmp:CreatorTool>`,
    `   <xmp:CreateDate>${instant}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${instant}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${instant}</xmp:MetadataDate>`,
    '   <pdfuaid:part>1</pdfuaid:part>',
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}

/** The catalog dictionary (`<< … >>` of object `ref`) as Chromium wrote it, with `/Metadata metaRef` added. */
export function catalogWithMetadata(text: string, ref: string, metaRef: string): string {
  const num = /^(\d+)\s+\d+\s+R$/.exec(ref)?.[1];
  const match = num ? new RegExp(`(?<=^|\\n)${num} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(text) : null;
  if (!match || !/\/Type\s*\/Catalog/.test(match[1]!)) {
    throw new ReportError('de catalogus van de PDF is niet te vinden', 'Controleer of Chromium het bestand volledig heeft geschreven.');
  }
  if (/\/Metadata\s/.test(match[1]!)) throw new ReportError('de PDF van Chromium heeft al een metadatastroom', 'Pas scripts/pdf/finalize.ts aan zodat die wordt vervangen.');
  return `${match[1]!.slice(0, -2)}\n/Metadata ${metaRef}>>`;
}

interface Trailer {
  readonly size: number;
  readonly root: string;
  readonly startxref: number;
  readonly producer: string;
}

function readTrailer(text: string): Trailer {
  const trailerAt = text.lastIndexOf('trailer');
  const startxrefAt = text.lastIndexOf('startxref');
  const dict = trailerAt >= 0 ? text.slice(trailerAt, startxrefAt) : '';
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict);
  const startxref = /startxref\s+(\d+)/.exec(text.slice(startxrefAt));
  if (!size || !root || !startxref) {
    throw new ReportError('de PDF van Chromium heeft geen leesbare trailer', 'Controleer of Chromium het bestand volledig heeft geschreven.');
  }
  const producer = /\/Producer\s*\(([^)]*)\)/.exec(text);
  return { size: Number(size[1]), root: root[1]!, startxref: Number(startxref[1]), producer: producer?.[1] ?? '' };
}

/**
 * Append an incremental update: the given replacement objects plus a new Info dictionary carrying the full
 * metadata; returns the new bytes.
 */
export function appendUpdate(pdf: Buffer, meta: PdfMetadata, replacements: readonly PdfObject[] = []): Buffer {
  const text = pdf.toString('latin1');
  const trailer = readTrailer(text);
  const date = pdfDate(meta.date);
  const id = createHash('md5').update(pdf).digest('hex').toUpperCase();
  const objNum = trailer.size;
  const metaNum = objNum + 1;
  // The packet is UTF-8; the update is written byte for byte as latin1, so carry the UTF-8 bytes as such.
  const xmp = Buffer.from(xmpPacket(meta, trailer.producer), 'utf8');
  const rootNum = Number(trailer.root.split(/\s+/)[0]);
  const entries: Array<[string, string]> = [
    ['Title', pdfString(meta.title)],
    ['Author', pdfString(meta.author)],
    ['Subject', pdfString(meta.subject)],
    ['Keywords', pdfString(meta.keywords.join(', '))],
    ['Creator', pdfString(meta.creator)],
    ['Producer', pdfString(trailer.producer)],
    ['CreationDate', pdfString(date)],
    ['ModDate', pdfString(date)],
  ];
  const objects = [
    ...replacements,
    { num: rootNum, body: catalogWithMetadata(text, trailer.root, `${metaNum} 0 R`) },
    { num: objNum, body: `<<${entries.map(([k, v]) => `/${k} ${v}`).join('\n')}>>` },
    { num: metaNum, body: `<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>>\nstream\n${xmp.toString('latin1')}\nendstream` },
  ];
  let body = text.endsWith('\n') ? '' : '\n';
  const offsets: string[] = [];
  for (const object of objects) {
    // One xref subsection per object: `num 1` then its 20-byte entry.
    offsets.push(`${object.num} 1\n${String(pdf.length + body.length).padStart(10, '0')} 00000 n \n`);
    body += `${object.num} 0 obj\n${object.body}\nendobj\n`;
  }
  const xrefOffset = pdf.length + body.length;
  const update =
    body +
    `xref\n${offsets.join('')}` +
    `trailer\n<</Size ${metaNum + 1}\n/Root ${trailer.root}\n/Info ${objNum} 0 R\n/Prev ${trailer.startxref}\n/ID [<${id}> <${id}>]>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/** The three steps in order: fixed dates, stable node ids, then the update with metadata and `replacements`. */
export function finalizePdf(pdf: Buffer, meta: PdfMetadata, replacements: readonly PdfObject[] = []): Buffer {
  const { pdf: dated, replaced } = fixDates(pdf, pdfDate(meta.date));
  if (replaced === 0) throw new ReportError('de PDF van Chromium bevat geen aanmaakdatum', 'Controleer of Chromium het bestand volledig heeft geschreven.');
  return appendUpdate(normalizeNodeIds(dated), meta, replacements);
}
