import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  badUserInputFields,
  conflict,
  Connection,
  ConnectionArgs,
  keysetConnection,
  notFound,
  Principal,
  UnitOfWork,
} from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { ConsultationService } from '@canopy/api/consultation';
import {
  acceptsNewVersion,
  defaultResolutionPrefix,
  normalizeParagraphs,
  ResolutionEvent,
  ResolutionState,
  resolutionCode,
} from '@canopy/domain';
import { ResolutionEntity } from './resolution.entities';
import type { NewCommitment } from './follow-up.service';
import { NotificationKind, RESOLUTION_SUBJECT, ResolutionSteps } from './resolution-steps';
import { ResolutionFilter, ResolutionsRepository } from './resolutions.repository';

export interface ResolutionText {
  title: string;
  paragraphs: string[];
}

/**
 * A resolution up to the sitting's decision: drafted from an agenda item, revised in immutable
 * versions, consulted on, tabled, adopted or deferred. Each action is one transaction of `ResolutionSteps`;
 * what follows adoption is `FollowUpService`.
 */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly repository: ResolutionsRepository,
    private readonly consultations: ConsultationService,
    private readonly steps: ResolutionSteps,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  findById(id: string) {
    return this.repository.resolutionById(id);
  }

  findByIds(ids: readonly string[]) {
    return this.repository.resolutionsByIds(ids);
  }

  ofAgendaItems(itemIds: readonly string[]) {
    return this.repository.resolutionsOfItems(itemIds);
  }

  versionsOf(ids: readonly string[]) {
    return this.repository.versionsOf(ids);
  }

  versionsByIds(ids: readonly string[]) {
    return this.repository.versionsByIds(ids);
  }

  reservationsOf(ids: readonly string[]) {
    return this.repository.reservationsOf(ids);
  }

  /** An edition's resolutions by number, or a champion's, newest first. */
  list(filter: ResolutionFilter, args: ConnectionArgs): Promise<Connection<ResolutionEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.resolutionPage(filter, after ? Number(after[0]) : null, limit, 'number'),
        count: () => this.repository.resolutionCount(filter),
      },
      { arity: 1, of: (row) => [row.number] },
    );
  }

  async draft(actor: Principal, agendaItemId: string, text: ResolutionText): Promise<ResolutionEntity> {
    const paragraphs = this.checkedParagraphs(text.paragraphs);
    return this.uow.run(async (tx) => {
      const item = await this.repository.itemContext(tx, agendaItemId);
      if (!item) throw notFound('input.agendaItemId');
      if (await this.repository.resolutionOfItem(tx, agendaItemId)) {
        throw conflict('input.agendaItemId', 'already has a resolution', { reason: 'ALREADY_DRAFTED' });
      }
      const prefix = item.prefix ?? defaultResolutionPrefix(item.assemblyName);
      const resolution = await this.repository.insertResolution(tx, {
        editionId: item.editionId,
        agendaItemId,
        number: item.itemNumber,
        code: resolutionCode(prefix, item.editionNumber, item.itemNumber),
        title: text.title.trim(),
        state: ResolutionState.DRAFTING,
        currentVersion: 1,
      });
      await this.repository.insertVersion(tx, {
        resolutionId: resolution.id,
        number: 1,
        title: resolution.title,
        paragraphs,
        changeNote: null,
        createdBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'resolution.draft',
        entityType: 'resolution',
        entityId: resolution.id,
        toState: ResolutionState.DRAFTING,
        details: { code: resolution.code, agendaItemId, paragraphs: paragraphs.length },
      });
      return resolution;
    });
  }

  /** A new immutable version; the change note says what changed and why. */
  async revise(
    actor: Principal,
    resolutionId: string,
    text: Partial<ResolutionText> & { paragraphs: string[]; changeNote: string },
  ): Promise<ResolutionEntity> {
    const paragraphs = this.checkedParagraphs(text.paragraphs);
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      if (!acceptsNewVersion(resolution.state)) {
        throw conflict('input.resolutionId', `cannot be revised while ${resolution.state.toLowerCase()}`, {
          reason: 'NOT_REVISABLE',
          details: { state: resolution.state },
        });
      }
      const current = await this.repository.versionIn(tx, resolutionId, resolution.currentVersion);
      const title = text.title?.trim() || resolution.title;
      if (current && title === current.title && sameParagraphs(current.paragraphs, paragraphs)) {
        throw badUserInput('input.paragraphs', `are the same as version ${current.number}`);
      }
      const number = resolution.currentVersion + 1;
      await this.repository.insertVersion(tx, {
        resolutionId,
        number,
        title,
        paragraphs,
        changeNote: text.changeNote.trim(),
        createdBy: actor.userId,
      });
      const revised = await this.repository.updateResolution(tx, resolutionId, {
        currentVersion: number,
        title,
      });
      await this.steps.notify(tx, revised, NotificationKind.NEW_VERSION);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'resolution.revise',
        entityType: 'resolution',
        entityId: resolutionId,
        reason: text.changeNote.trim(),
        details: { version: number },
      });
      return revised;
    });
  }

  /** Opens the public window on the current version. */
  async openConsultation(
    actor: Principal,
    resolutionId: string,
    window: { opensAt?: Date | null; closesAt: Date },
  ): Promise<ResolutionEntity> {
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      const next = this.steps.transition(resolution, ResolutionEvent.OPEN_CONSULTATION);
      const item = await this.repository.itemContext(tx, resolution.agendaItemId);
      const version = await this.repository.versionIn(tx, resolutionId, resolution.currentVersion);
      if (!item || !version) throw notFound('input.resolutionId');
      await this.consultations.open(tx, {
        subjectType: RESOLUTION_SUBJECT,
        subjectId: resolutionId,
        versionId: version.id,
        assemblyId: item.assemblyId,
        votingLevel: item.votingLevel,
        opensAt: window.opensAt ?? new Date(),
        closesAt: window.closesAt,
        actorId: actor.userId,
      });
      return this.steps.moveTo(tx, actor.userId, resolution, next, NotificationKind.CONSULTATION_OPENED, {
        version: version.number,
      });
    });
  }

  /** Ends the window now; votes in flight finish first, later ones are refused. */
  async closeConsultation(actor: Principal, resolutionId: string): Promise<ResolutionEntity> {
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      const next = this.steps.transition(resolution, ResolutionEvent.CLOSE_CONSULTATION);
      const consultation = await this.consultations.ofSubjectIn(tx, RESOLUTION_SUBJECT, resolutionId);
      if (!consultation) throw notFound('input.resolutionId');
      await this.consultations.close(tx, consultation.id, actor.userId);
      return this.steps.moveTo(tx, actor.userId, resolution, next, NotificationKind.CONSULTATION_CLOSED);
    });
  }

  /**
   * Moves resolutions whose window ended by itself to the final draft and tells their followers; safe
   * to run on every instance at once. Answers how many it settled.
   */
  async settleEndedConsultations(batch = 50): Promise<number> {
    return this.uow.run(async (tx) => {
      const ended = await this.consultations.endedUnannounced(tx, RESOLUTION_SUBJECT, batch);
      for (const consultation of ended) {
        const resolution = await this.repository.lockResolution(tx, consultation.subjectId);
        await this.consultations.markCloseAnnounced(tx, consultation.id);
        if (resolution?.state === ResolutionState.CONSULTATION) {
          await this.steps.moveTo(
            tx,
            null,
            resolution,
            ResolutionState.FINAL_DRAFT,
            NotificationKind.CONSULTATION_CLOSED,
            {
              closedAt: consultation.closesAt.toISOString(),
            },
          );
        }
      }
      return ended.length;
    });
  }

  /** Puts it before the sitting: from drafting, or from the final draft once consultation is over. */
  async table(actor: Principal, resolutionId: string): Promise<ResolutionEntity> {
    return this.uow.run(async (tx) => {
      let resolution = await this.steps.locked(tx, resolutionId);
      if (resolution.state === ResolutionState.CONSULTATION) {
        const consultation = await this.consultations.ofSubjectIn(tx, RESOLUTION_SUBJECT, resolutionId);
        if (consultation && consultation.closesAt <= new Date()) {
          await this.consultations.markCloseAnnounced(tx, consultation.id);
          resolution = await this.steps.moveTo(
            tx,
            null,
            resolution,
            ResolutionState.FINAL_DRAFT,
            NotificationKind.CONSULTATION_CLOSED,
          );
        }
      }
      const next = this.steps.transition(resolution, ResolutionEvent.TABLE);
      return this.steps.moveTo(tx, actor.userId, resolution, next, null);
    });
  }

  /** The sitting adopts it by consensus, with each organization's reservations and the commitments. */
  async adopt(
    actor: Principal,
    resolutionId: string,
    reservations: { organizationId: string; text: string }[],
    commitments: NewCommitment[],
  ): Promise<ResolutionEntity> {
    const seen = new Set<string>();
    reservations.forEach((reservation, index) => {
      if (seen.has(reservation.organizationId)) {
        throw badUserInput(`input.reservations.${index}.organizationId`, 'has a reservation already');
      }
      seen.add(reservation.organizationId);
    });
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      const next = this.steps.transition(resolution, ResolutionEvent.ADOPT);
      const known = new Set((await this.repository.organizationFacts(tx, [...seen])).map((org) => org.id));
      const unknown = reservations.findIndex((reservation) => !known.has(reservation.organizationId));
      if (unknown >= 0) throw notFound(`input.reservations.${unknown}.organizationId`);
      await this.repository.insertReservations(
        tx,
        reservations.map((reservation) => ({
          resolutionId,
          organizationId: reservation.organizationId,
          text: reservation.text.trim(),
        })),
      );
      await this.repository.insertCommitments(
        tx,
        commitments.map((commitment, index) => ({
          resolutionId,
          position: index + 1,
          actor: commitment.actor.trim(),
          action: commitment.action.trim(),
          dueOn: commitment.dueOn ?? null,
        })),
      );
      await this.repository.updateResolution(tx, resolutionId, { decidedAt: new Date() });
      return this.steps.moveTo(tx, actor.userId, resolution, next, NotificationKind.ADOPTED, {
        reservations: reservations.length,
        commitments: commitments.length,
      });
    });
  }

  async defer(actor: Principal, resolutionId: string, reason: string): Promise<ResolutionEntity> {
    return this.uow.run(async (tx) => {
      const resolution = await this.steps.locked(tx, resolutionId);
      const next = this.steps.transition(resolution, ResolutionEvent.DEFER);
      await this.repository.updateResolution(tx, resolutionId, {
        decidedAt: new Date(),
        deferralReason: reason.trim(),
      });
      return this.steps.moveTo(
        tx,
        actor.userId,
        resolution,
        next,
        NotificationKind.DEFERRED,
        undefined,
        reason.trim(),
      );
    });
  }

  private checkedParagraphs(input: string[]): string[] {
    const paragraphs = normalizeParagraphs(input);
    if (!paragraphs.length) throw badUserInput('input.paragraphs', 'must have at least one paragraph');
    const empty = paragraphs
      .map((text, index) => ({ text, index }))
      .filter(({ text }) => !text)
      .map(({ index }) => ({ field: `input.paragraphs.${index}`, message: 'must not be empty' }));
    if (empty.length) throw badUserInputFields(empty);
    return paragraphs;
  }
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}
