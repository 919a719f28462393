import { Injectable } from '@nestjs/common';
import { conflict, notFound, Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { CharterEvent, CharterState, charterTransition } from '@canopy/domain';
import { CharterEditionEntity, CharterEntity } from './charter.entities';
import { ChartersRepository } from './charters.repository';

export const CHARTER_SUBJECT = 'CHARTER';

/**
 * The moves every charter action makes inside its transaction: lock the charter (its editions change
 * together), ask the state machine, change the edition's state, append to the audit trail.
 */
@Injectable()
export class CharterSteps {
  constructor(
    private readonly repository: ChartersRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The edition and its charter, the charter locked so concurrent actions on its editions queue up. */
  async lockedEdition(
    tx: Transaction,
    editionId: string,
    field = 'input.editionId',
  ): Promise<{ charter: CharterEntity; edition: CharterEditionEntity }> {
    const found = await this.repository.editionById(editionId, tx);
    if (!found) throw notFound(field);
    const charter = await this.lockedCharter(tx, found.charterId, field);
    // Read again under the lock: the state may have moved while we waited.
    const edition = await this.repository.editionById(editionId, tx);
    if (!edition) throw notFound(field);
    return { charter, edition };
  }

  async lockedCharter(tx: Transaction, charterId: string, field = 'input.charterId'): Promise<CharterEntity> {
    const charter = await this.repository.lockCharter(tx, charterId);
    if (!charter) throw notFound(field);
    return charter;
  }

  transition(edition: CharterEditionEntity, event: CharterEvent, field = 'input.editionId'): CharterState {
    const next = charterTransition(edition.state, event);
    if (!next) {
      throw conflict(field, `cannot ${words(event)} while ${words(edition.state)}`, {
        reason: 'ILLEGAL_TRANSITION',
        details: { from: edition.state, event },
      });
    }
    return next;
  }

  async moveTo(
    tx: Transaction,
    actorId: string | null,
    edition: CharterEditionEntity,
    next: CharterState,
    changes: Partial<CharterEditionEntity> = {},
    details: Record<string, unknown> = {},
  ): Promise<CharterEditionEntity> {
    const moved = await this.repository.updateEdition(tx, edition.id, { ...changes, state: next });
    await this.audit.record(tx, {
      actorId,
      action: `charter.${next.toLowerCase()}`,
      entityType: 'charter_edition',
      entityId: edition.id,
      fromState: edition.state,
      toState: next,
      details: { charterId: edition.charterId, number: edition.number, ...details },
    });
    return moved;
  }
}

function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}
