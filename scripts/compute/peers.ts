// Peer groups for the factsheet per institution (issue 30): institutions of the same `soort` and size band, and per
// indicator × breakdown × year the median of their disclosed realised values. A median over fewer than
// MIN_PEERS institutions is not given (null): too few to describe a group, as for the sector.
import { compareNatural } from './order.ts';
import { quantile } from './stats.ts';
import type { BreakdownResult, InstitutionResult, PeerGroup, PeersResult, SizeBand } from './types.ts';

/** A statement about a group of institutions needs at least this many of them. */
export const MIN_PEERS = 5;

/**
 * Size bands by `studenten`, lower bound inclusive: klein below 5.000, middelgroot 5.000 up to 15.000, groot 15.000
 * and more. Round numbers that split the bundled ROCs into three groups of similar size; AOCs and vakinstellingen are
 * nearly all klein.
 */
export const SIZE_BANDS: readonly { readonly band: SizeBand; readonly min: number; readonly label: string }[] = [
  { band: 'klein', min: 0, label: 'minder dan 5.000 studenten' },
  { band: 'middelgroot', min: 5000, label: '5.000 tot 15.000 studenten' },
  { band: 'groot', min: 15000, label: '15.000 studenten of meer' },
];

export function sizeBand(students: number): SizeBand {
  let band = SIZE_BANDS[0]!.band;
  for (const b of SIZE_BANDS) if (students >= b.min) band = b.band;
  return band;
}

export function computePeers(
  institutions: Readonly<Record<string, InstitutionResult>>,
  institutionOrder: readonly string[],
  sector: Readonly<Record<string, Readonly<Record<string, BreakdownResult>>>>,
  indicatorOrder: readonly string[],
): PeersResult {
  const members = new Map<string, string[]>();
  const of: Record<string, string> = {};
  for (const id of institutionOrder) {
    const inst = institutions[id]!;
    const group = `${inst.kind}-${sizeBand(inst.students)}`;
    of[id] = group;
    members.set(group, [...(members.get(group) ?? []), id]);
  }
  const groups: Record<string, PeerGroup> = {};
  for (const [id, ids] of [...members].sort(([a], [b]) => compareNatural(a, b))) {
    const first = institutions[ids[0]!]!;
    const inGroup = new Set(ids);
    const medians: Record<string, Record<string, PeerGroup['medians'][string][string]>> = {};
    for (const indicatorId of indicatorOrder) {
      const byBreakdown: Record<string, PeerGroup['medians'][string][string]> = {};
      for (const [breakdown, b] of Object.entries(sector[indicatorId] ?? {})) {
        byBreakdown[breakdown] = b.years.map(({ year }) => {
          const values = b.rows.flatMap((r) => (inGroup.has(r.institutionId) ? r.realised.filter((v) => v.year === year).map((v) => v.value) : []));
          return { year, n: values.length, median: values.length >= MIN_PEERS ? quantile(values, 0.5) : null };
        });
      }
      medians[indicatorId] = byBreakdown;
    }
    groups[id] = { id, kind: first.kind, band: sizeBand(first.students), institutionIds: ids, medians };
  }
  return { minPeers: MIN_PEERS, bands: SIZE_BANDS, groups, groupOrder: Object.keys(groups), institutions: of };
}
