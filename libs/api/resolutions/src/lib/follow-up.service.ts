import { Injectable } from '@nestjs/common';
import { conflict, notFound, Principal, UnitOfWork } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import {
  CommitmentStatus,
  OrganizationSector,
  RESOLUTION_LIMITS,
  ResolutionEvent,
  ResolutionState,
} from '@canopy/domain';
import { CommitmentEntity, ProgressUpdateEntity, ResolutionEntity } from './resolution.entities';
import { NotificationKind, ResolutionSteps } from './resolution-steps';
import { ResolutionsRepository } from './resolutions.repository';

export interface NewCommitment {
  actor: string;
  action: string;
  dueOn?: string | null;
}

export interface ProgressReport {
  status: CommitmentStatus;
  narrative: string;
  evidenceLinks?: string[] | null;
}

/**
 * What follows adoption: transmission to a government body with a policy champion, commitments,
 * the champion's append-only progress updates, and the close of the record.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly repository: ResolutionsRepository,
    private readonly steps: ResolutionSteps,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  commitmentsOf(resolutionIds: readonly string[]) {
    return this.repository.commitmentsOf(resolutionIds);
  }

  commitmentById(id: string) {
    return this.repository.commitmentById(id);
  }

  progressOf(commitmentIds: readonly string[]) {
    return this.repository.progressOf(commitmentIds);
  }

  /** Sends the adopted resolution to the government body that acts on it, naming its policy champion. */
  async transmit(
    actor: Principal,
    resolutionId: string,
    governmentBody: string,
    championOrganizationId: string,
  ): Promise<ResolutionEntity> {
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      const next = this.steps.transition(resolution, ResolutionEvent.TRANSMIT);
      const [champion] = await this.repository.organizationFacts(tx, [championOrganizationId]);
      if (!champion) throw notFound('input.championOrganizationId');
      if (champion.sector !== OrganizationSector.GOVERNMENT || !champion.verified) {
        throw conflict('input.championOrganizationId', 'must be a verified government organization', {
          reason: 'CHAMPION_NOT_GOVERNMENT',
        });
      }
      await this.repository.updateResolution(tx, resolutionId, {
        transmittedTo: governmentBody.trim(),
        transmittedAt: new Date(),
        championOrganizationId,
      });
      return this.steps.moveTo(tx, actor.userId, resolution, next, null, {
        transmittedTo: governmentBody.trim(),
        championOrganizationId,
      });
    });
  }

  /** A commitment added after adoption (the sitting's record, typed in later). */
  async addCommitment(
    actor: Principal,
    resolutionId: string,
    commitment: NewCommitment,
  ): Promise<CommitmentEntity> {
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      if (
        ![ResolutionState.ADOPTED, ResolutionState.TRANSMITTED, ResolutionState.IMPLEMENTING].includes(
          resolution.state,
        )
      ) {
        throw conflict('input.resolutionId', 'takes commitments once adopted', {
          reason: 'NOT_ADOPTED',
          details: { state: resolution.state },
        });
      }
      const position = await this.repository.nextCommitmentPosition(tx, resolutionId);
      if (position > RESOLUTION_LIMITS.commitments) {
        throw conflict('input.resolutionId', `has ${RESOLUTION_LIMITS.commitments} commitments already`, {
          reason: 'TOO_MANY_COMMITMENTS',
        });
      }
      const [created] = await this.repository.insertCommitments(tx, [
        {
          resolutionId,
          position,
          actor: commitment.actor.trim(),
          action: commitment.action.trim(),
          dueOn: commitment.dueOn ?? null,
        },
      ]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'commitment.add',
        entityType: 'commitment',
        entityId: created.id,
        details: { resolutionId, position },
      });
      return created;
    });
  }

  /**
   * The champion publishes where a commitment stands; appended, never changed. The first update of a
   * transmitted resolution starts its implementation.
   */
  async publishProgress(
    actor: Principal,
    commitmentId: string,
    report: ProgressReport,
  ): Promise<ProgressUpdateEntity> {
    return this.uow.run(async (tx) => {
      const commitment = await this.repository.lockCommitment(tx, commitmentId);
      if (!commitment) throw notFound('input.commitmentId');
      const resolution = await this.steps.locked(tx, commitment.resolutionId);
      if (![ResolutionState.TRANSMITTED, ResolutionState.IMPLEMENTING].includes(resolution.state)) {
        throw conflict('input.commitmentId', 'belongs to a resolution not yet transmitted', {
          reason: 'NOT_TRANSMITTED',
          details: { state: resolution.state },
        });
      }
      if (!resolution.championOrganizationId) throw notFound('input.commitmentId');
      const update = await this.repository.insertProgress(tx, {
        commitmentId,
        status: report.status,
        narrative: report.narrative.trim(),
        evidenceLinks: report.evidenceLinks ?? [],
        organizationId: resolution.championOrganizationId,
        authorId: actor.userId,
      });
      await this.repository.setCommitmentStatus(tx, commitmentId, report.status);
      if (resolution.state === ResolutionState.TRANSMITTED) {
        await this.steps.moveTo(tx, actor.userId, resolution, ResolutionState.IMPLEMENTING, null);
      }
      await this.steps.notify(tx, resolution, NotificationKind.PROGRESS);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'commitment.report_progress',
        entityType: 'commitment',
        entityId: commitmentId,
        fromState: commitment.status,
        toState: report.status,
        details: { progressUpdateId: update.id, resolutionId: resolution.id },
      });
      return update;
    });
  }

  /** Implementation is over: the follow-up record is closed. */
  async close(actor: Principal, resolutionId: string): Promise<ResolutionEntity> {
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      const next = this.steps.transition(resolution, ResolutionEvent.CLOSE);
      return this.steps.moveTo(tx, actor.userId, resolution, next, null);
    });
  }
}
