/**
 * A published version of a country report, frozen as one document: what the open data exports, what
 * versions are compared by, and what the public page shows beside civil society's shadow assessments.
 */
import {
  AssessmentStatus,
  Evidence,
  indicatorValueKey,
  IndicatorValue,
  Mechanism,
  STATUS_ORDER,
} from './reporting';

export interface PublishedAssessment {
  itemCode: string;
  status: AssessmentStatus;
  narrative: string;
  evidence: readonly Evidence[];
  indicatorValues: readonly IndicatorValue[];
}

export interface PublishedOrganization {
  id: string;
  name: string;
}

export interface PublishedSignOff {
  itemCode: string;
  organization: PublishedOrganization;
  at: string;
}

export interface PublishedShadow {
  itemCode: string;
  organization: PublishedOrganization;
  status: AssessmentStatus;
  narrative: string;
  evidence: readonly Evidence[];
}

export interface PublishedReport {
  cycle: number;
  catalogueVersion: string;
  country: { iso2: string; iso3: string; name: string; whoRegion: string | null };
  version: number;
  publishedAt: string;
  changeNote: string | null;
  assessments: readonly PublishedAssessment[];
  mechanisms: readonly Mechanism[];
  signOffs: readonly PublishedSignOff[];
  shadows: readonly PublishedShadow[];
}

export enum AssessmentChange {
  UNCHANGED = 'UNCHANGED',
  CHANGED = 'CHANGED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

export interface AssessmentComparison {
  itemCode: string;
  change: AssessmentChange;
  fromStatus: AssessmentStatus | null;
  toStatus: AssessmentStatus | null;
  narrativeChanged: boolean;
  evidenceAdded: number;
  evidenceRemoved: number;
  indicatorValuesChanged: number;
}

/** Two versions lined up paragraph by paragraph, in the order of `itemCodes` (the catalogue's). */
export function compareReportVersions(
  itemCodes: readonly string[],
  from: readonly PublishedAssessment[],
  to: readonly PublishedAssessment[],
): AssessmentComparison[] {
  const before = new Map(from.map((assessment) => [assessment.itemCode, assessment]));
  const after = new Map(to.map((assessment) => [assessment.itemCode, assessment]));
  return itemCodes
    .filter((code) => before.has(code) || after.has(code))
    .map((itemCode) => {
      const a = before.get(itemCode);
      const b = after.get(itemCode);
      const evidenceA = new Set((a?.evidence ?? []).map(evidenceKey));
      const evidenceB = new Set((b?.evidence ?? []).map(evidenceKey));
      const valuesA = new Map(
        (a?.indicatorValues ?? []).map((value) => [indicatorValueKey(value), value.value]),
      );
      const valuesB = new Map(
        (b?.indicatorValues ?? []).map((value) => [indicatorValueKey(value), value.value]),
      );
      const keys = new Set([...valuesA.keys(), ...valuesB.keys()]);
      const indicatorValuesChanged = [...keys].filter((key) => valuesA.get(key) !== valuesB.get(key)).length;
      const comparison = {
        itemCode,
        fromStatus: a?.status ?? null,
        toStatus: b?.status ?? null,
        narrativeChanged: (a?.narrative ?? '') !== (b?.narrative ?? ''),
        evidenceAdded: [...evidenceB].filter((key) => !evidenceA.has(key)).length,
        evidenceRemoved: [...evidenceA].filter((key) => !evidenceB.has(key)).length,
        indicatorValuesChanged,
      };
      const change = !a
        ? AssessmentChange.ADDED
        : !b
          ? AssessmentChange.REMOVED
          : comparison.fromStatus !== comparison.toStatus ||
              comparison.narrativeChanged ||
              comparison.evidenceAdded ||
              comparison.evidenceRemoved ||
              indicatorValuesChanged
            ? AssessmentChange.CHANGED
            : AssessmentChange.UNCHANGED;
      return { ...comparison, change };
    });
}

function evidenceKey(evidence: Evidence): string {
  return [
    evidence.kind,
    evidence.url ?? '',
    evidence.fileId ?? '',
    evidence.assemblyId ?? '',
    evidence.date,
    evidence.description,
  ].join('|');
}

export type StatusCounts = Record<AssessmentStatus, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as StatusCounts;
}

/** How many of the statuses are at each step, every step present (zero where none). */
export function countStatuses(statuses: Iterable<AssessmentStatus>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const status of statuses) counts[status] += 1;
  return counts;
}

export interface CountryItemStatus {
  countryId: string;
  region: string | null;
  itemCode: string;
  status: AssessmentStatus;
}

export interface GroupStatusCounts {
  group: string;
  itemCode: string;
  counts: StatusCounts;
  total: number;
}

/**
 * Statuses of a cycle counted per paragraph and per group (a WHO region, or every country at once when
 * `groupOf` answers the same for all), in the order of `itemCodes` then of `groups`.
 */
export function aggregateStatuses(
  rows: readonly CountryItemStatus[],
  itemCodes: readonly string[],
  groups: readonly string[],
  groupOf: (row: CountryItemStatus) => string | null,
): GroupStatusCounts[] {
  const cells = new Map<string, AssessmentStatus[]>();
  for (const row of rows) {
    const group = groupOf(row);
    if (group === null) continue;
    const key = `${group}\u0000${row.itemCode}`;
    cells.set(key, [...(cells.get(key) ?? []), row.status]);
  }
  return itemCodes.flatMap((itemCode) =>
    groups.map((group) => {
      const statuses = cells.get(`${group}\u0000${itemCode}`) ?? [];
      return { group, itemCode, counts: countStatuses(statuses), total: statuses.length };
    }),
  );
}

export interface CyclePoint {
  cycle: number;
  version: number;
  status: AssessmentStatus | null;
}

/** One country's path on each paragraph across cycles (their latest published versions), oldest first. */
export function countryPath(
  itemCodes: readonly string[],
  reports: readonly Pick<PublishedReport, 'cycle' | 'version' | 'assessments'>[],
): { itemCode: string; points: CyclePoint[] }[] {
  const ordered = [...reports].sort((a, b) => a.cycle - b.cycle);
  return itemCodes.map((itemCode) => ({
    itemCode,
    points: ordered.map((report) => ({
      cycle: report.cycle,
      version: report.version,
      status: report.assessments.find((assessment) => assessment.itemCode === itemCode)?.status ?? null,
    })),
  }));
}
