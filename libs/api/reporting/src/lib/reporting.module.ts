import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry, StorageModule } from '@canopy/api/core';
import { AuditModule } from '@canopy/api/audit';
import { JurisdictionsModule } from '@canopy/api/jurisdictions';
import { OrganizationsModule } from '@canopy/api/organizations';
import { CountryReportsResolver } from './country-reports.resolver';
import { EvidenceFilesService } from './evidence-files.service';
import { OpenDataService } from './open-data.service';
import { ReportSnapshots } from './report-snapshots';
import { ReportLiveResolver } from './report-live.resolver';
import { ReportStateEvents, ReportSteps } from './report-steps';
import { ReportingCatalogueService } from './reporting-catalogue.service';
import { ReportingHttpController } from './reporting-http.controller';
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
import { ReportingLoaders } from './reporting.loaders';
import { ReportingRepository } from './reporting.repository';
import { ReportingCataloguesResolver, ReportingCyclesResolver } from './reporting.resolver';
import { ReportsService } from './reports.service';
import { EvidenceResolver, ValidationResolver } from './validation.resolver';
import { ValidationService } from './validation.service';

export const REPORTING_ENTITIES = [
  ReportingCatalogueEntity,
  CatalogueItemEntity,
  ReportingCycleEntity,
  CountryReportEntity,
  ParagraphAssessmentEntity,
  ValidationResponseEntity,
  ReportVersionEntity,
  EvidenceFileEntity,
];

/** WHA77.2 progress reports: catalogue, cycles, country reports, civil society's validation, open data. */
@Module({
  imports: [
    TypeOrmModule.forFeature(REPORTING_ENTITIES),
    AuditModule,
    JurisdictionsModule,
    OrganizationsModule,
    StorageModule,
  ],
  controllers: [ReportingHttpController],
  providers: [
    ReportingRepository,
    ReportSteps,
    ReportStateEvents,
    ReportSnapshots,
    ReportingCatalogueService,
    ReportsService,
    ValidationService,
    EvidenceFilesService,
    OpenDataService,
    ReportingLoaders,
    ReportingCyclesResolver,
    ReportingCataloguesResolver,
    CountryReportsResolver,
    ValidationResolver,
    EvidenceResolver,
    ReportLiveResolver,
  ],
  exports: [ReportingCatalogueService, ReportsService, ValidationService, ReportStateEvents],
})
export class ReportingModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly repository: ReportingRepository,
  ) {}

  onModuleInit(): void {
    // A report's country never changes, so the policy may remember it.
    this.registry.addResourceExpander('reportId', async (id) => {
      const report = await this.repository.reportById(id);
      return report ? { countryId: report.countryId } : {};
    });
    this.registry.addFactsContributor(async (userId, facts) => {
      const rows = await this.repository.validatorOrganizationsOf(userId);
      facts.validatorOrganizations = Object.fromEntries(
        rows.map((row) => [row.organizationId, row.countryId]),
      );
    });
  }
}
