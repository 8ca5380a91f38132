// Every Dutch text the computation produces (ignored-target reasons, build-report notices), in one place;
// code and tests both call these.
import { formatNumber } from '../lib/nl.ts';
import type { Unit } from '../snapshot/types.ts';

/** A value as an editor typed it: up to two decimals, Dutch notation (`6,8`, `40`, `1.200`). */
function shown(value: number): string {
  const decimals = Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2;
  return formatNumber(value, decimals);
}

const RANGE: Record<Unit, string> = {
  procent: '0 tot en met 100',
  cijfer: '1 tot en met 10',
  aantal: '0 of meer',
  euro: '0 of meer',
};

export const msg = {
  lessAmbitious: (inForce: number) =>
    `minder ambitieus dan de geldende streefwaarde ${shown(inForce)}; een neerwaartse bijstelling wordt niet overgenomen`,
  zeroTarget: (unit: Unit) =>
    `streefwaarde 0 kan niet bedoeld zijn bij een ${unit === 'cijfer' ? 'rapportcijfer' : 'percentage'} waarop hoger beter is`,
  outOfRange: (value: number, unit: Unit) =>
    `streefwaarde ${shown(value)} ligt buiten het bereik van de eenheid ${unit} (${RANGE[unit]})`,
  duplicateRealised: (institution: string, indicator: string, breakdown: string, year: number, used: string) =>
    `${institution} heeft voor ${indicator} (${breakdown}) in ${year} meer dan één realisatie; gebruikt is die met herkomst '${used}'`,
  duplicateStart: (institution: string, indicator: string, breakdown: string, used: string) =>
    `${institution} heeft voor ${indicator} (${breakdown}) meer dan één startwaarde; gebruikt is die met herkomst '${used}'`,
  duplicateOriginal: (institution: string, indicator: string, breakdown: string, year: number) =>
    `${institution} heeft voor ${indicator} (${breakdown}) meer dan één streefwaarde uit de kwaliteitsagenda; gebruikt is die voor ${year}`,
};
