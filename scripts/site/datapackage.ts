// /datapackage.json: a Frictionless Tabular Data Package (v1) that describes every machine-readable CSV the
// site offers (each figure's and table's data under /figuren/, the result tables under /downloads/data/), with
// a Table Schema per file: column names, types, Dutch titles and descriptions, and units. Open-data tools load
// the data with it. The Dutch spreadsheet copies (`-nl.csv`) are for people and are not described here.
import { parse } from 'csv-parse/sync';
import type { FigureColumn, RenderedFigure } from '../figures/types.ts';
import { ReportError } from '../lib/errors.ts';
import type { Edition } from '../report/types.ts';
import { RESULT_FILES, resultUnit } from './download-descriptions.ts';
import { figureUrls } from './figures.ts';
import type { ResultTable } from './types.ts';

export const DATAPACKAGE_PATH = '/datapackage.json';

/** The Dutch spreadsheet copy of a result table: `sector.csv` → `sector-nl.csv`. */
export function spreadsheetName(file: string): string {
  return file.replace(/\.csv$/, '-nl.csv');
}

export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

export interface TableField {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly type: FieldType;
  /** Not part of Table Schema v1's core; kept as an extra property, which the specification allows. */
  readonly unit?: string;
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
}

export interface TableResource {
  readonly profile: 'tabular-data-resource';
  readonly name: string;
  /** Relative to datapackage.json (the site root). */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly format: 'csv';
  readonly mediatype: 'text/csv';
  readonly encoding: 'utf-8';
  readonly schema: { readonly fields: readonly TableField[]; readonly missingValues: readonly string[] };
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The narrowest type that reads every non-empty value of a column. */
export function inferType(values: readonly string[]): Pick<TableField, 'type' | 'trueValues' | 'falseValues'> {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return { type: 'string' };
  if (filled.every((v) => INTEGER.test(v))) return { type: 'integer' };
  if (filled.every((v) => NUMBER.test(v))) return { type: 'number' };
  if (filled.every((v) => v === 'ja' || v === 'nee')) return { type: 'boolean', trueValues: ['ja'], falseValues: ['nee'] };
  return { type: 'string' };
}

const FORMAT_UNITS: Readonly<Record<FigureColumn['format'], string | null>> = {
  text: null,
  integer: null,
  number: null,
  percent: 'procent',
  points: 'punten (procentpunten bij een percentage)',
  grade: 'rapportcijfer (1-10)',
  euro: 'euro',
};

/** The unit a figure column's values have, or null (text and plain counts). */
export function columnUnit(column: FigureColumn): string | null {
  return FORMAT_UNITS[column.format];
}

function rows(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

function resource(name: string, path: string, title: string, description: string, fields: TableField[]): TableResource {
  return {
    profile: 'tabular-data-resource',
    name,
    path,
    title,
    description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields, missingValues: [''] },
  };
}

/** The resource of a figure's machine CSV (`csv` as written to /figuren/<id>.csv). */
export function figureResource(figure: RenderedFigure, csv: string): TableResource {
  const [, ...data] = rows(csv);
  const fields = figure.columns.map((column, i): TableField => {
    const unit = columnUnit(column);
    return {
      name: column.key,
      title: column.label,
      description: unit ? `${column.label} (${unit}).` : `${column.label}.`,
      ...inferType(data.map((r) => r[i] ?? '')),
      ...(unit ? { unit } : {}),
    };
  });
  const label = figure.number ? `${figure.number} ${figure.title}` : figure.title;
  return resource(`figuur-${figure.id}`, figureUrls(figure.id).csv.slice(1), label, `Gegevens bij ${label}. Bron: ${figure.source}.`, fields);
}

/** The resource of a result table; column descriptions come with the table (scripts/compute/columns.ts). */
export function resultResource(table: ResultTable): TableResource {
  const about = RESULT_FILES[table.file];
  if (!about) throw new ReportError(`resultaattabel ${table.file} heeft geen beschrijving voor de downloads`, 'Voeg de tabel toe aan RESULT_FILES in scripts/site/download-descriptions.ts.');
  const [header = [], ...data] = rows(table.csv);
  const fields = header.map((name, i): TableField => {
    const description = table.columns?.[i]?.name === name ? table.columns[i]!.description : null;
    if (!description) throw new ReportError(`${table.file}:1:${i + 1}: kolom '${name}' heeft geen beschrijving voor datapackage.json`, 'Beschrijf de kolom in scripts/compute/columns.ts.');
    const unit = resultUnit(table.file, name);
    return { name, title: name, description, ...inferType(data.map((r) => r[i] ?? '')), ...(unit ? { unit } : {}) };
  });
  return resource(`resultaat-${table.file.replace(/\.csv$/, '')}`, `downloads/data/${table.file}`, about.title, about.description, fields);
}

/** The whole package; `created` is the edition's reference date, never the clock. */
export function dataPackage(edition: Edition, resources: readonly TableResource[]) {
  return {
    profile: 'tabular-data-package',
    name: `monitor-werkagenda-stagepact-${edition.snapshot}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
    title: edition.title,
    description: `Gegevens van de monitor Werkagenda mbo en Stagepact mbo, editie ${edition.snapshot} (peildatum ${edition.referenceDateText}).${
      edition.synthetic ? ' De gegevens over instellingen in deze editie zijn fictief.' : ''
    } Elke CSV is UTF-8, gescheiden door komma’s, met een decimale punt; een lege cel is een ontbrekende waarde.`,
    created: `${edition.referenceDate}T00:00:00Z`,
    keywords: ['mbo', 'Werkagenda mbo', 'Stagepact mbo', 'monitor'],
    resources,
  };
}
