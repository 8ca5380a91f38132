// The data contract as data: every CSV file, its columns, their types and its key.
// `validate.ts` enforces it generically; cross-file rules (references, unit ranges) live there too.

export type ColumnType =
  | { readonly kind: 'text' }
  | { readonly kind: 'code' }
  | { readonly kind: 'int'; readonly min?: number; readonly max?: number }
  /** `amount`: a count or sum of money, so `1.038` in a comma-separated file is a grouping slip, not 1,038. */
  | { readonly kind: 'number'; readonly min?: number; readonly amount?: true }
  | { readonly kind: 'bool' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'period' };

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly required: boolean;
}

export interface FileSpec {
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns whose combination must be unique. */
  readonly key: readonly string[];
}

export const UNITS = ['procent', 'cijfer', 'aantal', 'euro'] as const;
export const DIRECTIONS = ['hoger_beter', 'lager_beter', 'neutraal'] as const;
export const INSTITUTION_KINDS = ['roc', 'aoc', 'vakinstelling', 'overig'] as const;
export const VALUE_KINDS = ['start', 'streef', 'realisatie'] as const;
export const PROGRESS = ['alle', 'meeste', 'helft', 'klein_deel', 'geen'] as const;
export const EFFECTIVENESS = ['klein_beetje', 'effectief', 'heel_effectief', 'wisselt', 'niet_effectief', 'weet_niet'] as const;
export const PRIORITIES = ['1', '2', '3'] as const;

const text = { kind: 'text' } as const;
const code = { kind: 'code' } as const;
const bool = { kind: 'bool' } as const;
const year = { kind: 'int', min: 1990, max: 2100 } as const;
const amount = { kind: 'number', min: 0, amount: true } as const;
const number = { kind: 'number' } as const;
const enumOf = (values: readonly string[]) => ({ kind: 'enum', values }) as const;

const req = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: true });
const opt = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: false });

export const SNAPSHOT_JSON = 'snapshot.json';

export const FILES: readonly FileSpec[] = [
  {
    file: 'doelstellingen.csv',
    key: ['doelstelling'],
    columns: [req('doelstelling', code), req('prioriteit', enumOf(PRIORITIES)), req('naam', text), req('korte_naam', text)],
  },
  {
    file: 'indicatoren.csv',
    key: ['indicator'],
    columns: [
      req('indicator', code),
      req('doelstelling', code),
      req('naam', text),
      req('eenheid', enumOf(UNITS)),
      req('richting', enumOf(DIRECTIONS)),
      req('bron', text),
      opt('min_n', { kind: 'int', min: 1 }),
      opt('korte_naam', text),
      opt('definitie', text),
    ],
  },
  {
    file: 'instellingen.csv',
    key: ['instelling'],
    columns: [
      req('instelling', code),
      req('naam', text),
      req('soort', enumOf(INSTITUTION_KINDS)),
      req('regio', text),
      req('randstad', bool),
      req('studenten', { kind: 'int', min: 0 }),
      // The institution this one merged into; such a row names a former institution and holds no other data.
      opt('opgegaan_in', code),
    ],
  },
  {
    file: 'waarden.csv',
    key: ['instelling', 'indicator', 'uitsplitsing', 'soort', 'jaar', 'herkomst'],
    columns: [
      req('instelling', code),
      req('indicator', code),
      req('uitsplitsing', text),
      req('soort', enumOf(VALUE_KINDS)),
      req('jaar', year),
      req('waarde', number),
      opt('n', { kind: 'int', min: 0 }),
      req('herkomst', text),
      opt('sd', { kind: 'number', min: 0 }),
    ],
  },
  {
    file: 'reeksen.csv',
    key: ['reeks', 'uitsplitsing', 'periode'],
    columns: [
      req('reeks', code),
      opt('indicator', code),
      req('uitsplitsing', text),
      req('periode', { kind: 'period' }),
      req('waarde', number),
      req('eenheid', enumOf(UNITS)),
      req('bron', text),
      opt('naam', text),
      opt('doelstelling', code),
    ],
  },
  {
    file: 'landelijke_doelen.csv',
    key: ['indicator', 'uitsplitsing', 'jaar'],
    columns: [req('indicator', code), req('uitsplitsing', text), req('jaar', year), req('waarde', number), req('bron', text)],
  },
  {
    file: 'begroting.csv',
    key: ['instelling', 'doelstelling'],
    columns: [req('instelling', code), req('doelstelling', code), req('begroot', amount)],
  },
  {
    file: 'bestedingen.csv',
    key: ['instelling', 'doelstelling', 'jaar'],
    columns: [req('instelling', code), req('doelstelling', code), req('jaar', year), req('besteed', amount)],
  },
  {
    file: 'maatregelen.csv',
    key: ['maatregel'],
    columns: [req('maatregel', code), req('doelstelling', code), req('naam', text), req('verplicht', bool)],
  },
  {
    file: 'maatregel_inzet.csv',
    key: ['instelling', 'maatregel', 'jaar'],
    columns: [req('instelling', code), req('maatregel', code), req('jaar', year), req('uitgevoerd', bool)],
  },
  {
    file: 'efile_oordelen.csv',
    key: ['instelling', 'doelstelling', 'jaar'],
    columns: [
      req('instelling', code),
      req('doelstelling', code),
      req('jaar', year),
      req('voortgang', enumOf(PROGRESS)),
      req('effectiviteit', enumOf(EFFECTIVENESS)),
    ],
  },
];
