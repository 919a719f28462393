import { Injectable } from '@nestjs/common';
import { badUserInput, conflict, notFound, UnitOfWork } from '@canopy/api/core';
import type { Principal, Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { CharterState, CHARTER_LIMITS, isCharterSignable, isOnOrBefore } from '@canopy/domain';
import { CharterEditionEntity, CharterEntity, IndicatorReadingEntity } from './charter.entities';
import { ChartersRepository, SignatureCount } from './charters.repository';

export interface NewReading {
  clauseId: string;
  periodEnd: string;
  value: number;
  note?: string | null;
  organizationId?: string | null;
}

/**
 * What the community does with a charter once adopted: residents and organizations sign it (one
 * standing signature each, withdrawable, counted exactly), and responsible actors publish readings
 * of its indicators.
 */
@Injectable()
export class CharterParticipationService {
  constructor(
    private readonly repository: ChartersRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  signatureCounts(editionIds: readonly string[]) {
    return this.repository.signatureCounts(editionIds);
  }

  signaturesOf(userId: string, editionIds: readonly string[]) {
    return this.repository.signaturesOf(userId, editionIds);
  }

  signingOrganizationsOf(editionIds: readonly string[]) {
    return this.repository.signingOrganizationsOf(editionIds);
  }

  readingsOf(lineageIds: readonly string[]) {
    return this.repository.readingsOf(lineageIds);
  }

  /**
   * A resident signs in person; an organization of the place (or around it) signs through one of its
   * admins. The partial unique indexes keep one standing signature each, however many requests race.
   */
  async sign(actor: Principal, editionId: string, organizationId: string | null): Promise<SignatureCount> {
    return this.uow.run(async (tx) => {
      const { charter } = await this.signable(tx, editionId);
      await this.assertMaySign(tx, actor, charter, organizationId);
      const signature = await this.repository.insertSignature(tx, editionId, actor.userId, organizationId);
      if (!signature) {
        throw conflict(organizationId ? 'input.organizationId' : 'input.editionId', 'has signed already', {
          reason: 'ALREADY_SIGNED',
        });
      }
      return this.countIn(tx, editionId);
    });
  }

  async withdraw(
    actor: Principal,
    editionId: string,
    organizationId: string | null,
  ): Promise<SignatureCount> {
    return this.uow.run(async (tx) => {
      await this.signable(tx, editionId);
      if (!(await this.repository.withdrawSignature(tx, editionId, actor.userId, organizationId))) {
        throw conflict(organizationId ? 'input.organizationId' : 'input.editionId', 'has not signed', {
          reason: 'NOT_SIGNED',
        });
      }
      return this.countIn(tx, editionId);
    });
  }

  private async signable(
    tx: Transaction,
    editionId: string,
  ): Promise<{ charter: CharterEntity; edition: CharterEditionEntity }> {
    const edition = await this.repository.editionById(editionId, tx);
    if (!edition) throw notFound('input.editionId');
    if (!isCharterSignable(edition.state)) {
      throw conflict('input.editionId', 'is not adopted, or no longer in force', {
        reason: 'NOT_SIGNABLE',
        details: { state: edition.state },
      });
    }
    const charter = await this.repository.charterById(edition.charterId, tx);
    if (!charter) throw notFound('input.editionId');
    return { charter, edition };
  }

  private async assertMaySign(
    tx: Transaction,
    actor: Principal,
    charter: CharterEntity,
    organizationId: string | null,
  ): Promise<void> {
    if (!organizationId) {
      const residence = await this.repository.residenceOf(tx, actor.userId);
      if (!residence || !(await this.repository.isWithin(tx, residence, charter.jurisdictionId))) {
        throw conflict('input.editionId', 'is signed by residents of the place it belongs to', {
          reason: 'NOT_A_RESIDENT',
        });
      }
      return;
    }
    const [organization] = await this.repository.organizationFacts(tx, [organizationId]);
    if (!organization) throw notFound('input.organizationId');
    const local =
      (await this.repository.isWithin(tx, charter.jurisdictionId, organization.jurisdictionId)) ||
      (await this.repository.isWithin(tx, organization.jurisdictionId, charter.jurisdictionId));
    if (!local) throw conflict('input.organizationId', 'works outside this place', { reason: 'NOT_LOCAL' });
  }

  private async countIn(tx: Transaction, editionId: string): Promise<SignatureCount> {
    const [count] = await this.repository.signatureCounts([editionId], tx);
    return count ?? { editionId, people: 0, organizations: 0 };
  }

  /**
   * A reading of a clause's indicator for a period, by the committee or by an organization the clause
   * names as responsible. Readings are appended: a later reading of the same period corrects it.
   */
  async recordReading(actor: Principal, input: NewReading): Promise<IndicatorReadingEntity> {
    if (!isOnOrBefore(input.periodEnd, new Date())) {
      throw badUserInput('input.periodEnd', 'must not be in the future');
    }
    const note = input.note?.trim() || null;
    if (note && note.length > CHARTER_LIMITS.noteMaxLength) {
      throw badUserInput('input.note', `must be at most ${CHARTER_LIMITS.noteMaxLength} characters long`);
    }
    return this.uow.run(async (tx) => {
      const clause = await this.repository.clauseById(input.clauseId, tx);
      if (!clause) throw notFound('input.clauseId');
      const edition = await this.repository.editionById(clause.editionId, tx);
      if (!edition || ![CharterState.IN_FORCE, CharterState.UNDER_REVIEW].includes(edition.state)) {
        throw conflict('input.clauseId', 'belongs to an edition that is not in force', {
          reason: 'NOT_IN_FORCE',
          details: { state: edition?.state ?? null },
        });
      }
      if (!clause.indicatorName) {
        throw conflict('input.clauseId', 'has no indicator to report on', { reason: 'NO_INDICATOR' });
      }
      if (
        input.organizationId &&
        !clause.responsible.some((actor) => actor.organizationId === input.organizationId)
      ) {
        throw conflict('input.organizationId', 'is not responsible for this clause', {
          reason: 'NOT_RESPONSIBLE',
        });
      }
      const reading = await this.repository.insertReading(tx, {
        charterId: edition.charterId,
        lineageId: clause.lineageId,
        clauseId: clause.id,
        periodEnd: input.periodEnd,
        value: input.value,
        note,
        organizationId: input.organizationId ?? null,
        recordedBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'charter.record_reading',
        entityType: 'charter_clause',
        entityId: clause.id,
        details: {
          charterId: edition.charterId,
          readingId: reading.id,
          periodEnd: input.periodEnd,
          value: input.value,
          organizationId: input.organizationId ?? null,
        },
      });
      return reading;
    });
  }
}
