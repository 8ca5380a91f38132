// Which encoding a snapshot file is in, decided per file from evidence in its bytes, never by falling back:
// - a byte order mark: UTF-16 (Excel 'Unicode-tekst');
// - valid UTF-8: UTF-8, unless it holds double-encoded text (`barriÃ¨res`: UTF-8 once read as Windows-1252 and
//   saved again), which is refused with the repaired spelling;
// - UTF-8 on some lines and other bytes on others: a mixed file, refused at its first line that is not UTF-8;
// - otherwise Windows-1252 (Excel 'CSV (gescheiden door lijstscheidingsteken)'), unless the text then holds
//   characters that a Mac Roman file (Excel for Mac) shows when read that way (`Zo‘ College Ð Ede`): refused.
import iconv from 'iconv-lite';
import { msg } from './messages.ts';

export type Encoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

/** Thrown for bytes no encoding reads with certainty; `line` is where the editor finds the cause. */
export class EncodingError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** For Windows-1252: the first word with a character outside ASCII and its line, the evidence an editor can check. */
  readonly evidence?: { readonly word: string; readonly line: number };
}

/** Decode UTF-8 strictly (a BOM is dropped), so another encoding is recognised instead of garbled. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decode one snapshot file; throws an EncodingError naming the line of the cause. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: 'UTF-16' };
    } catch {
      const text = new TextDecoder(label).decode(bytes);
      throw new EncodingError(msg.notText('UTF-16'), lineAt(text, text.indexOf('\ufffd')));
    }
  }
  const lines = classifyLines(bytes);
  const firstBad = lines.findIndex((l) => l === 'bad');
  if (firstBad < 0) {
    const text = decodeUtf8(bytes);
    refuseDoubleEncoded(text);
    return { text, encoding: 'UTF-8' };
  }
  // A UTF-8 BOM, or UTF-8 text on another line, says the file is UTF-8: the other bytes were pasted in.
  const utf8Line = lines.findIndex((l) => l === 'utf8');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom || utf8Line >= 0) {
    const example = utf8Line >= 0 ? nonAsciiWord(decodeUtf8(lineBytes(bytes, utf8Line)))?.word : undefined;
    throw new EncodingError(msg.mixedEncoding(utf8Line >= 0 ? utf8Line + 1 : null, example), firstBad + 1);
  }
  // Node 20's TextDecoder reads 'windows-1252' as Latin-1 (0x80 gives U+0080, not €), so iconv-lite decodes it.
  // A byte that Windows-1252 leaves undefined comes out as U+FFFD; a NUL means binary or UTF-16 without BOM.
  const text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  const mac = MAC_MISREAD.exec(text);
  const undefinedByte = [text.indexOf('\ufffd'), text.indexOf('\u0000')].filter((i) => i >= 0);
  if (mac || undefinedByte.length > 0) {
    // Mac Roman defines every byte: when it reads the file, say what the text then says.
    const at = Math.min(...[mac?.index ?? Infinity, ...undefinedByte]);
    const line = lineAt(text, at);
    const macText = iconv.decode(Buffer.from(bytes), 'macintosh');
    // A byte Windows-1252 leaves undefined is Mac Roman's è, ç, ê or ù: then it is the same Mac export.
    if (mac || (!macText.includes('\u0000') && 'èçêù'.includes(macText[at] ?? ''))) {
      const shown = wordAround(text, at);
      const meant = wordAround(macText, at);
      throw new EncodingError(msg.macRoman(shown, meant), line);
    }
    throw new EncodingError(msg.notText('UTF-8 of Windows-1252'), line);
  }
  const evidence = nonAsciiWord(text);
  return { text, encoding: 'Windows-1252', ...(evidence ? { evidence } : {}) };
}

/**
 * Characters that reading a Mac Roman file as Windows-1252 produces where Dutch text has ë, é, ö, ü, ï, dashes and
 * quotes, and that a Windows-1252 file of Dutch text hardly ever holds: Ž, Ÿ, š, •, Ð, Ñ, Ò–Õ and kin, a quote mark
 * directly after a letter (Mac ë is Windows ‘, ì is “), and €, …, – or — inside a word (Mac Ä, Ö, ñ, ó).
 */
const MAC_MISREAD = /[ŽžŠšŸƒ†‡ˆ‰Œœ•˜™›‹ÐÑÒÓÔÕÛ]|(?<=\p{L})[‘“]|(?<=\p{L})[€…–—](?=\p{L})/u;

/**
 * Double-encoded UTF-8: `Ã` before a character that a UTF-8 continuation byte becomes in Windows-1252 or
 * Latin-1 (`Ã©` for é, `Ã¨` for è), `â€` (the start of ‘ ’ “ ” – — … €), `Â` before a Latin-1 sign (`Â°`).
 */
const DOUBLE_ENCODED = /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€|Â[\u00a0-\u00bf]/;

function refuseDoubleEncoded(text: string): void {
  const match = DOUBLE_ENCODED.exec(text);
  if (!match) return;
  const word = wordAround(text, match.index);
  const lines = text.split(/\r\n|\r|\n/).filter((l) => DOUBLE_ENCODED.test(l)).length;
  throw new EncodingError(msg.doubleEncoded(word, repairDoubleEncoded(word), lines - 1), lineAt(text, match.index));
}

/** `barriÃ¨res` → `barrières`: the characters back to the bytes Windows-1252 made of them, read as UTF-8. */
export function repairDoubleEncoded(word: string): string {
  const bytes: number[] = [];
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff) bytes.push(code);
    else bytes.push(...iconv.encode(ch, 'windows-1252'));
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

type LineKind = 'ascii' | 'utf8' | 'bad';

/** Each line (split on LF) as ASCII only, valid UTF-8 with other characters, or not UTF-8. */
function classifyLines(bytes: Uint8Array): LineKind[] {
  const kinds: LineKind[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && !isLineEnd(bytes, i)) continue;
    const line = bytes.subarray(start, i);
    if (line.every((b) => b < 0x80)) kinds.push('ascii');
    else {
      try {
        decoder.decode(line);
        kinds.push('utf8');
      } catch {
        kinds.push('bad');
      }
    }
    start = i + 1;
  }
  return kinds;
}

function lineBytes(bytes: Uint8Array, index: number): Uint8Array {
  let line = 0;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (!isLineEnd(bytes, i)) continue;
    if (line === index) return bytes.subarray(start, i);
    line++;
    start = i + 1;
  }
  return bytes.subarray(start);
}

/** The first word (between separators) holding a character outside ASCII, with its 1-based line. */
function nonAsciiWord(text: string): { word: string; line: number } | undefined {
  const index = text.search(/[^\u0000-\u007f\ufeff]/);
  return index < 0 ? undefined : { word: wordAround(text, index), line: lineAt(text, index) };
}

/** The run of characters around `index` up to a separator, quote or line end (at most 40 characters). */
function wordAround(text: string, index: number): string {
  const stop = /[,;\t"\r\n]/;
  let start = index;
  while (start > 0 && !stop.test(text[start - 1]!) && index - start < 30) start--;
  let end = index;
  while (end < text.length && !stop.test(text[end]!) && end - start < 40) end++;
  return text.slice(start, end).trim();
}

/** A line ends at LF, and at a CR that no LF follows (old Mac files), as parseCsv counts lines. */
const isLineEnd = (bytes: Uint8Array, i: number) => bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);

function lineAt(text: string, index: number): number {
  return text.slice(0, Math.max(0, index)).split(/\r\n|\r|\n/).length;
}
