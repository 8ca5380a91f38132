// One formatter per unit (`procent`, `cijfer`, `aantal`, `euro`), used by the text, the figures, the tables and the
// site alike, so a value reads the same wherever it appears. Two kinds of value, each with its own rule:
// - a statistic (a mean, a quantile, a sum, a difference of means): the unit's fixed precision, whatever the value:
//   `42,0%`, `6,8`, `1.234` (counts below 100 that are not whole: `2,4`), `€ 1,2 miljoen`;
// - a measured value (a published national figure, the value in a data row): as it was given, decimals only where
//   the value has them: `42%`, `41,3%`, `208.310`, `€ 704,0 miljoen`.
// Shares of institutions (`42%` of 55) are no unit of an indicator: they are whole percents (`formatPercent`).
import { formatEuro, formatNumber, formatPercent, formatSigned } from './nl.ts';

export type Unit = 'procent' | 'cijfer' | 'aantal' | 'euro';

/** Counts are whole numbers: averages of small counts need a decimal (`1,5 practoraat`), large ones do not. */
function countDecimals(value: number): number {
  return Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 1;
}

/** Decimals of a statistic (level or difference) in `unit`: one for percentages and grades, counts as above. */
export function statisticDecimals(unit: Unit, value: number): number {
  return unit === 'procent' || unit === 'cijfer' ? 1 : countDecimals(value);
}

/** A statistic in its unit: `41,2%`, `42,0%`, `6,8`, `19.300`, `1,5`, `€ 1,2 miljoen`. */
export function formatLevel(value: number, unit: Unit): string {
  switch (unit) {
    case 'procent':
      return formatPercent(value, 1);
    case 'euro':
      return formatEuro(value);
    default:
      return formatNumber(value, statisticDecimals(unit, value));
  }
}

/** A measured value as it was given: `42%`, `41,3%`, `6,8`, `208.310`, `€ 850.000`, `€ 704,0 miljoen`. */
export function formatMeasured(value: number, unit: Unit): string {
  const decimals = Number.isInteger(value) ? 0 : 1;
  if (unit === 'procent') return formatPercent(value, decimals);
  if (unit === 'cijfer') return formatNumber(value, 1);
  if (unit === 'euro') return value < 1e6 ? `€ ${formatNumber(value, decimals)}` : formatEuro(value);
  return formatNumber(value, decimals);
}

/** The word after a difference: ` procentpunt`, ` punt`; nothing for counts and money. */
export function unitWord(unit: Unit): string {
  return unit === 'procent' ? ' procentpunt' : unit === 'cijfer' ? ' punt' : '';
}

/** The size of a difference of statistics, without sign: `3,4 procentpunt`, `0,3 punt`, `1.250`, `€ 1,2 miljoen`. */
export function formatDifference(value: number, unit: Unit): string {
  const v = Math.abs(value);
  return unit === 'euro' ? formatEuro(v) : `${formatNumber(v, statisticDecimals(unit, v))}${unitWord(unit)}`;
}

/** The size of a difference of measured values, as precise as the values: `1 procentpunt`, `2.310`. */
export function formatMeasuredDifference(value: number, unit: Unit): string {
  const v = Math.abs(value);
  if (unit === 'procent') return `${formatNumber(v, Number.isInteger(v) ? 0 : 1)} procentpunt`;
  if (unit === 'cijfer') return `${formatNumber(v, 1)} punt`;
  return formatMeasured(v, unit);
}

/** A signed change without its unit word (chart labels): `+2,6`, `−0,3`, `+1.200`, `0,0`, `+€ 1,2 miljoen`. */
export function formatChangeShort(value: number, unit: Unit, decimals = statisticDecimals(unit, value)): string {
  if (unit !== 'euro') return formatSigned(value, decimals);
  const size = formatEuro(Math.abs(value));
  return /[1-9]/.test(size) ? `${value < 0 ? '\u2212' : '+'}${size}` : size;
}

/** A signed change with its unit word: `+2,6 procentpunt`, `−0,3 punt`, `+1.200`, `−€ 1,2 miljoen`. */
export function formatChange(value: number, unit: Unit, decimals = statisticDecimals(unit, value)): string {
  return `${formatChangeShort(value, unit, decimals)}${unitWord(unit)}`;
}
