import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badUserInput, conflict, FileStorage, notFound, UnitOfWork } from '@canopy/api/core';
import type { Principal } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { cleanFileName, evidenceFileProblem, isReportEditable, isValidationOpen } from '@canopy/domain';
import { CountryReportEntity, EvidenceFileEntity } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';
import { ReportSteps } from './report-steps';

export interface Upload {
  reportId: string;
  /** Set when a civil society organization uploads for its shadow assessment. */
  organizationId: string | null;
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * Evidence documents: type- and size-checked, their bytes kept through the storage port (a folder, or an
 * S3-compatible bucket) under a fresh key, their name, type, size and SHA-256 in the database.
 */
@Injectable()
export class EvidenceFilesService {
  constructor(
    private readonly repository: ReportingRepository,
    private readonly storage: FileStorage,
    private readonly steps: ReportSteps,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  filesByIds(ids: readonly string[]) {
    return this.repository.filesByIds(ids);
  }

  async upload(actor: Principal, upload: Upload): Promise<EvidenceFileEntity> {
    const problem = evidenceFileProblem(
      upload.fileName,
      upload.contentType,
      upload.body.length,
      upload.body.subarray(0, 512),
    );
    if (problem) throw badUserInput(problem.field, problem.message);
    // Checked before the bytes are stored, and again under the report's lock.
    this.assertOpen(await this.repository.reportById(upload.reportId), upload.organizationId);
    const id = randomUUID();
    const storageKey = `evidence/${id}`;
    const contentType = upload.contentType.split(';')[0].trim().toLowerCase();
    // The bytes go first: a row never names a file that is not there. A failed transaction leaves an
    // unreferenced object behind, which costs space but misleads no one.
    await this.storage.put(storageKey, upload.body, contentType);
    return this.uow.run(async (tx) => {
      const report = await this.steps.lockedReport(tx, upload.reportId, 'reportId');
      this.assertOpen(report, upload.organizationId);
      const file = await this.repository.insertFile(tx, {
        id,
        reportId: report.id,
        organizationId: upload.organizationId,
        storageKey,
        fileName: cleanFileName(upload.fileName),
        contentType,
        size: upload.body.length,
        sha256: createHash('sha256').update(upload.body).digest('hex'),
        uploadedBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'report.upload_evidence',
        entityType: 'evidence_file',
        entityId: file.id,
        details: {
          reportId: report.id,
          organizationId: upload.organizationId,
          size: file.size,
          sha256: file.sha256,
        },
      });
      return file;
    });
  }

  /** Officials upload while they may edit; civil society while validation is open. */
  private assertOpen(report: CountryReportEntity | null, organizationId: string | null): void {
    if (!report) throw notFound('reportId');
    const open = organizationId ? isValidationOpen(report.state) : isReportEditable(report.state);
    if (!open) {
      throw conflict('reportId', `takes no evidence while ${report.state.toLowerCase().replace(/_/g, ' ')}`, {
        reason: organizationId ? 'VALIDATION_NOT_OPEN' : 'REPORT_NOT_EDITABLE',
        details: { state: report.state },
      });
    }
  }

  /** The file and its bytes, or null. Its id is the capability to read it (see the README). */
  async read(id: string): Promise<{ file: EvidenceFileEntity; body: Buffer } | null> {
    const file = await this.repository.fileById(id);
    const body = file ? await this.storage.get(file.storageKey) : null;
    return file && body ? { file, body } : null;
  }
}
