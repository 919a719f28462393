import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import { AppealState, CONSULTATION_LIMITS, EMPTY_TALLY, Tally, VoteChoice } from '@canopy/domain';
import {
  CommentAppealEntity,
  CommentEntity,
  CommentFlagEntity,
  CommentRevisionEntity,
  ConsultationEntity,
  VoteEntity,
  VoteEventEntity,
} from './consultation.entities';

export interface LockedConsultation {
  consultation: ConsultationEntity;
  /** The database's clock at the start of the transaction: the time the vote counts at. */
  now: Date;
}

/** Whose moderation queue: an assembly's, or that of some subjects (a charter's editions). */
export type ModerationScope = { assemblyId: string } | { subjectType: string; subjectIds: readonly string[] };

/** A tally and how many vote moves it counts, which orders tallies read at different times. */
export interface StampedTally extends Tally {
  moves: number;
}

export interface CommentFilter {
  consultationId: string;
  /** A paragraph's comments; 0 for those on the whole text; undefined for all. */
  paragraph?: number;
}

export interface ParagraphCount {
  consultationId: string;
  paragraph: number | null;
  comments: number;
}

/** The only place consultation meets SQL. */
@Injectable()
export class ConsultationRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ConsultationEntity) private readonly consultations: Repository<ConsultationEntity>,
    @InjectRepository(VoteEntity) private readonly votes: Repository<VoteEntity>,
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectRepository(CommentRevisionEntity) private readonly revisions: Repository<CommentRevisionEntity>,
    @InjectRepository(CommentAppealEntity) private readonly appeals: Repository<CommentAppealEntity>,
  ) {}

  // Consultations

  async insertConsultation(tx: Transaction, row: Partial<ConsultationEntity>): Promise<ConsultationEntity> {
    const repository = tx.getRepository(ConsultationEntity);
    const saved = await repository.save(repository.create(row));
    await tx.query(
      `INSERT INTO tally_slots (consultation_id, slot) SELECT $1, s FROM generate_series(0, $2::int - 1) s`,
      [saved.id, CONSULTATION_LIMITS.tallySlots],
    );
    return saved;
  }

  consultationById(id: string, tx?: Transaction): Promise<ConsultationEntity | null> {
    return (tx?.getRepository(ConsultationEntity) ?? this.consultations).findOneBy({ id });
  }

  consultationsByIds(ids: readonly string[]): Promise<ConsultationEntity[]> {
    return this.consultations.findBy({ id: In([...ids]) });
  }

  consultationsOfSubjects(subjectType: string, subjectIds: readonly string[]): Promise<ConsultationEntity[]> {
    return this.consultations.findBy({ subjectType, subjectId: In([...subjectIds]) });
  }

  consultationOfSubject(tx: Transaction, subjectType: string, subjectId: string) {
    return tx.getRepository(ConsultationEntity).findOneBy({ subjectType, subjectId });
  }

  /** Ends the window now (if it was still open). */
  async closeNow(tx: Transaction, id: string): Promise<ConsultationEntity> {
    await tx.query(
      `UPDATE consultations SET closes_at = greatest(opens_at + interval '1 microsecond', least(closes_at, now()))
        WHERE id = $1`,
      [id],
    );
    return tx.getRepository(ConsultationEntity).findOneByOrFail({ id });
  }

  /** Windows that have ended without their end being announced yet, locked for one announcer. */
  async endedUnannounced(tx: Transaction, subjectType: string, limit: number): Promise<ConsultationEntity[]> {
    return tx
      .getRepository(ConsultationEntity)
      .createQueryBuilder('c')
      .where('c.closes_at <= now()')
      .andWhere('c.subject_type = :subjectType', { subjectType })
      .andWhere('c.close_announced_at IS NULL')
      .orderBy('c.closes_at', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markCloseAnnounced(tx: Transaction, id: string): Promise<void> {
    await tx.query(`UPDATE consultations SET close_announced_at = now() WHERE id = $1`, [id]);
  }

  /**
   * The consultation, share-locked until the vote commits: closing the window waits for votes in
   * flight, and a vote that waited sees the window as the close left it. Every column comes with the
   * lock, so the vote needs no second read of it.
   */
  async lockForVote(tx: Transaction, id: string): Promise<LockedConsultation | null> {
    const rows: {
      subject_type: string;
      subject_id: string;
      version_id: string;
      assembly_id: string | null;
      voting_level: string;
      opens_at: Date;
      closes_at: Date;
      close_announced_at: Date | null;
      opened_by: string | null;
      created_at: Date;
      now: Date;
    }[] = await tx.query(
      `SELECT subject_type, subject_id, version_id, assembly_id, voting_level, opens_at, closes_at,
              close_announced_at, opened_by, created_at, now() AS now
         FROM consultations WHERE id = $1 FOR SHARE`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const consultation = Object.assign(new ConsultationEntity(), {
      id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      versionId: row.version_id,
      assemblyId: row.assembly_id,
      votingLevel: row.voting_level,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      closeAnnouncedAt: row.close_announced_at,
      openedBy: row.opened_by,
      createdAt: row.created_at,
    });
    return { consultation, now: row.now };
  }

  // Votes

  /**
   * A person's first vote in one statement: the vote, its tally move and its vote event, or nothing at
   * all when the person has voted already (the unique constraint decides, even between concurrent
   * requests). Answers whether it was a first vote.
   */
  async castFirstVote(
    tx: Transaction,
    vote: { consultationId: string; userId: string; choice: VoteChoice; slot: number; delta: Tally },
  ): Promise<boolean> {
    const [row]: { inserted: number }[] = await tx.query(
      `WITH inserted AS (
         INSERT INTO votes (consultation_id, user_id, choice) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT votes_one_per_person DO NOTHING RETURNING id),
       moved AS (
         UPDATE tally_slots SET support = support + $5, oppose = oppose + $6, abstain = abstain + $7,
                                moves = moves + 1
          WHERE consultation_id = $1 AND slot = $4 AND EXISTS (SELECT 1 FROM inserted)),
       recorded AS (
         INSERT INTO vote_events (consultation_id, user_id, choice, previous)
         SELECT $1, $2, $3, NULL WHERE EXISTS (SELECT 1 FROM inserted))
       SELECT count(*)::int AS inserted FROM inserted`,
      [
        vote.consultationId,
        vote.userId,
        vote.choice,
        vote.slot,
        vote.delta.support,
        vote.delta.oppose,
        vote.delta.abstain,
      ],
    );
    return row.inserted === 1;
  }

  /**
   * Changes the choice of a person who has voted, under a row lock, and answers the choice it replaced:
   * exact even when the same person votes twice at once.
   */
  async changeVote(
    tx: Transaction,
    consultationId: string,
    userId: string,
    choice: VoteChoice,
  ): Promise<{ previous: VoteChoice | null }> {
    const [changed]: [{ previous: VoteChoice }[], number] = await tx.query(
      `UPDATE votes v SET choice = $3, changed_at = CASE WHEN old.choice = $3 THEN v.changed_at ELSE now() END
         FROM (SELECT id, choice FROM votes WHERE consultation_id = $1 AND user_id = $2 FOR UPDATE) old
        WHERE v.id = old.id
    RETURNING old.choice AS previous`,
      [consultationId, userId, choice],
    );
    return { previous: changed[0]?.previous ?? null };
  }

  async moveTally(tx: Transaction, consultationId: string, slot: number, delta: Tally): Promise<void> {
    await tx.query(
      `UPDATE tally_slots SET support = support + $3, oppose = oppose + $4, abstain = abstain + $5,
                              moves = moves + 1
        WHERE consultation_id = $1 AND slot = $2`,
      [consultationId, slot, delta.support, delta.oppose, delta.abstain],
    );
  }

  async appendVoteEvent(tx: Transaction, event: Partial<VoteEventEntity>): Promise<void> {
    await tx.getRepository(VoteEventEntity).insert(event);
  }

  async tallies(consultationIds: readonly string[]): Promise<Map<string, Tally>> {
    const rows: { consultation_id: string; support: string; oppose: string; abstain: string }[] =
      await this.dataSource.query(
        `SELECT consultation_id, sum(support) AS support, sum(oppose) AS oppose, sum(abstain) AS abstain
           FROM tally_slots WHERE consultation_id = ANY($1::uuid[]) GROUP BY consultation_id`,
        [[...consultationIds]],
      );
    const tallies = new Map<string, Tally>();
    for (const row of rows) {
      tallies.set(row.consultation_id, {
        support: Number(row.support),
        oppose: Number(row.oppose),
        abstain: Number(row.abstain),
      });
    }
    return tallies;
  }

  /**
   * The tally as committed now, with the number of votes that moved it so far: read after a vote
   * commits, it counts that vote and every one committed before.
   */
  async stampedTally(consultationId: string): Promise<StampedTally> {
    const rows: { support: number; oppose: number; abstain: number; moves: string }[] =
      await this.dataSource.query(
        `SELECT coalesce(sum(support), 0)::int AS support, coalesce(sum(oppose), 0)::int AS oppose,
                coalesce(sum(abstain), 0)::int AS abstain, coalesce(sum(moves), 0)::text AS moves
           FROM tally_slots WHERE consultation_id = $1`,
        [consultationId],
      );
    const row = rows[0];
    return row
      ? { support: row.support, oppose: row.oppose, abstain: row.abstain, moves: Number(row.moves) }
      : { ...EMPTY_TALLY, moves: 0 };
  }

  votesOf(userId: string, consultationIds: readonly string[]): Promise<VoteEntity[]> {
    return this.votes.findBy({ userId, consultationId: In([...consultationIds]) });
  }

  // Comments

  async insertComment(tx: Transaction, row: Partial<CommentEntity>): Promise<CommentEntity> {
    const repository = tx.getRepository(CommentEntity);
    return repository.save(repository.create(row));
  }

  commentsByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.findBy({ id: In([...ids]) });
  }

  commentById(id: string): Promise<CommentEntity | null> {
    return this.comments.findOneBy({ id });
  }

  lockComment(tx: Transaction, id: string): Promise<CommentEntity | null> {
    return tx.getRepository(CommentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  commentIn(tx: Transaction, id: string): Promise<CommentEntity> {
    return tx.getRepository(CommentEntity).findOneByOrFail({ id });
  }

  async updateComment(tx: Transaction, id: string, changes: Partial<CommentEntity>): Promise<CommentEntity> {
    await tx.getRepository(CommentEntity).update({ id }, changes);
    return tx.getRepository(CommentEntity).findOneByOrFail({ id });
  }

  async insertRevision(tx: Transaction, commentId: string, body: string): Promise<void> {
    await tx.getRepository(CommentRevisionEntity).insert({ commentId, body });
  }

  revisionsOf(commentIds: readonly string[]): Promise<CommentRevisionEntity[]> {
    return this.revisions.find({
      where: { commentId: In([...commentIds]) },
      order: { revisedAt: 'ASC' },
    });
  }

  /** Top comments, oldest first, a page at a time. */
  rootPage(filter: CommentFilter, after: [string, string] | null, limit: number): Promise<CommentEntity[]> {
    const query = this.rootQuery(filter)
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(c.created_at, c.id) > (:at, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  rootCount(filter: CommentFilter): Promise<number> {
    return this.rootQuery(filter).getCount();
  }

  /** Every reply in the given threads, oldest first. */
  repliesOf(rootIds: readonly string[]): Promise<CommentEntity[]> {
    return this.comments.find({
      where: { rootId: In([...rootIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** How many comments (replies included) each paragraph has; paragraph null is the whole text. */
  async paragraphCounts(consultationIds: readonly string[]): Promise<ParagraphCount[]> {
    const rows: { consultation_id: string; paragraph: number | null; comments: string }[] =
      await this.dataSource.query(
        `SELECT consultation_id, paragraph, count(*) AS comments FROM comments
          WHERE consultation_id = ANY($1::uuid[]) GROUP BY consultation_id, paragraph`,
        [[...consultationIds]],
      );
    return rows.map((row) => ({
      consultationId: row.consultation_id,
      paragraph: row.paragraph,
      comments: Number(row.comments),
    }));
  }

  private rootQuery(filter: CommentFilter) {
    const query = this.comments
      .createQueryBuilder('c')
      .where('c.consultation_id = :consultationId', { consultationId: filter.consultationId })
      .andWhere('c.parent_id IS NULL');
    if (filter.paragraph === 0) query.andWhere('c.paragraph IS NULL');
    else if (filter.paragraph !== undefined) query.andWhere('c.paragraph = :p', { p: filter.paragraph });
    return query;
  }

  // Flags, moderation, appeals

  /** True when this is the person's first flag on the comment. */
  async insertFlag(tx: Transaction, flag: Partial<CommentFlagEntity>): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO comment_flags (comment_id, user_id, reason, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT comment_flags_one_per_person DO NOTHING RETURNING id`,
      [flag.commentId, flag.userId, flag.reason, flag.note ?? null],
    );
    if (inserted.length) {
      await tx.query(`UPDATE comments SET open_flags = open_flags + 1 WHERE id = $1`, [flag.commentId]);
    }
    return inserted.length > 0;
  }

  async handleFlags(tx: Transaction, commentId: string): Promise<void> {
    await tx.query(
      `UPDATE comment_flags SET handled_at = now() WHERE comment_id = $1 AND handled_at IS NULL`,
      [commentId],
    );
    await tx.query(`UPDATE comments SET open_flags = 0 WHERE id = $1`, [commentId]);
  }

  flagsOf(commentIds: readonly string[]): Promise<CommentFlagEntity[]> {
    return this.dataSource
      .getRepository(CommentFlagEntity)
      .find({ where: { commentId: In([...commentIds]) }, order: { createdAt: 'ASC' } });
  }

  async insertAppeal(
    tx: Transaction,
    commentId: string,
    argument: string,
  ): Promise<CommentAppealEntity | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO comment_appeals (comment_id, argument) VALUES ($1, $2)
       ON CONFLICT ON CONSTRAINT comment_appeals_one_per_comment DO NOTHING RETURNING id`,
      [commentId, argument],
    );
    return rows[0] ? tx.getRepository(CommentAppealEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  appealOf(tx: Transaction, commentId: string): Promise<CommentAppealEntity | null> {
    return tx
      .getRepository(CommentAppealEntity)
      .findOne({ where: { commentId }, lock: { mode: 'pessimistic_write' } });
  }

  async updateAppeal(tx: Transaction, id: string, changes: Partial<CommentAppealEntity>) {
    await tx.getRepository(CommentAppealEntity).update({ id }, changes);
    return tx.getRepository(CommentAppealEntity).findOneByOrFail({ id });
  }

  appealsOf(commentIds: readonly string[]): Promise<CommentAppealEntity[]> {
    return this.appeals.findBy({ commentId: In([...commentIds]) });
  }

  /**
   * What an assembly's moderators have to look at: visible comments with unhandled flags and hidden
   * comments with a pending appeal, oldest first.
   */
  moderationPage(
    scope: ModerationScope,
    after: [string, string] | null,
    limit: number,
  ): Promise<CommentEntity[]> {
    const query = this.moderationQuery(scope)
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(c.created_at, c.id) > (:at, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  moderationCount(scope: ModerationScope): Promise<number> {
    return this.moderationQuery(scope).getCount();
  }

  private moderationQuery(scope: ModerationScope) {
    const query = this.comments
      .createQueryBuilder('c')
      .innerJoin(ConsultationEntity, 'k', 'k.id = c.consultation_id');
    if ('assemblyId' in scope) query.where('k.assembly_id = :assemblyId', { assemblyId: scope.assemblyId });
    else {
      query.where('k.subject_type = :subjectType AND k.subject_id = ANY(:subjectIds)', {
        subjectType: scope.subjectType,
        subjectIds: [...scope.subjectIds],
      });
    }
    return query.andWhere(
      `((c.open_flags > 0 AND c.hidden_at IS NULL) OR EXISTS (
          SELECT 1 FROM comment_appeals a WHERE a.comment_id = c.id AND a.state = :pending))`,
      { pending: AppealState.PENDING },
    );
  }
}
