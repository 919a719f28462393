import { Injectable } from '@nestjs/common';
import { badUserInput, badUserInputFields, conflict, notFound, UnitOfWork } from '@canopy/api/core';
import type { Principal, Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import {
  assessmentProblems,
  AssessmentStatus,
  CatalogueAddressee,
  changeNoteProblem,
  isReportEditable,
  mechanismProblems,
  memberStateItems,
  missingAssessments,
  normalizeReportText,
  ReportEvent,
  ReportState,
} from '@canopy/domain';
import type { Evidence, FieldProblem, IndicatorValue, Mechanism } from '@canopy/domain';
import { CatalogueItemEntity, CountryReportEntity, ParagraphAssessmentEntity } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';
import { ReportSnapshots } from './report-snapshots';
import { ReportStateChange, ReportStateEvents, ReportSteps, words } from './report-steps';

export interface AssessmentInput {
  reportId: string;
  itemId: string;
  status: AssessmentStatus;
  narrative: string;
  evidence: readonly Evidence[];
  indicatorValues: readonly IndicatorValue[];
  /** The revision the edit started from (0: none saved yet); when given and stale, the save is refused. */
  expectedRevision?: number | null;
}

export interface ReportActionOptions {
  changeNote?: string | null;
  reason?: string | null;
}

/**
 * A country's progress report in its officials' hands: started once per cycle, written paragraph by
 * paragraph (saved as they go), reviewed, opened to civil society's validation, submitted and published
 * as an immutable version; a correction drafts the next version.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: ReportingRepository,
    private readonly steps: ReportSteps,
    private readonly snapshots: ReportSnapshots,
    private readonly events: ReportStateEvents,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  reportById(id: string) {
    return this.repository.reportById(id);
  }

  reportsByIds(ids: readonly string[]) {
    return this.repository.reportsByIds(ids);
  }

  reportsOfCountries(countryIds: readonly string[]) {
    return this.repository.reportsOfCountries(countryIds);
  }

  assessmentsOf(reportIds: readonly string[]) {
    return this.repository.assessmentsOf(reportIds);
  }

  versionsOf(reportIds: readonly string[]) {
    return this.repository.versionsOf(reportIds);
  }

  reportsPage(cycleId: string, publishedOnly: boolean, after: [string, string] | null, limit: number) {
    return this.repository.reportsPage(cycleId, publishedOnly, after, limit);
  }

  countryNamesOf(countryIds: readonly string[]) {
    return this.repository.countryNames(countryIds);
  }

  reportsCount(cycleId: string, publishedOnly: boolean) {
    return this.repository.reportsCount(cycleId, publishedOnly);
  }

  /** An official of the country starts its report for the cycle; there is one per country and cycle. */
  async start(actor: Principal, cycleId: string, countryId: string): Promise<CountryReportEntity> {
    const report = await this.uow.run(async (tx) => {
      const cycle = await this.repository.cycleById(cycleId, tx);
      if (!cycle) throw notFound('input.cycleId');
      const [country] = await this.repository.countryFacts([countryId], tx);
      if (!country) throw notFound('input.countryId', 'is not a country');
      if (await this.repository.reportIn(cycleId, countryId, tx)) {
        throw conflict('input.countryId', `already has a report for ${cycle.year}`, {
          reason: 'REPORT_EXISTS',
          details: { year: cycle.year },
        });
      }
      const created = await this.repository.insertReport(tx, {
        cycleId,
        countryId,
        state: ReportState.DRAFT,
        createdBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'report.start',
        entityType: 'country_report',
        entityId: created.id,
        toState: ReportState.DRAFT,
        details: { cycleId, countryId, year: cycle.year },
      });
      return created;
    });
    this.events.reportStateChanged({
      reportId: report.id,
      cycleId,
      countryId,
      from: null,
      to: report.state,
      publishedVersion: 0,
      actorId: actor.userId,
      at: new Date(),
    });
    return report;
  }

  /** Saves one paragraph's assessment whole (save as you go): the evidence rule and every field checked. */
  async saveAssessment(actor: Principal, input: AssessmentInput): Promise<ParagraphAssessmentEntity> {
    const narrative = normalizeReportText(input.narrative);
    const evidence = input.evidence.map(cleanEvidence);
    const indicatorValues = input.indicatorValues.map((value) => ({
      indicator: value.indicator,
      year: value.year,
      value: value.value,
      breakdown: Object.fromEntries(
        Object.entries(value.breakdown).map(([key, group]) => [key, group.trim()]),
      ),
    }));
    return this.uow.run(async (tx) => {
      const report = await this.editableReport(tx, input.reportId);
      const item = await this.memberStateItem(tx, report, input.itemId);
      const problems = assessmentProblems(
        { status: input.status, narrative, evidence, indicatorValues },
        item.indicators,
        today(),
      );
      problems.push(...(await this.referenceProblems(tx, report.id, null, evidence)));
      if (problems.length) throw badUserInputFields(prefixed(problems));
      const current = (await this.repository.assessmentsOf([report.id], tx)).find(
        (row) => row.itemId === item.id,
      );
      const revision = current?.revision ?? 0;
      if (
        input.expectedRevision !== null &&
        input.expectedRevision !== undefined &&
        input.expectedRevision !== revision
      ) {
        throw conflict('input.expectedRevision', 'is stale: this paragraph was saved meanwhile', {
          reason: 'STALE_ASSESSMENT',
          details: { revision, expectedRevision: input.expectedRevision },
        });
      }
      const saved = await this.repository.saveAssessment(tx, {
        reportId: report.id,
        itemId: item.id,
        status: input.status,
        narrative,
        evidence,
        indicatorValues,
        revision: revision + 1,
        updatedBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'report.save_assessment',
        entityType: 'country_report',
        entityId: report.id,
        details: {
          itemCode: item.code,
          status: input.status,
          evidence: evidence.length,
          revision: revision + 1,
        },
      });
      return saved;
    });
  }

  /** The participatory mechanisms the country runs, as the report lists them (saved whole). */
  async saveMechanisms(
    actor: Principal,
    reportId: string,
    mechanisms: readonly Mechanism[],
  ): Promise<CountryReportEntity> {
    const cleaned = mechanisms.map((mechanism) => ({
      name: mechanism.name.trim(),
      type: mechanism.type,
      level: mechanism.level,
      legalBasis: mechanism.legalBasis.trim(),
      frequency: mechanism.frequency,
      budget: mechanism.budget ?? null,
      currency: mechanism.currency?.trim() || null,
      participants: normalizeReportText(mechanism.participants),
      assemblyId: mechanism.assemblyId ?? null,
    }));
    const problems = mechanismProblems(cleaned);
    if (problems.length) throw badUserInputFields(prefixed(problems));
    return this.uow.run(async (tx) => {
      const report = await this.editableReport(tx, reportId);
      const linked = cleaned.map((mechanism) => mechanism.assemblyId).filter((id): id is string => !!id);
      const known = new Set(await this.repository.existingAssemblies(tx, linked));
      const unknown = cleaned.findIndex(
        (mechanism) => mechanism.assemblyId && !known.has(mechanism.assemblyId),
      );
      if (unknown >= 0) throw notFound(`input.mechanisms.${unknown}.assemblyId`);
      const saved = await this.repository.updateReport(tx, report.id, { mechanisms: cleaned });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'report.save_mechanisms',
        entityType: 'country_report',
        entityId: report.id,
        details: { mechanisms: cleaned.length },
      });
      return saved;
    });
  }

  /**
   * Moves the report on (or back): validation opens only on a report with every paragraph assessed;
   * publishing freezes the working copy and civil society's answers as the next version, with a change
   * note from the second on. Listeners hear of the change once it is committed.
   */
  async act(
    actor: Principal,
    reportId: string,
    event: ReportEvent,
    options: ReportActionOptions = {},
  ): Promise<CountryReportEntity> {
    const { report, change } = await this.uow.run(async (tx) => {
      const current = await this.steps.lockedReport(tx, reportId);
      const next = this.steps.transition(current, event);
      if (event === ReportEvent.OPEN_VALIDATION) await this.assertComplete(tx, current);
      if (event === ReportEvent.PUBLISH) {
        const number = current.publishedVersion + 1;
        const problem = changeNoteProblem(number, options.changeNote);
        if (problem) throw badUserInput('input.changeNote', problem);
        const note = options.changeNote?.trim() || null;
        const content = await this.snapshots.build(tx, current, number, note);
        await this.repository.insertVersion(tx, {
          reportId: current.id,
          number,
          content,
          changeNote: note,
          publishedBy: actor.userId,
        });
        return this.steps.moveTo(
          tx,
          actor.userId,
          current,
          next,
          { publishedVersion: number },
          { version: number },
        );
      }
      const reason = options.reason?.trim() || null;
      return this.steps.moveTo(tx, actor.userId, current, next, {}, reason ? { reason } : {});
    });
    this.events.reportStateChanged(change satisfies ReportStateChange);
    return report;
  }

  private async assertComplete(tx: Transaction, report: CountryReportEntity): Promise<void> {
    const cycle = await this.repository.cycleById(report.cycleId, tx);
    const items = memberStateItems(await this.repository.itemsOf([cycle?.catalogueId ?? ''], tx));
    const assessed = await this.repository.assessmentsOf([report.id], tx);
    const codes = new Map(items.map((item) => [item.id, item.code]));
    const missing = missingAssessments(
      items.map((item) => item.code),
      assessed.map((assessment) => codes.get(assessment.itemId) ?? ''),
    );
    if (missing.length) {
      throw conflict('input.reportId', `has paragraphs without an assessment: ${missing.join(', ')}`, {
        reason: 'INCOMPLETE_REPORT',
        details: { missing },
      });
    }
  }

  private async editableReport(tx: Transaction, reportId: string): Promise<CountryReportEntity> {
    const report = await this.steps.lockedReport(tx, reportId);
    if (!isReportEditable(report.state)) {
      throw conflict('input.reportId', `cannot be changed while ${words(report.state)}`, {
        reason: 'REPORT_NOT_EDITABLE',
        details: { state: report.state },
      });
    }
    return report;
  }

  /** A paragraph of the report's catalogue that member states answer. */
  async memberStateItem(
    tx: Transaction,
    report: CountryReportEntity,
    itemId: string,
  ): Promise<CatalogueItemEntity> {
    const cycle = await this.repository.cycleById(report.cycleId, tx);
    const item = (await this.repository.itemsOf([cycle?.catalogueId ?? ''], tx)).find(
      (candidate) => candidate.id === itemId,
    );
    if (!item || item.addressee !== CatalogueAddressee.MEMBER_STATES) {
      throw notFound('input.itemId', "is not a member states' paragraph of this report's catalogue");
    }
    return item;
  }

  /** Files must have been uploaded for this report (and, for a shadow, by that organization); assemblies must exist. */
  async referenceProblems(
    tx: Transaction,
    reportId: string,
    organizationId: string | null,
    evidence: readonly Evidence[],
  ): Promise<FieldProblem[]> {
    const fileIds = evidence.map((piece) => piece.fileId).filter((id): id is string => !!id);
    const files = new Map((await this.repository.filesByIds(fileIds, tx)).map((file) => [file.id, file]));
    const assemblies = new Set(
      await this.repository.existingAssemblies(
        tx,
        evidence.map((piece) => piece.assemblyId).filter((id): id is string => !!id),
      ),
    );
    return evidence.flatMap((piece, index): FieldProblem[] => {
      const file = piece.fileId ? files.get(piece.fileId) : undefined;
      if (piece.fileId && (!file || file.reportId !== reportId || file.organizationId !== organizationId)) {
        return [{ field: `evidence.${index}.fileId`, message: 'must be a file uploaded for this report' }];
      }
      if (piece.assemblyId && !assemblies.has(piece.assemblyId)) {
        return [{ field: `evidence.${index}.assemblyId`, message: 'does not exist' }];
      }
      return [];
    });
  }
}

export function cleanEvidence(evidence: Evidence): Evidence {
  return {
    kind: evidence.kind,
    description: evidence.description.trim(),
    date: evidence.date,
    url: evidence.url?.trim() || null,
    fileId: evidence.fileId ?? null,
    assemblyId: evidence.assemblyId ?? null,
  };
}

export function prefixed(problems: FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => ({ ...problem, field: `input.${problem.field}` }));
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
