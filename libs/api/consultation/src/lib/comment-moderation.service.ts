import { Injectable } from '@nestjs/common';
import { conflict, forbidden, notFound, UnitOfWork } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { AppealState, FlagReason } from '@canopy/domain';
import type { CommentAppealEntity, CommentEntity } from './consultation.entities';
import { ConsultationEvents, ModerationChange } from './consultation.events';
import { ConsultationRepository } from './consultation.repository';

/**
 * What happens to a comment after it is posted: flags, hiding with a reason, dismissal of flags, the
 * author's appeal and another moderator's decision. Each is one audited transaction, and the queue's
 * moderators hear of it once it has committed.
 */
@Injectable()
export class CommentModerationService {
  constructor(
    private readonly repository: ConsultationRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly events: ConsultationEvents,
  ) {}

  /** Anyone signed in reports a comment once; repeated flags by the same person change nothing. */
  async flagComment(userId: string, commentId: string, reason: FlagReason, note: string | null) {
    let first = false;
    const flagged = await this.uow.run(async (tx) => {
      const comment = await this.repository.lockComment(tx, commentId);
      if (!comment) throw notFound('input.commentId');
      first = await this.repository.insertFlag(tx, { commentId, userId, reason, note });
      if (first) {
        await this.audit.record(tx, {
          actorId: userId,
          action: 'comment.flag',
          entityType: 'comment',
          entityId: commentId,
          reason: note,
          details: { reason },
        });
      }
      return this.repository.commentIn(tx, commentId);
    });
    if (first && !flagged.hiddenAt) this.events.moderationChanged(ModerationChange.FLAGGED, flagged);
    return flagged;
  }

  /** A moderator hides a comment with a reason; it stays in the record and its author sees why. */
  async hideComment(moderatorId: string, commentId: string, reason: string): Promise<CommentEntity> {
    const hidden = await this.uow.run(async (tx) => {
      const comment = await this.repository.lockComment(tx, commentId);
      if (!comment) throw notFound('input.commentId');
      if (comment.hiddenAt)
        throw conflict('input.commentId', 'is already hidden', { reason: 'COMMENT_HIDDEN' });
      await this.repository.handleFlags(tx, commentId);
      const hidden = await this.repository.updateComment(tx, commentId, {
        hiddenAt: new Date(),
        hiddenBy: moderatorId,
        hiddenReason: reason,
      });
      await this.audit.record(tx, {
        actorId: moderatorId,
        action: 'comment.hide',
        entityType: 'comment',
        entityId: commentId,
        fromState: 'VISIBLE',
        toState: 'HIDDEN',
        reason,
      });
      return hidden;
    });
    this.events.moderationChanged(ModerationChange.HIDDEN, hidden);
    return hidden;
  }

  /** A moderator looks at a flagged comment and leaves it visible. */
  async dismissFlags(moderatorId: string, commentId: string): Promise<CommentEntity> {
    let dismissed = false;
    const comment = await this.uow.run(async (tx) => {
      const comment = await this.repository.lockComment(tx, commentId);
      if (!comment) throw notFound('input.commentId');
      if (comment.openFlags === 0) return comment;
      dismissed = true;
      await this.repository.handleFlags(tx, commentId);
      await this.audit.record(tx, {
        actorId: moderatorId,
        action: 'comment.dismiss_flags',
        entityType: 'comment',
        entityId: commentId,
        details: { flags: comment.openFlags },
      });
      return this.repository.commentIn(tx, commentId);
    });
    if (dismissed) this.events.moderationChanged(ModerationChange.FLAGS_DISMISSED, comment);
    return comment;
  }

  /** The author appeals the hiding of their comment, once. */
  async appeal(authorId: string, commentId: string, argument: string): Promise<CommentAppealEntity> {
    let appealed: CommentEntity | null = null;
    const appeal = await this.uow.run(async (tx) => {
      const comment = await this.repository.lockComment(tx, commentId);
      if (!comment) throw notFound('input.commentId');
      if (comment.authorId !== authorId) throw forbidden();
      if (!comment.hiddenAt) {
        throw conflict('input.commentId', 'is not hidden', { reason: 'COMMENT_NOT_HIDDEN' });
      }
      const appeal = await this.repository.insertAppeal(tx, commentId, argument);
      if (!appeal)
        throw conflict('input.commentId', 'has already been appealed', { reason: 'ALREADY_APPEALED' });
      await this.audit.record(tx, {
        actorId: authorId,
        action: 'comment.appeal',
        entityType: 'comment',
        entityId: commentId,
        toState: AppealState.PENDING,
      });
      appealed = comment;
      return appeal;
    });
    if (appealed) this.events.moderationChanged(ModerationChange.APPEALED, appealed);
    return appeal;
  }

  /** Another moderator than the one who hid the comment decides the appeal. */
  async decideAppeal(
    moderatorId: string,
    commentId: string,
    reinstate: boolean,
    reason: string,
  ): Promise<CommentEntity> {
    const decided = await this.uow.run(async (tx) => {
      const comment = await this.repository.lockComment(tx, commentId);
      if (!comment) throw notFound('input.commentId');
      const appeal = await this.repository.appealOf(tx, commentId);
      if (!appeal || appeal.state !== AppealState.PENDING) {
        throw conflict('input.commentId', 'has no pending appeal', { reason: 'NO_PENDING_APPEAL' });
      }
      if (comment.hiddenBy === moderatorId) {
        throw conflict('input.commentId', 'was hidden by you; another moderator decides the appeal', {
          reason: 'OWN_DECISION',
        });
      }
      const state = reinstate ? AppealState.REINSTATED : AppealState.UPHELD;
      await this.repository.updateAppeal(tx, appeal.id, {
        state,
        decidedBy: moderatorId,
        decidedAt: new Date(),
        decisionReason: reason,
      });
      const decided = reinstate
        ? await this.repository.updateComment(tx, commentId, {
            hiddenAt: null,
            hiddenBy: null,
            hiddenReason: null,
          })
        : comment;
      await this.audit.record(tx, {
        actorId: moderatorId,
        action: 'comment.decide_appeal',
        entityType: 'comment',
        entityId: commentId,
        fromState: AppealState.PENDING,
        toState: state,
        reason,
        details: { hiddenBy: comment.hiddenBy, hiddenReason: comment.hiddenReason },
      });
      return decided;
    });
    this.events.moderationChanged(ModerationChange.APPEAL_DECIDED, decided);
    return decided;
  }
}
