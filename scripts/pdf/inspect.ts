// Reading a typeset PDF back with poppler (pdfinfo, pdffonts, pdftotext, pdftohtml, pdftoppm): the build's own
// verification and the tests use it. Parsers are pure and exported
// so they can be tested on captured output; the `read*` functions only add the process call.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ReportError } from '../lib/errors.ts';

const run = promisify(execFile);
// Generous: on a shared machine under heavy load, pdftotext of the 150-page report has taken over a minute.
const TOOL_TIMEOUT_MS = 180_000;

async function poppler(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: TOOL_TIMEOUT_MS });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string; killed?: boolean };
    if (e.code === 'ENOENT') {
      throw new ReportError(`${tool} ontbreekt: de PDF kan niet worden gecontroleerd`, 'Installeer poppler-utils met `bash scripts/setup.sh`.');
    }
    const file = args.find((a) => a.endsWith('.pdf'));
    if (e.killed) throw new ReportError(`${tool} reageerde niet binnen ${TOOL_TIMEOUT_MS / 1000} seconden${file ? ` op ${file.replace(/^.*[\\/]/, '')}` : ''}`);
    throw new ReportError(`${tool} kon de PDF niet lezen: ${(e.stderr ?? e.message).trim().split('\n')[0]}`);
  }
}

export interface PdfInfo {
  readonly pages: number;
  readonly tagged: boolean;
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  readonly creator: string;
  readonly producer: string;
  readonly creationDate: string;
  readonly modDate: string;
  /** Size of the first page in PDF points (1/72 inch). */
  readonly pageSize: { readonly width: number; readonly height: number };
}

/** Parse `pdfinfo -isodates` output. Missing fields become '' (or 0), so a check reads them without guards. */
export function parsePdfInfo(text: string): PdfInfo {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (match) fields.set(match[1]!.trim(), match[2]!.trim());
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields.get('Page size') ?? '');
  return {
    pages: Number(fields.get('Pages') ?? 0),
    tagged: fields.get('Tagged') === 'yes',
    title: fields.get('Title') ?? '',
    author: fields.get('Author') ?? '',
    subject: fields.get('Subject') ?? '',
    keywords: fields.get('Keywords') ?? '',
    creator: fields.get('Creator') ?? '',
    producer: fields.get('Producer') ?? '',
    creationDate: fields.get('CreationDate') ?? '',
    modDate: fields.get('ModDate') ?? '',
    pageSize: { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) },
  };
}

export async function readPdfInfo(file: string): Promise<PdfInfo> {
  return parsePdfInfo(await poppler('pdfinfo', ['-isodates', file]));
}

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

/**
 * Parse `pdffonts` output. Long font names overflow their column, so each row is read from both ends: the
 * name is the first word, the last five are emb/sub/uni/object/generation, the encoding precedes them.
 */
export function parsePdfFonts(text: string): PdfFont[] {
  const lines = text.split('\n');
  const ruler = lines.findIndex((l) => /^-+ -+/.test(l));
  if (ruler < 0) return [];
  return lines
    .slice(ruler + 1)
    .map((l) => l.trim().split(/\s+/))
    .filter((t) => t.length >= 8)
    .map((t) => ({
      name: t[0]!,
      type: t.slice(1, -6).join(' '),
      embedded: t.at(-5) === 'yes',
      subset: t.at(-4) === 'yes',
      unicode: t.at(-3) === 'yes',
    }));
}

export async function readPdfFonts(file: string): Promise<PdfFont[]> {
  return parsePdfFonts(await poppler('pdffonts', [file]));
}

/** The pages of pdftotext's output (index 0 = page 1): it ends every page with a form feed. */
export function splitPages(text: string): string[] {
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The text of every page (index 0 = page 1), laid out as on paper. */
export async function readPageTexts(file: string): Promise<string[]> {
  return splitPages(await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
}

/** The text in reading order (`pdftotext -raw`): two-column pages come out column by column (the fact check). */
export async function readRawText(file: string): Promise<string> {
  return poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
}

export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
  readonly children: readonly OutlineEntry[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

/** Parse the `<outline>` tree of `pdftohtml -xml` output (nested lists, each item followed by its children). */
export function parseOutline(xml: string): OutlineEntry[] {
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const stack: Array<Array<{ title: string; page: number; children: OutlineEntry[] }>> = [];
  let root: OutlineEntry[] = [];
  const re = /<outline>|<\/outline>|<item(?: page="(\d+)")?>([\s\S]*?)<\/item>/g;
  re.lastIndex = start;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0] === '<outline>') {
      const list: Array<{ title: string; page: number; children: OutlineEntry[] }> = [];
      const parent = stack.at(-1)?.at(-1);
      if (parent) parent.children = list;
      else root = list;
      stack.push(list);
    } else if (m[0] === '</outline>') {
      stack.pop();
      if (stack.length === 0) break;
    } else {
      stack.at(-1)?.push({ title: decodeXml(m[2]!.replace(/<[^>]+>/g, '')).trim(), page: Number(m[1] ?? 0), children: [] });
    }
  }
  return root;
}

export async function readOutline(file: string): Promise<OutlineEntry[]> {
  // The outline is written in full whatever the page range, so rendering page 1 only keeps this fast.
  return parseOutline(await poppler('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-f', '1', '-l', '1', file]));
}

/** What the PDF checks read from a file with poppler: its information, fonts, text in reading order and outline. */
export interface PdfReading {
  readonly info: PdfInfo;
  readonly fonts: readonly PdfFont[];
  /** `pdftotext -raw`: see readRawText. */
  readonly text: string;
  readonly outline: readonly OutlineEntry[];
}

/** One file: the four tools side by side. */
export async function readPdf(file: string): Promise<PdfReading> {
  const [info, fonts, text, outline] = await Promise.all([readPdfInfo(file), readPdfFonts(file), readRawText(file), readOutline(file)]);
  return { info, fonts, text, outline };
}

/** The calls of readPdf for each file in "$@", their output in folder $1 (N.info, N.fonts, N.txt, N.xml for file N). */
const READ_ALL = `out=$1; shift; i=0
step() { "$@" 2>"$out/err" || { s=$?; printf '%s %s: ' "$1" "\${f##*/}" >&2; head -n 1 "$out/err" >&2; exit $s; }; }
for f do
  step pdfinfo -isodates "$f" >"$out/$i.info"
  step pdffonts "$f" >"$out/$i.fonts"
  step pdftotext -raw -enc UTF-8 "$f" "$out/$i.txt"
  step pdftohtml -xml -stdout -i -q -f 1 -l 1 "$f" >"$out/$i.xml"
  i=$((i + 1))
done`;

/**
 * readPdf for many small files (the factsheets), in one shell that runs the tools one after the other: the calling
 * process forks once, not four times a file (Node's own part of a call costs a third of what poppler's does, and a
 * fork slows the forking process down afterwards).
 */
export async function readPdfs(files: readonly string[]): Promise<PdfReading[]> {
  if (files.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'mbo-pdf-'));
  try {
    const timeout = TOOL_TIMEOUT_MS * Math.ceil(files.length / 25);
    await run('sh', ['-c', READ_ALL, 'sh', dir, ...files], { encoding: 'utf8', timeout }).catch((error: NodeJS.ErrnoException & { stderr?: string; killed?: boolean }) => {
      if (error.killed) throw new ReportError(`poppler reageerde niet binnen ${timeout / 1000} seconden op ${files.length} pdf's`);
      const reason = (error.stderr ?? error.message).trim().split('\n')[0];
      if (Number(error.code) === 127) throw new ReportError(`${reason}: de PDF kan niet worden gecontroleerd`, 'Installeer poppler-utils met `bash scripts/setup.sh`.');
      throw new ReportError(`poppler kon de PDF niet lezen: ${reason}`);
    });
    const read = (i: number, ext: string) => readFileSync(join(dir, `${i}.${ext}`), 'utf8');
    return files.map((_, i) => ({ info: parsePdfInfo(read(i, 'info')), fonts: parsePdfFonts(read(i, 'fonts')), text: read(i, 'txt'), outline: parseOutline(read(i, 'xml')) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every outline entry, depth first, with its level (1 = top). */
export function flattenOutline(entries: readonly OutlineEntry[], level = 1): Array<OutlineEntry & { level: number }> {
  return entries.flatMap((e) => [{ ...e, level }, ...flattenOutline(e.children, level + 1)]);
}

/** The language the document catalog declares (`/Lang (nl)`), read from the raw bytes: Typst writes the catalog uncompressed. */
export function pdfLanguage(bytes: Uint8Array): string | null {
  const match = /\/Lang\s*\(([^)]*)\)/.exec(Buffer.from(bytes).toString('latin1'));
  return match ? match[1]! : null;
}

export interface GrayImage {
  readonly width: number;
  readonly height: number;
  /** One byte per pixel, row by row; 255 is white. */
  readonly pixels: Uint8Array;
}

/**
 * Parse binary PGM images (P5, 8 bit) as `pdftoppm -gray` writes them to stdout: one after the other, one per page.
 * Throws on anything else, so a changed tool output cannot pass as "all pages empty".
 */
export function parsePgms(bytes: Uint8Array): GrayImage[] {
  const images: GrayImage[] = [];
  let at = 0;
  const token = (): string => {
    while (at < bytes.length) {
      const c = bytes[at]!;
      if (c === 0x23) while (at < bytes.length && bytes[at] !== 0x0a) at++; // comment
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else break;
    }
    const start = at;
    while (at < bytes.length && ![0x20, 0x0a, 0x0d, 0x09].includes(bytes[at]!)) at++;
    return Buffer.from(bytes.subarray(start, at)).toString('latin1');
  };
  while (at < bytes.length) {
    const magic = token();
    if (magic === '') break;
    const [width, height, max] = [token(), token(), token()].map(Number) as [number, number, number];
    if (magic !== 'P5' || !(width > 0) || !(height > 0) || max !== 255) throw new ReportError(`onverwachte uitvoer van pdftoppm (afbeelding ${images.length + 1}: ${magic} ${width}×${height}/${max})`);
    at++; // the single whitespace byte after maxval
    images.push({ width, height, pixels: bytes.subarray(at, at + width * height) });
    at += width * height;
  }
  return images;
}

/** Page margins in mm (templates/pdf/styles.typ): the running header and footer sit in them. */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
}

/** A4 height in mm. */
const PAGE_MM = 297;

/**
 * The longest run of blank pixel rows between the top and bottom margin, as a share (0..1) of the content area's
 * height. A row is blank when every pixel is (nearly) white: tinted backgrounds and table stripes count as
 * content. Line spacing leaves short blank runs, so only a gap the height of many lines scores high.
 */
export function blankShare(image: GrayImage, margins: Margins): number {
  const top = Math.ceil((image.height * margins.top) / PAGE_MM);
  const bottom = Math.floor((image.height * (PAGE_MM - margins.bottom)) / PAGE_MM);
  let longest = 0;
  let run = 0;
  for (let y = top; y < bottom; y++) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    const blank = row.every((v) => v >= 250);
    run = blank ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return bottom > top ? longest / (bottom - top) : 0;
}

/** `blankShare` of every page (index 0 = page 1), rendered in grey at 20 dpi: enough to see a gap, quick. */
export async function readBlankShares(file: string, margins: Margins): Promise<number[]> {
  try {
    // Rendering every page takes longer than the other tools on a busy machine: three times their limit.
    const { stdout } = await run('pdftoppm', ['-r', '20', '-gray', file], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 3 * TOOL_TIMEOUT_MS });
    return parsePgms(stdout).map((image) => blankShare(image, margins));
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer; killed?: boolean; signal?: string };
    if (e.code === 'ENOENT') throw new ReportError('pdftoppm ontbreekt: de PDF kan niet worden gecontroleerd', 'Installeer poppler-utils met `bash scripts/setup.sh`.');
    if (e.killed) throw new ReportError(`pdftoppm reageerde niet binnen ${(3 * TOOL_TIMEOUT_MS) / 1000} seconden`);
    const reason = e.stderr?.toString().trim() || e.message.trim() || `${e.signal ?? `exitcode ${String(e.code)}`}`;
    throw new ReportError(`pdftoppm kon de PDF niet lezen: ${reason.split('\n')[0]}`);
  }
}

export interface XmpSummary {
  /** dc:title (x-default). */
  readonly title: string;
  /** dc:language, first entry. */
  readonly language: string;
  /** pdfuaid:part: 1 for PDF/UA-1; null when absent. */
  readonly pdfUaPart: number | null;
  /** The whole packet, UTF-8 decoded. */
  readonly xml: string;
}

/** The last XMP packet in the file's bytes (Typst writes it uncompressed), or null. */
export function readXmp(bytes: Uint8Array): XmpSummary | null {
  const text = Buffer.from(bytes).toString('latin1');
  const start = text.lastIndexOf('<?xpacket begin=');
  const endAt = text.indexOf('<?xpacket end=', start);
  if (start < 0 || endAt < 0) return null;
  const xml = Buffer.from(text.slice(start, text.indexOf('?>', endAt) + 2), 'latin1').toString('utf8');
  const field = (re: RegExp) => decodeXml(re.exec(xml)?.[1] ?? '');
  const part = /<pdfuaid:part>(\d+)<\/pdfuaid:part>/.exec(xml);
  return {
    title: field(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">([^<]*)<\/rdf:li>/),
    language: field(/<dc:language>\s*<rdf:Bag>\s*<rdf:li>([^<]*)<\/rdf:li>/),
    pdfUaPart: part ? Number(part[1]) : null,
    xml,
  };
}
