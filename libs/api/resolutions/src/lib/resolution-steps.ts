import { Injectable } from '@nestjs/common';
import { conflict, notFound, Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { ResolutionEvent, ResolutionState, resolutionTransition } from '@canopy/domain';
import { ResolutionEntity } from './resolution.entities';
import { ResolutionsRepository } from './resolutions.repository';

export const RESOLUTION_SUBJECT = 'RESOLUTION';

export enum NotificationKind {
  NEW_VERSION = 'NEW_VERSION',
  CONSULTATION_OPENED = 'CONSULTATION_OPENED',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
  ADOPTED = 'ADOPTED',
  DEFERRED = 'DEFERRED',
  PROGRESS = 'PROGRESS',
}

/**
 * The moves every resolution action makes inside its transaction: lock the resolution, ask the state
 * machine, change state, tell the followers, append to the audit trail.
 */
@Injectable()
export class ResolutionSteps {
  constructor(
    private readonly repository: ResolutionsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async locked(tx: Transaction, id: string): Promise<ResolutionEntity> {
    const resolution = await this.repository.lockResolution(tx, id);
    if (!resolution) throw notFound('input.resolutionId');
    return resolution;
  }

  transition(resolution: ResolutionEntity, event: ResolutionEvent): ResolutionState {
    const next = resolutionTransition(resolution.state, event);
    if (!next) {
      throw conflict(
        'input.resolutionId',
        `cannot ${event.toLowerCase().replace(/_/g, ' ')} while ${resolution.state.toLowerCase().replace(/_/g, ' ')}`,
        {
          reason: 'ILLEGAL_TRANSITION',
          details: { from: resolution.state, event },
        },
      );
    }
    return next;
  }

  async moveTo(
    tx: Transaction,
    actorId: string | null,
    resolution: ResolutionEntity,
    next: ResolutionState,
    notification: NotificationKind | null,
    details?: Record<string, unknown>,
    reason?: string,
  ): Promise<ResolutionEntity> {
    const moved = await this.repository.updateResolution(tx, resolution.id, { state: next });
    if (notification) await this.notify(tx, moved, notification);
    await this.audit.record(tx, {
      actorId,
      action: `resolution.${next.toLowerCase()}`,
      entityType: 'resolution',
      entityId: resolution.id,
      fromState: resolution.state,
      toState: next,
      reason: reason ?? null,
      details: details ?? {},
    });
    return moved;
  }

  notify(tx: Transaction, resolution: ResolutionEntity, kind: NotificationKind) {
    return this.repository.notifyFollowers(tx, {
      kind,
      subjectType: RESOLUTION_SUBJECT,
      subjectId: resolution.id,
      title: `${resolution.code} ${resolution.title}`.slice(0, 400),
    });
  }
}
