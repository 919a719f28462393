import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { EvidenceFilesService } from './evidence-files.service';
import { ReportingCatalogueService } from './reporting-catalogue.service';
import {
  CatalogueItemEntity,
  CountryReportEntity,
  EvidenceFileEntity,
  ParagraphAssessmentEntity,
  ReportingCatalogueEntity,
  ReportingCycleEntity,
  ReportVersionEntity,
  ValidationResponseEntity,
} from './reporting.entities';
import { ReportsService } from './reports.service';
import { ValidationService } from './validation.service';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class ReportingLoaders {
  constructor(
    private readonly catalogue: ReportingCatalogueService,
    private readonly reports: ReportsService,
    private readonly validation: ValidationService,
    private readonly files: EvidenceFilesService,
  ) {}

  cycle(registry: LoaderRegistry): DataLoader<string, ReportingCycleEntity | null> {
    return registry.get('reportingCycle.byId', async (ids: readonly string[]) =>
      byKeys(ids, await this.catalogue.cyclesByIds(ids), (row) => row.id),
    );
  }

  catalogueById(registry: LoaderRegistry): DataLoader<string, ReportingCatalogueEntity | null> {
    return registry.get('reportingCatalogue.byId', async (ids: readonly string[]) =>
      byKeys(ids, await this.catalogue.cataloguesByIds(ids), (row) => row.id),
    );
  }

  /** Every paragraph of a catalogue, in order. */
  items(registry: LoaderRegistry): DataLoader<string, CatalogueItemEntity[]> {
    return registry.get('reportingCatalogue.items', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.catalogue.itemsOf(ids), (row) => row.catalogueId),
    );
  }

  report(registry: LoaderRegistry): DataLoader<string, CountryReportEntity | null> {
    return registry.get('countryReport.byId', async (ids: readonly string[]) =>
      byKeys(ids, await this.reports.reportsByIds(ids), (row) => row.id),
    );
  }

  /** A country's report in a cycle, keyed `cycleId:countryId`. */
  reportOf(registry: LoaderRegistry): DataLoader<string, CountryReportEntity | null> {
    return registry.get('countryReport.byCycleAndCountry', async (keys: readonly string[]) => {
      const countries = [...new Set(keys.map((key) => key.split(':')[1]))];
      const rows = await this.reports.reportsOfCountries(countries);
      return byKeys(keys, rows, (row) => `${row.cycleId}:${row.countryId}`);
    });
  }

  assessments(registry: LoaderRegistry): DataLoader<string, ParagraphAssessmentEntity[]> {
    return registry.get('countryReport.assessments', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.reports.assessmentsOf(ids), (row) => row.reportId),
    );
  }

  validations(registry: LoaderRegistry): DataLoader<string, ValidationResponseEntity[]> {
    return registry.get('countryReport.validations', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.validation.validationsOf(ids), (row) => row.reportId),
    );
  }

  /** Published versions, oldest first. */
  versions(registry: LoaderRegistry): DataLoader<string, ReportVersionEntity[]> {
    return registry.get('countryReport.versions', async (ids: readonly string[]) =>
      groupByKeys(ids, await this.reports.versionsOf(ids), (row) => row.reportId),
    );
  }

  file(registry: LoaderRegistry): DataLoader<string, EvidenceFileEntity | null> {
    return registry.get('evidenceFile.byId', async (ids: readonly string[]) =>
      byKeys(ids, await this.files.filesByIds(ids), (row) => row.id),
    );
  }
}
