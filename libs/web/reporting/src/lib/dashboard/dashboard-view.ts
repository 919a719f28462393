import type { AssessmentStatus, ReportingDashboardQuery } from '../graphql/generated';
import { REGION_GROUPS, STATUSES } from '../shared/reporting-text';

type Cycle = NonNullable<ReportingDashboardQuery['reportingCycle']>;

export interface RegionCell {
  readonly itemCode: string;
  readonly total: number;
  /** Countries at largely achieved or achieved. */
  readonly advanced: number;
  /** 0 to 4: how dark the cell is drawn (its text says the same). */
  readonly shade: number;
}

/** The region grid: for each WHO region (and the world), per paragraph, how many countries are well advanced. */
export function regionGrid(cycle: Cycle): { group: string; cells: RegionCell[] }[] {
  const codes = cycle.items.map((item) => item.code);
  return REGION_GROUPS.map((group) => ({
    group,
    cells: codes.map((itemCode) => {
      const cell = cycle.regionCounts.find((row) => row.group === group && row.itemCode === itemCode);
      const count = (status: AssessmentStatus) =>
        cell?.counts.find((row) => row.status === status)?.count ?? 0;
      const total = cell?.total ?? 0;
      const advanced = count('LARGELY_ACHIEVED') + count('ACHIEVED');
      return { itemCode, total, advanced, shade: total ? Math.round((4 * advanced) / total) : 0 };
    }),
  }));
}

/** Each country that published, with its status per paragraph, in the order of `countries` (every country). */
export function countryRows(
  cycle: Cycle,
  countries: readonly { id: string; name: string; iso2?: string | null }[],
): { id: string; name: string; iso2: string | null; statuses: (AssessmentStatus | null)[] }[] {
  const byCountry = new Map<string, Map<string, AssessmentStatus>>();
  for (const item of cycle.statuses) {
    for (const row of item.countries) {
      const statuses = byCountry.get(row.countryId) ?? new Map<string, AssessmentStatus>();
      statuses.set(item.itemCode, row.status);
      byCountry.set(row.countryId, statuses);
    }
  }
  return countries
    .filter((country) => byCountry.has(country.id))
    .map((country) => ({
      id: country.id,
      name: country.name,
      iso2: country.iso2 ?? null,
      statuses: cycle.items.map((item) => byCountry.get(country.id)?.get(item.code) ?? null),
    }));
}

/** Per paragraph, how many countries of the world are at each status, every status present. */
export function worldCounts(
  cycle: Cycle,
): { itemCode: string; total: number; counts: { status: AssessmentStatus; count: number }[] }[] {
  return cycle.items.map((item) => {
    const cell = cycle.regionCounts.find((row) => row.group === 'WORLD' && row.itemCode === item.code);
    return {
      itemCode: item.code,
      total: cell?.total ?? 0,
      counts: STATUSES.map((status) => ({
        status,
        count: cell?.counts.find((row) => row.status === status)?.count ?? 0,
      })),
    };
  });
}
