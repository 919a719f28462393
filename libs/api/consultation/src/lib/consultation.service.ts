import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  conflict,
  forbidden,
  keysetConnection,
  notFound,
  Transaction,
  UnitOfWork,
} from '@canopy/api/core';
import type { Connection, ConnectionArgs } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import {
  commentProblem,
  CONSULTATION_LIMITS,
  ConsultationWindowState,
  consultationWindowState,
  meetsLevel,
  plainCommentText,
  Stance,
  Tally,
  tallyDelta,
  tallySlot,
  VerificationLevel,
  VoteChoice,
  windowProblem,
} from '@canopy/domain';
import { CommentEntity, ConsultationEntity } from './consultation.entities';
import { CommentFilter, ConsultationRepository, ModerationScope } from './consultation.repository';
import { ConsultationEvents } from './consultation.events';
import { ConsultationSubjects } from './consultation-subjects';

export interface Voter {
  userId: string;
  verificationLevel: VerificationLevel;
}

export interface OpenConsultation {
  subjectType: string;
  subjectId: string;
  versionId: string;
  assemblyId: string | null;
  votingLevel: VerificationLevel;
  opensAt: Date;
  closesAt: Date;
  actorId: string;
}

export interface NewComment {
  consultationId: string;
  body: string;
  stance?: Stance | null;
  paragraph?: number | null;
  parentId?: string | null;
  organizationId?: string | null;
}

export interface VoteResult {
  choice: VoteChoice;
  tally: Tally;
  consultation: ConsultationEntity;
}

/**
 * One consultation machinery for every subject: the window, the one vote per person and its exact
 * tally, comments with their history, flags, moderation and appeals. Each action is one transaction.
 */
@Injectable()
export class ConsultationService {
  constructor(
    private readonly repository: ConsultationRepository,
    private readonly subjects: ConsultationSubjects,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly events: ConsultationEvents,
  ) {}

  findById(id: string): Promise<ConsultationEntity | null> {
    return this.repository.consultationById(id);
  }

  ofSubjectIn(tx: Transaction, subjectType: string, subjectId: string) {
    return this.repository.consultationOfSubject(tx, subjectType, subjectId);
  }

  findByIds(ids: readonly string[]) {
    return this.repository.consultationsByIds(ids);
  }

  ofSubjects(subjectType: string, subjectIds: readonly string[]) {
    return this.repository.consultationsOfSubjects(subjectType, subjectIds);
  }

  tallies(ids: readonly string[]) {
    return this.repository.tallies(ids);
  }

  votesOf(userId: string, consultationIds: readonly string[]) {
    return this.repository.votesOf(userId, consultationIds);
  }

  /** Opens the window on a version, inside the subject's own transaction. One consultation per subject. */
  async open(tx: Transaction, request: OpenConsultation): Promise<ConsultationEntity> {
    const problem = windowProblem(request, new Date());
    if (problem) throw badUserInput('input.closesAt', problem);
    if (await this.repository.consultationOfSubject(tx, request.subjectType, request.subjectId)) {
      throw conflict('input', 'has already been consulted on', { reason: 'ALREADY_CONSULTED' });
    }
    const consultation = await this.repository.insertConsultation(tx, {
      subjectType: request.subjectType,
      subjectId: request.subjectId,
      versionId: request.versionId,
      assemblyId: request.assemblyId,
      votingLevel: request.votingLevel,
      opensAt: request.opensAt,
      closesAt: request.closesAt,
      openedBy: request.actorId,
    });
    await this.audit.record(tx, {
      actorId: request.actorId,
      action: 'consultation.open',
      entityType: 'consultation',
      entityId: consultation.id,
      toState: ConsultationWindowState.OPEN,
      details: {
        subjectType: request.subjectType,
        subjectId: request.subjectId,
        versionId: request.versionId,
        opensAt: request.opensAt.toISOString(),
        closesAt: request.closesAt.toISOString(),
      },
    });
    return consultation;
  }

  /** Ends the window now, inside the subject's transaction; votes in flight finish first. */
  async close(tx: Transaction, consultationId: string, actorId: string | null): Promise<ConsultationEntity> {
    const closed = await this.repository.closeNow(tx, consultationId);
    await this.repository.markCloseAnnounced(tx, consultationId);
    await this.audit.record(tx, {
      actorId,
      action: 'consultation.close',
      entityType: 'consultation',
      entityId: consultationId,
      fromState: ConsultationWindowState.OPEN,
      toState: ConsultationWindowState.CLOSED,
    });
    return closed;
  }

  /** Windows whose end passed unannounced, locked so only one instance announces each. */
  endedUnannounced(tx: Transaction, subjectType: string, limit: number) {
    return this.repository.endedUnannounced(tx, subjectType, limit);
  }

  markCloseAnnounced(tx: Transaction, consultationId: string) {
    return this.repository.markCloseAnnounced(tx, consultationId);
  }

  /**
   * Why this person may not vote, beyond the window and verification (a charter's hearing is for
   * residents, say): the reason code the vote would be refused with, or null. Asked of the subject, as
   * the vote itself asks.
   */
  async voteProblemOf(
    consultation: Pick<ConsultationEntity, 'subjectType' | 'subjectId'>,
    userId: string,
  ): Promise<string | null> {
    const subject = this.subjects.of(consultation.subjectType);
    if (!subject.voteProblem) return null;
    const problem = await this.uow.run((tx) => subject.voteProblem!(tx, consultation, userId));
    return problem?.reason ?? null;
  }

  /**
   * Casts or changes the voter's one vote. The tally moves in the same transaction, so a success
   * answer means both are stored. Votes are not in the audit chain (it would serialize every vote):
   * each one is appended to the vote events instead. The tally answered (and sent live) is read once
   * the vote has committed, so it counts every vote committed before it.
   */
  async castVote(voter: Voter, consultationId: string, choice: VoteChoice): Promise<VoteResult> {
    const { moved, consultation } = await this.recordVote(voter, consultationId, choice);
    const tally = await this.repository.stampedTally(consultationId);
    if (moved) this.events.tallyMoved(consultationId, tally);
    const { support, oppose, abstain } = tally;
    return { choice, tally: { support, oppose, abstain }, consultation };
  }

  private recordVote(voter: Voter, consultationId: string, choice: VoteChoice) {
    return this.uow.run(async (tx) => {
      const locked = await this.repository.lockForVote(tx, consultationId);
      if (!locked) throw notFound('input.consultationId');
      const { consultation, now } = locked;
      const state = consultationWindowState(consultation, now);
      if (state !== ConsultationWindowState.OPEN) {
        throw conflict('input.consultationId', state === 'UPCOMING' ? 'is not open yet' : 'has closed', {
          reason: state === 'UPCOMING' ? 'CONSULTATION_NOT_OPEN' : 'CONSULTATION_CLOSED',
          details: {
            opensAt: consultation.opensAt.toISOString(),
            closesAt: consultation.closesAt.toISOString(),
          },
        });
      }
      if (!meetsLevel(voter.verificationLevel, consultation.votingLevel)) {
        throw conflict('input.consultationId', 'needs a more verified account to vote', {
          reason: 'VERIFICATION_REQUIRED',
          details: { required: consultation.votingLevel },
        });
      }
      const subject = this.subjects.of(consultation.subjectType);
      const problem = subject.voteProblem ? await subject.voteProblem(tx, consultation, voter.userId) : null;
      if (problem) throw conflict('input.consultationId', problem.message, { reason: problem.reason });
      const first = await this.repository.castFirstVote(tx, {
        consultationId,
        userId: voter.userId,
        choice,
        slot: tallySlot(voter.userId),
        delta: tallyDelta(null, choice),
      });
      if (first) return { moved: true, consultation };
      const { previous } = await this.repository.changeVote(tx, consultationId, voter.userId, choice);
      if (previous !== choice) {
        await this.repository.moveTally(
          tx,
          consultationId,
          tallySlot(voter.userId),
          tallyDelta(previous, choice),
        );
        await this.repository.appendVoteEvent(tx, { consultationId, userId: voter.userId, choice, previous });
      }
      return { moved: previous !== choice, consultation };
    });
  }

  private async fullConsultation(tx: Transaction, id: string): Promise<ConsultationEntity> {
    const found = await this.repository.consultationById(id, tx);
    if (!found) throw notFound('input.consultationId');
    return found;
  }

  // Comments

  comments(filter: CommentFilter, args: ConnectionArgs): Promise<Connection<CommentEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) => this.repository.rootPage(filter, after as [string, string] | null, limit),
        count: () => this.repository.rootCount(filter),
      },
      { arity: 2, of: (row) => [row.createdAt.toISOString(), row.id] },
    );
  }

  commentsByIds(ids: readonly string[]) {
    return this.repository.commentsByIds(ids);
  }

  commentById(id: string) {
    return this.repository.commentById(id);
  }

  repliesOf(rootIds: readonly string[]) {
    return this.repository.repliesOf(rootIds);
  }

  revisionsOf(commentIds: readonly string[]) {
    return this.repository.revisionsOf(commentIds);
  }

  paragraphCounts(consultationIds: readonly string[]) {
    return this.repository.paragraphCounts(consultationIds);
  }

  flagsOf(commentIds: readonly string[]) {
    return this.repository.flagsOf(commentIds);
  }

  appealsOf(commentIds: readonly string[]) {
    return this.repository.appealsOf(commentIds);
  }

  /** Comments (and replies) may be posted while the window is open, by anyone with a verified e-mail. */
  async postComment(authorId: string, input: NewComment): Promise<CommentEntity> {
    const body = plainCommentText(input.body);
    const comment = await this.uow.run(async (tx) => {
      const consultation = await this.repository.consultationById(input.consultationId, tx);
      if (!consultation) throw notFound('input.consultationId');
      this.assertOpen(consultation, 'input.consultationId');
      let parent: CommentEntity | null = null;
      if (input.parentId) {
        parent = await this.repository.lockComment(tx, input.parentId);
        if (!parent || parent.consultationId !== consultation.id) throw notFound('input.parentId');
      }
      const problem = commentProblem(body, parent ? parent.depth : null);
      if (problem === 'EMPTY') throw badUserInput('input.body', 'must not be empty');
      if (problem === 'TOO_LONG') {
        throw badUserInput(
          'input.body',
          `must be at most ${CONSULTATION_LIMITS.commentMaxLength} characters long`,
        );
      }
      if (problem === 'TOO_DEEP') {
        throw conflict('input.parentId', 'is as deep as a thread goes; reply to the comment above it', {
          reason: 'THREAD_TOO_DEEP',
          details: { maxDepth: CONSULTATION_LIMITS.maxCommentDepth },
        });
      }
      const subject = this.subjects.of(consultation.subjectType);
      // A reply sits under its parent's paragraph.
      const paragraph = parent ? parent.paragraph : (input.paragraph ?? null);
      if (!parent && paragraph !== null) {
        const paragraphs = await subject.paragraphCount(tx, consultation);
        if (paragraph < 1 || paragraph > paragraphs) {
          throw badUserInput('input.paragraph', `must be between 1 and ${paragraphs}`);
        }
      }
      if (
        input.organizationId &&
        !(await subject.mayCommentFormally(tx, consultation, input.organizationId))
      ) {
        throw conflict('input.organizationId', 'may not comment formally here (not a constituency of it)', {
          reason: 'NOT_A_CONSTITUENCY',
        });
      }
      const comment = await this.repository.insertComment(tx, {
        consultationId: consultation.id,
        authorId,
        organizationId: input.organizationId ?? null,
        parentId: parent?.id ?? null,
        rootId: parent ? (parent.rootId ?? parent.id) : null,
        depth: parent ? parent.depth + 1 : 0,
        paragraph,
        stance: input.stance ?? null,
        body,
      });
      await this.audit.record(tx, {
        actorId: authorId,
        action: input.organizationId ? 'comment.file_formal' : 'comment.post',
        entityType: 'comment',
        entityId: comment.id,
        details: { consultationId: consultation.id, paragraph, organizationId: input.organizationId ?? null },
      });
      return comment;
    });
    this.events.commentPosted(comment);
    return comment;
  }

  /** The author rewords a visible comment while the window is open; the earlier wording is kept. */
  async editComment(authorId: string, commentId: string, text: string): Promise<CommentEntity> {
    const body = plainCommentText(text);
    return this.uow.run(async (tx) => {
      const comment = await this.repository.lockComment(tx, commentId);
      if (!comment) throw notFound('input.commentId');
      if (comment.authorId !== authorId) throw forbidden();
      if (comment.hiddenAt) {
        throw conflict('input.commentId', 'is hidden and cannot be edited', { reason: 'COMMENT_HIDDEN' });
      }
      const consultation = await this.fullConsultation(tx, comment.consultationId);
      this.assertOpen(consultation, 'input.commentId');
      const problem = commentProblem(body, null);
      if (problem === 'EMPTY') throw badUserInput('input.body', 'must not be empty');
      if (problem === 'TOO_LONG') {
        throw badUserInput(
          'input.body',
          `must be at most ${CONSULTATION_LIMITS.commentMaxLength} characters long`,
        );
      }
      if (body === comment.body) return comment;
      await this.repository.insertRevision(tx, comment.id, comment.body);
      const edited = await this.repository.updateComment(tx, comment.id, { body, editedAt: new Date() });
      await this.audit.record(tx, {
        actorId: authorId,
        action: 'comment.edit',
        entityType: 'comment',
        entityId: comment.id,
      });
      return edited;
    });
  }

  /** Flagged comments and pending appeals of an assembly's consultations, or of some subjects' ones. */
  moderationQueue(scope: ModerationScope, args: ConnectionArgs): Promise<Connection<CommentEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.moderationPage(scope, after as [string, string] | null, limit),
        count: () => this.repository.moderationCount(scope),
      },
      { arity: 2, of: (row) => [row.createdAt.toISOString(), row.id] },
    );
  }

  private assertOpen(consultation: ConsultationEntity, field: string): void {
    const state = consultationWindowState(consultation, new Date());
    if (state === ConsultationWindowState.OPEN) return;
    throw conflict(field, state === 'UPCOMING' ? 'is not open yet' : 'has closed', {
      reason: state === 'UPCOMING' ? 'CONSULTATION_NOT_OPEN' : 'CONSULTATION_CLOSED',
      details: { opensAt: consultation.opensAt.toISOString(), closesAt: consultation.closesAt.toISOString() },
    });
  }
}
