// snapshot.json: what this edition is. Errors point at the line of the offending field.
import { msg } from './messages.ts';
import type { IssueSink } from './validate.ts';
import type { SnapshotMeta } from './types.ts';

const FIELDS = ['titel', 'peildatum', 'rapportjaar', 'synthetisch', 'toelichting', 'vorige'] as const;

export function parseMeta(text: string, sink: IssueSink): SnapshotMeta | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Typographic quotes where JSON needs straight ones (a word processor or a Mac's smart quotes): one message.
    const curly = curlyQuoteOutsideString(text);
    if (curly !== null) {
      const before = text.slice(0, curly).split('\n');
      sink.error(before.length, before[before.length - 1]!.length + 1, msg.jsonCurlyQuotes(text[curly]!));
      return null;
    }
    const { line, column, reason } = describeJsonError(text, (error as Error).message);
    sink.error(line, column, msg.jsonSyntax(reason));
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    sink.error(1, undefined, msg.jsonNotObject());
    return null;
  }
  const obj = data as Record<string, unknown>;
  const lineOf = (field: string) => {
    const index = text.indexOf(`"${field}"`);
    return index < 0 ? undefined : text.slice(0, index).split('\n').length;
  };
  let ok = true;
  const fail = (field: string, message: string) => {
    sink.error(lineOf(field), undefined, message);
    ok = false;
  };
  const shown = (value: unknown) => JSON.stringify(value) ?? String(value);
  const string = (field: string, required = true): string => {
    const value = obj[field];
    if (value === undefined || value === null || value === '') {
      if (required) fail(field, msg.jsonMissing(field));
      return '';
    }
    if (typeof value !== 'string') fail(field, msg.jsonType(field, shown(value), 'tekst'));
    return String(value);
  };

  const title = string('titel');
  const referenceDate = string('peildatum');
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(referenceDate);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : '';
  if (dutch && isIsoDate(iso)) fail('peildatum', msg.jsonDutchDate('peildatum', referenceDate, iso));
  else if (referenceDate && !isIsoDate(referenceDate)) fail('peildatum', msg.jsonDate('peildatum', referenceDate));
  const explanation = string('toelichting');
  const previous = string('vorige', false) || null;

  const year = obj.rapportjaar;
  if (year === undefined) fail('rapportjaar', msg.jsonMissing('rapportjaar'));
  else if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100)
    fail('rapportjaar', msg.jsonType('rapportjaar', shown(year), 'jaartal (bijv. 2025)'));

  const synthetic = obj.synthetisch;
  if (synthetic === undefined) fail('synthetisch', msg.jsonMissing('synthetisch'));
  else if (typeof synthetic !== 'boolean') fail('synthetisch', msg.jsonType('synthetisch', shown(synthetic), 'true of false'));

  for (const key of Object.keys(obj)) {
    if (!(FIELDS as readonly string[]).includes(key)) sink.notice(lineOf(key), undefined, msg.jsonUnknown(key));
  }
  if (!ok) return null;
  return { title, referenceDate, reportYear: year as number, synthetic: synthetic as boolean, explanation, previous };
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** V8's English JSON.parse messages, in Dutch with the line and column of the fault. */
const JSON_REASONS: [RegExp, string][] = [
  [/^Unexpected end of JSON input/, 'het bestand houdt op voordat het object af is; ontbreekt er een } of een aanhalingsteken?'],
  [/double-quoted property name|Expected property name/, 'verwacht een veldnaam tussen dubbele aanhalingstekens, zoals "titel"; staat er een komma te veel voor de }?'],
  [/Expected ',' or '}' after property value/, 'verwacht een komma of } na de waarde; ontbreekt er een komma aan het eind van de regel ervoor?'],
  [/Expected ',' or '\]' after array element/, 'verwacht een komma of ] na de waarde in de lijst'],
  [/Bad control character|Bad escaped character/, 'een tekst bevat een regelovergang, tab of backslash; zet de tekst op één regel en schrijf een backslash als \\\\'],
  [/non-whitespace character after JSON/, 'na de afsluitende } staat nog tekst'],
  [/Unexpected (number|string)/, 'onverwachte waarde; ontbreekt er een komma of dubbele punt?'],
  [/Unexpected token/, "onverwacht teken; tekst hoort tussen dubbele aanhalingstekens (\"...\"), ja en nee als true en false"],
];

export function describeJsonError(text: string, message: string): { line: number; column: number; reason: string } {
  const reason = JSON_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'ongeldige JSON';
  const at = /at position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.trimEnd().length : firstBadPosition(text);
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1, reason };
}

/** Where a JSON text stops being a valid beginning: the shortest prefix that fails other than by ending early. */
function firstBadPosition(text: string): number {
  const failsEarly = (length: number) => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      return !/end of JSON input/.test((error as Error).message);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsEarly(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Position of the first typographic quote outside a straight-quoted JSON string, or null (inside a text it is fine). */
export function curlyQuoteOutsideString(text: string): number | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if ('“”„‟″'.includes(ch)) return i;
  }
  return null;
}
