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
    sink.error(undefined, undefined, msg.jsonSyntax((error as Error).message));
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
  if (referenceDate && !isIsoDate(referenceDate)) fail('peildatum', msg.jsonDate('peildatum', referenceDate));
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
