import { Injectable } from '@nestjs/common';
import { badUserInputFields, conflict, notFound, UnitOfWork } from '@canopy/api/core';
import type { Principal } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import {
  assessmentProblems,
  AssessmentStatus,
  isValidationOpen,
  normalizeReportText,
  OrganizationSector,
} from '@canopy/domain';
import type { Evidence } from '@canopy/domain';
import { ValidationKind, ValidationResponseEntity } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';
import { ReportSteps, words } from './report-steps';
import { cleanEvidence, prefixed, ReportsService, today } from './reports.service';

export interface ValidationInput {
  reportId: string;
  itemId: string;
  organizationId: string;
  kind: ValidationKind;
  /** A shadow assessment's own findings. */
  status?: AssessmentStatus | null;
  narrative?: string | null;
  evidence?: readonly Evidence[] | null;
}

const VALIDATOR_SECTORS = [OrganizationSector.CIVIL_SOCIETY, OrganizationSector.ACADEMIC_PROFESSIONAL];

/**
 * Civil society's part while a report is open for validation: an organization of the country signs a
 * paragraph off, or files its own assessment of it (status, narrative, evidence) to be published beside
 * the government's. Its latest answer per paragraph counts until the report is submitted.
 */
@Injectable()
export class ValidationService {
  constructor(
    private readonly repository: ReportingRepository,
    private readonly reports: ReportsService,
    private readonly steps: ReportSteps,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  validationsOf(reportIds: readonly string[]) {
    return this.repository.validationsOf(reportIds);
  }

  async respond(actor: Principal, input: ValidationInput): Promise<ValidationResponseEntity> {
    const shadow = input.kind === ValidationKind.SHADOW;
    // A sign-off's narrative is the organization's comment on it.
    const narrative = normalizeReportText(input.narrative ?? '');
    const evidence = shadow ? (input.evidence ?? []).map(cleanEvidence) : [];
    return this.uow.run(async (tx) => {
      const report = await this.steps.lockedReport(tx, input.reportId);
      if (!isValidationOpen(report.state)) {
        throw conflict('input.reportId', `is not open for validation while ${words(report.state)}`, {
          reason: 'VALIDATION_NOT_OPEN',
          details: { state: report.state },
        });
      }
      const [organization] = await this.repository.organizationFacts(tx, [input.organizationId]);
      if (!organization) throw notFound('input.organizationId');
      if (
        !organization.verified ||
        !VALIDATOR_SECTORS.includes(organization.sector) ||
        organization.countryId !== report.countryId
      ) {
        throw conflict(
          'input.organizationId',
          "must be a verified civil society organization of the report's country",
          {
            reason: 'NOT_A_VALIDATOR',
          },
        );
      }
      const item = await this.reports.memberStateItem(tx, report, input.itemId);
      if (shadow) {
        const problems = input.status
          ? assessmentProblems({ status: input.status, narrative, evidence }, [], today())
          : [{ field: 'status', message: 'must be given for a shadow assessment' }];
        problems.push(...(await this.reports.referenceProblems(tx, report.id, organization.id, evidence)));
        if (problems.length) throw badUserInputFields(prefixed(problems));
      }
      const saved = await this.repository.saveValidation(tx, {
        reportId: report.id,
        round: report.publishedVersion + 1,
        itemId: item.id,
        organizationId: organization.id,
        kind: input.kind,
        status: shadow ? (input.status ?? null) : null,
        narrative,
        evidence,
        filedBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: shadow ? 'report.file_shadow' : 'report.sign_off',
        entityType: 'country_report',
        entityId: report.id,
        details: { itemCode: item.code, organizationId: organization.id, status: saved.status },
      });
      return saved;
    });
  }
}
