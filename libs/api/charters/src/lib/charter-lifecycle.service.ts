import { Injectable } from '@nestjs/common';
import { badUserInput, conflict, UnitOfWork } from '@canopy/api/core';
import type { Principal } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { ConsultationService } from '@canopy/api/consultation';
import {
  attendanceProblem,
  CharterEvent,
  CharterState,
  CHARTER_LIMITS,
  ConsultationWindowState,
  consultationWindowState,
  isOnOrBefore,
  VerificationLevel,
} from '@canopy/domain';
import type { SectorAttendance } from '@canopy/domain';
import { CharterEditionEntity } from './charter.entities';
import { CHARTER_SUBJECT, CharterSteps } from './charter-steps';
import { ChartersRepository } from './charters.repository';
import { ChartersService } from './charters.service';

export interface HearingWindow {
  opensAt?: Date | null;
  closesAt: Date;
  votingLevel?: VerificationLevel | null;
}

export interface ForumRecord {
  forumDate: string;
  forumPlace: string;
  attendance: readonly SectorAttendance[];
  byConsensus: boolean;
  note?: string | null;
  effectiveDate: string;
}

/**
 * An edition from drafting to its end: the public hearing (the shared consultation machinery, with the
 * clauses as its paragraphs), adoption at a community forum, entry into force, review and supersession.
 * Each action is one transaction under the charter's lock, audited.
 */
@Injectable()
export class CharterLifecycleService {
  constructor(
    private readonly repository: ChartersRepository,
    private readonly charters: ChartersService,
    private readonly consultations: ConsultationService,
    private readonly steps: CharterSteps,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  /** The committee is in place: writing begins. */
  async startDrafting(actor: Principal, editionId: string): Promise<CharterEditionEntity> {
    return this.uow.run(async (tx) => {
      const { edition } = await this.steps.lockedEdition(tx, editionId);
      const next = this.steps.transition(edition, CharterEvent.START_DRAFTING);
      return this.steps.moveTo(tx, actor.userId, edition, next);
    });
  }

  /** Residents vote and comment clause by clause on the text as it stands; the text is frozen from now on. */
  async openHearing(
    actor: Principal,
    editionId: string,
    window: HearingWindow,
  ): Promise<CharterEditionEntity> {
    return this.uow.run(async (tx) => {
      const { edition } = await this.steps.lockedEdition(tx, editionId);
      const next = this.steps.transition(edition, CharterEvent.OPEN_HEARING);
      const clauses = await this.repository.clauseCount(tx, edition.id);
      if (!clauses) {
        throw conflict('input.editionId', 'has no clauses to hear', { reason: 'EMPTY_TEXT' });
      }
      const consultation = await this.consultations.open(tx, {
        subjectType: CHARTER_SUBJECT,
        subjectId: edition.id,
        versionId: edition.id,
        assemblyId: null,
        votingLevel: window.votingLevel ?? VerificationLevel.EMAIL_VERIFIED,
        opensAt: window.opensAt ?? new Date(),
        closesAt: window.closesAt,
        actorId: actor.userId,
      });
      return this.steps.moveTo(
        tx,
        actor.userId,
        edition,
        next,
        {},
        {
          consultationId: consultation.id,
          clauses,
        },
      );
    });
  }

  /** Ends the hearing now (it also ends by itself when its window passes); votes in flight finish first. */
  async closeHearing(actor: Principal, editionId: string): Promise<CharterEditionEntity> {
    return this.uow.run(async (tx) => {
      const { edition } = await this.steps.lockedEdition(tx, editionId);
      const consultation = await this.consultations.ofSubjectIn(tx, CHARTER_SUBJECT, edition.id);
      if (
        edition.state !== CharterState.PUBLIC_HEARING ||
        !consultation ||
        consultationWindowState(consultation, new Date()) === ConsultationWindowState.CLOSED
      ) {
        throw conflict('input.editionId', 'has no hearing open', { reason: 'CONSULTATION_CLOSED' });
      }
      await this.consultations.close(tx, consultation.id, actor.userId);
      return edition;
    });
  }

  /** The community forum adopted the heard text: when, where, who came by sector, how it decided. */
  async recordAdoption(
    actor: Principal,
    editionId: string,
    forum: ForumRecord,
  ): Promise<CharterEditionEntity> {
    const place = forum.forumPlace.trim();
    if (!place) throw badUserInput('input.forumPlace', 'must not be empty');
    if (place.length > CHARTER_LIMITS.placeMaxLength) {
      throw badUserInput(
        'input.forumPlace',
        `must be at most ${CHARTER_LIMITS.placeMaxLength} characters long`,
      );
    }
    const attendance = attendanceProblem(forum.attendance);
    if (attendance) throw badUserInput('input.attendance', attendance);
    if (!isOnOrBefore(forum.forumDate, new Date())) {
      throw badUserInput('input.forumDate', 'must not be in the future');
    }
    if (forum.effectiveDate < forum.forumDate) {
      throw badUserInput('input.effectiveDate', 'must not be before the forum');
    }
    return this.uow.run(async (tx) => {
      const { edition } = await this.steps.lockedEdition(tx, editionId);
      const next = this.steps.transition(edition, CharterEvent.ADOPT);
      const hearing = await this.consultations.ofSubjectIn(tx, CHARTER_SUBJECT, edition.id);
      if (hearing && consultationWindowState(hearing, new Date()) !== ConsultationWindowState.CLOSED) {
        throw conflict('input.editionId', 'is still being heard; close the hearing first', {
          reason: 'HEARING_OPEN',
          details: { closesAt: hearing.closesAt.toISOString() },
        });
      }
      if (hearing && forum.forumDate < hearing.opensAt.toISOString().slice(0, 10)) {
        throw badUserInput('input.forumDate', 'must not be before the hearing opened');
      }
      return this.steps.moveTo(
        tx,
        actor.userId,
        edition,
        next,
        {
          forumDate: forum.forumDate,
          forumPlace: place,
          attendance: forum.attendance.map(({ sector, count }) => ({ sector, count })),
          byConsensus: forum.byConsensus,
          adoptionNote: forum.note?.trim() || null,
          effectiveDate: forum.effectiveDate,
        },
        { forumDate: forum.forumDate, effectiveDate: forum.effectiveDate },
      );
    });
  }

  /** From its effective date the adopted edition is in force; the edition it replaces is superseded. */
  async bringIntoForce(actor: Principal, editionId: string): Promise<CharterEditionEntity> {
    return this.uow.run(async (tx) => {
      const { edition } = await this.steps.lockedEdition(tx, editionId);
      const next = this.steps.transition(edition, CharterEvent.BRING_INTO_FORCE);
      if (!edition.effectiveDate || !isOnOrBefore(edition.effectiveDate, new Date())) {
        throw conflict('input.editionId', `takes effect on ${edition.effectiveDate}`, {
          reason: 'NOT_YET_EFFECTIVE',
          details: { effectiveDate: edition.effectiveDate },
        });
      }
      const previous = (await this.repository.editionsIn(tx, edition.charterId)).find(
        (other) => other.state === CharterState.UNDER_REVIEW,
      );
      if (previous) {
        const superseded = this.steps.transition(previous, CharterEvent.SUPERSEDE);
        await this.steps.moveTo(
          tx,
          actor.userId,
          previous,
          superseded,
          { supersededAt: new Date() },
          {
            supersededBy: edition.number,
          },
        );
      }
      return this.steps.moveTo(tx, actor.userId, edition, next, { inForceAt: new Date() });
    });
  }

  /**
   * The committee reviews the charter in force: it stays in force while the next edition is drafted,
   * starting as a copy of it (clauses keep their lineage, so comparisons and readings follow them).
   */
  async startReview(actor: Principal, charterId: string): Promise<CharterEditionEntity> {
    return this.uow.run(async (tx) => {
      const charter = await this.steps.lockedCharter(tx, charterId);
      const editions = await this.repository.editionsIn(tx, charterId);
      const current = editions.find((edition) => edition.state === CharterState.IN_FORCE);
      if (!current) {
        const latest = editions[editions.length - 1];
        throw conflict('input.charterId', 'has no edition in force to review', {
          reason: 'ILLEGAL_TRANSITION',
          details: { from: latest?.state ?? null, event: CharterEvent.START_REVIEW },
        });
      }
      const next = this.steps.transition(current, CharterEvent.START_REVIEW, 'input.charterId');
      await this.steps.moveTo(tx, actor.userId, current, next);
      const number = charter.latestEdition + 1;
      const edition = await this.repository.insertEdition(tx, {
        charterId,
        number,
        state: CharterState.DRAFTING,
        copiedFromId: current.id,
        textRevision: 1,
      });
      await this.charters.copyText(tx, current.id, edition.id, true);
      await this.repository.updateCharter(tx, charterId, { latestEdition: number });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'charter.new_edition',
        entityType: 'charter_edition',
        entityId: edition.id,
        toState: CharterState.DRAFTING,
        details: { charterId, number, copiedFrom: current.number },
      });
      return edition;
    });
  }
}
