import { Injectable } from '@nestjs/common';
import {
  aggregateStatuses,
  countryPath,
  indicatorValueKey,
  memberStateItems,
  openSdgCsv,
  reportCsv,
  shadowCsv,
  WhoRegion,
} from '@canopy/domain';
import type { CatalogueIndicator, GroupStatusCounts, OpenSdgValue, PublishedReport } from '@canopy/domain';
import { ReportingCycleEntity } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';

export interface CycleExport {
  resolution: string;
  cycle: number;
  deadline: string;
  catalogueVersion: string;
  catalogueStatus: string;
  generatedAt: string;
  /** Paragraph codes in catalogue order: the rows of each report. */
  itemCodes: string[];
  reports: PublishedReport[];
}

/** Every country of a cycle at once, per WHO region, and one line for the whole world. */
export const WORLD = 'WORLD';
export const REGIONS: readonly string[] = Object.values(WhoRegion);

/**
 * What is published, read back out: whole cycles and single reports as JSON and CSV, indicators in the
 * Open SDG shape, and the comparisons the dashboard draws. Everything here comes from the frozen
 * versions, never from working copies.
 */
@Injectable()
export class OpenDataService {
  constructor(private readonly repository: ReportingRepository) {}

  async cycleExport(year: number): Promise<CycleExport | null> {
    const cycle = await this.repository.cycleByYear(year);
    if (!cycle) return null;
    const versions = await this.repository.latestVersionsOfCycle(cycle.id);
    return this.exportOf(
      cycle,
      versions.map((version) => version.content),
    );
  }

  /** One country's report of a cycle: its latest version, or the version asked for. */
  async countryExport(year: number, iso3: string, version?: number): Promise<CycleExport | null> {
    const cycle = await this.repository.cycleByYear(year);
    const country = await this.repository.countryByIso3(iso3);
    const report = cycle && country ? await this.repository.reportIn(cycle.id, country.id) : null;
    if (!cycle || !report || !report.publishedVersion) return null;
    const number = version ?? report.publishedVersion;
    const found = (await this.repository.versionsOf([report.id])).find((row) => row.number === number);
    return found ? this.exportOf(cycle, [found.content]) : null;
  }

  csv(exported: CycleExport): string {
    return reportCsv(exported.reports, exported.itemCodes);
  }

  shadowsCsv(exported: CycleExport): string {
    return shadowCsv(exported.reports);
  }

  /**
   * An indicator's values in the Open SDG shape, from the latest published version of every report of
   * every cycle; where two cycles report the same year and breakdown for a country, the later cycle's
   * figure stands.
   */
  async indicatorCsv(code: string): Promise<string | null> {
    const cycles = [...(await this.repository.allCycles())].sort((a, b) => a.year - b.year);
    const items = await this.repository.itemsOf([...new Set(cycles.map((cycle) => cycle.catalogueId))]);
    const indicator: CatalogueIndicator | undefined = items
      .flatMap((item) => item.indicators)
      .find((candidate) => candidate.code === code);
    if (!indicator) return null;
    const values = new Map<string, OpenSdgValue>();
    for (const cycle of cycles) {
      for (const version of await this.repository.latestVersionsOfCycle(cycle.id)) {
        const report = version.content;
        for (const value of report.assessments.flatMap((assessment) => assessment.indicatorValues)) {
          if (value.indicator !== code) continue;
          values.set(`${report.country.iso3}|${indicatorValueKey(value)}`, {
            year: value.year,
            country: report.country.name,
            geoCode: report.country.iso3,
            value: value.value,
            breakdown: value.breakdown,
          });
        }
      }
    }
    return openSdgCsv([...values.values()], indicator.breakdowns, indicator.unit);
  }

  /** Per paragraph, each country's published status in the cycle. */
  cycleStatuses(cycleId: string) {
    return this.repository.cycleStatuses(cycleId);
  }

  /** Statuses counted per paragraph for the whole world and for each WHO region. */
  async regionCounts(cycle: ReportingCycleEntity): Promise<GroupStatusCounts[]> {
    const items = memberStateItems(await this.repository.itemsOf([cycle.catalogueId]));
    const rows = await this.repository.cycleStatuses(cycle.id);
    const codes = items.map((item) => item.code);
    return [
      ...aggregateStatuses(rows, codes, [WORLD], () => WORLD),
      ...aggregateStatuses(rows, codes, REGIONS, (row) => row.region),
    ];
  }

  /** A country's path on each paragraph across the cycles it published in. */
  async countryPath(countryId: string) {
    const versions = await this.repository.latestVersionsOfCountry(countryId);
    const cycles = await this.repository.allCycles();
    const items = memberStateItems(
      await this.repository.itemsOf([...new Set(cycles.map((cycle) => cycle.catalogueId))]),
    );
    const codes = [...new Set(items.map((item) => item.code))];
    return countryPath(
      codes,
      versions.map((version) => version.content),
    );
  }

  private async exportOf(cycle: ReportingCycleEntity, reports: PublishedReport[]): Promise<CycleExport> {
    const [catalogue] = await this.repository.cataloguesByIds([cycle.catalogueId]);
    const items = memberStateItems(await this.repository.itemsOf([cycle.catalogueId]));
    return {
      resolution: catalogue?.resolution ?? '',
      cycle: cycle.year,
      deadline: cycle.deadline,
      catalogueVersion: catalogue?.version ?? '',
      catalogueStatus: catalogue?.status ?? '',
      generatedAt: new Date().toISOString(),
      itemCodes: items.map((item) => item.code),
      reports,
    };
  }
}
