// Cell formatting, file sizes, the per-figure CSV and the browser build of vega-interpreter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { FigureColumn } from '../../scripts/figures/types.ts';
import { browserInterpreter } from '../../scripts/site/assets.ts';
import { figureCsv, formatBytes, formatCell } from '../../scripts/site/format.ts';
import { NODE_MODULES } from '../../scripts/site/paths.ts';

const col = (format: FigureColumn['format'], decimals?: number): FigureColumn => ({ key: 'v', label: 'V', format, ...(decimals === undefined ? {} : { decimals }) });

describe('formatCell', () => {
  it('formats each column format the Dutch way', () => {
    expect(formatCell(1234.5, col('integer'))).toBe('1.235');
    expect(formatCell(1234.56, col('number'))).toBe('1.234,6');
    expect(formatCell(41.25, col('percent', 1))).toBe('41,3%');
    expect(formatCell(42, col('percent'))).toBe('42%');
    expect(formatCell(-3.44, col('points'))).toBe('−3,4');
    expect(formatCell(3, col('points', 0))).toBe('+3');
    expect(formatCell(7.05, col('grade'))).toBe('7,1');
    expect(formatCell(1_250_000, col('euro'))).toBe('€ 1,3 miljoen');
    expect(formatCell('roc', col('text'))).toBe('roc');
    expect(formatCell(2027, col('text'))).toBe('2027');
  });

  it('shows a dash for missing values and ja/nee for booleans', () => {
    expect(formatCell(null, col('percent'))).toBe('–');
    expect(formatCell(undefined, col('number'))).toBe('–');
    expect(formatCell(Number.NaN, col('number'))).toBe('–');
    expect(formatCell(true, col('text'))).toBe('ja');
    expect(formatCell(false, col('integer'))).toBe('nee');
  });
});

describe('formatBytes', () => {
  it('uses decimal units with a decimal comma', () => {
    expect([formatBytes(1), formatBytes(812), formatBytes(2150), formatBytes(1_430_000)]).toEqual(['1 byte', '812 bytes', '2,2 kB', '1,4 MB']);
  });
});

describe('figureCsv', () => {
  it('writes a header of column keys, a decimal point and quotes where needed', () => {
    const columns: FigureColumn[] = [
      { key: 'naam', label: 'Naam', format: 'text' },
      { key: 'waarde', label: 'Waarde', format: 'percent', decimals: 1 },
      { key: 'ok', label: 'OK', format: 'text' },
    ];
    const csv = figureCsv(columns, [
      { naam: 'ROC "Noord", locatie A', waarde: 41.25, ok: true },
      { naam: 'Vakcollege', waarde: null, ok: false, url: '/instelling/i02/' },
    ]);
    expect(csv).toBe('naam,waarde,ok\n"ROC ""Noord"", locatie A",41.25,ja\nVakcollege,,nee\n');
  });
});

describe('browserInterpreter', () => {
  const source = readFileSync(join(NODE_MODULES, 'vega-interpreter', 'build', 'vega-interpreter.js'), 'utf8');

  it('turns the ES module into a classic script that reads vega-util from the vega global', () => {
    const script = browserInterpreter(source);
    expect(script).not.toMatch(/^import /m);
    expect(script).not.toMatch(/^export /m);
    const context: Record<string, unknown> = { setTimeout, clearTimeout, setInterval, clearInterval, console };
    context['globalThis'] = context;
    vm.createContext(context);
    vm.runInContext(readFileSync(join(NODE_MODULES, 'vega', 'build', 'vega.min.js'), 'utf8'), context);
    vm.runInContext(script, context);
    const interpreter = context['vegaInterpreter'] as { expressionInterpreter: unknown };
    expect(typeof interpreter.expressionInterpreter).toBe('object');
  });

  it('refuses a build it does not recognise instead of shipping a broken script', () => {
    expect(() => browserInterpreter(source.replace("from 'vega-util'", "from 'vega-util/x'"))).toThrow(/onverwachte vorm/);
  });
});
