import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import { OrganizationSector, ResolutionState, VerificationLevel } from '@canopy/domain';
import {
  CommitmentEntity,
  FollowEntity,
  NotificationEntity,
  ProgressUpdateEntity,
  ReservationEntity,
  ResolutionEntity,
  ResolutionVersionEntity,
} from './resolution.entities';

export interface ResolutionFilter {
  editionId?: string;
  states?: ResolutionState[];
  championOrganizationId?: string;
}

export interface NewNotification {
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
}

export interface ItemContext {
  agendaItemId: string;
  itemNumber: number;
  itemTitle: string;
  editionId: string;
  editionNumber: number;
  assemblyId: string;
  assemblyName: string;
  prefix: string | null;
  votingLevel: VerificationLevel;
}

export interface OrganizationFacts {
  id: string;
  sector: OrganizationSector;
  verified: boolean;
}

export interface DigestRow {
  userId: string;
  email: string;
  displayName: string;
  notifications: { id: string; kind: string; title: string; subjectId: string; createdAt: string }[];
}

/** The only place resolutions, follow-up and follows meet SQL. */
@Injectable()
export class ResolutionsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ResolutionEntity) private readonly resolutions: Repository<ResolutionEntity>,
    @InjectRepository(ResolutionVersionEntity) private readonly versions: Repository<ResolutionVersionEntity>,
    @InjectRepository(ReservationEntity) private readonly reservations: Repository<ReservationEntity>,
    @InjectRepository(CommitmentEntity) private readonly commitments: Repository<CommitmentEntity>,
    @InjectRepository(ProgressUpdateEntity) private readonly progress: Repository<ProgressUpdateEntity>,
    @InjectRepository(FollowEntity) private readonly follows: Repository<FollowEntity>,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  // Resolutions and versions

  resolutionById(id: string, tx?: Transaction): Promise<ResolutionEntity | null> {
    return (tx?.getRepository(ResolutionEntity) ?? this.resolutions).findOneBy({ id });
  }

  resolutionsByIds(ids: readonly string[]): Promise<ResolutionEntity[]> {
    return this.resolutions.findBy({ id: In([...ids]) });
  }

  resolutionsOfItems(itemIds: readonly string[]): Promise<ResolutionEntity[]> {
    return this.resolutions.findBy({ agendaItemId: In([...itemIds]) });
  }

  lockResolution(tx: Transaction, id: string): Promise<ResolutionEntity | null> {
    return tx.getRepository(ResolutionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  resolutionOfItem(tx: Transaction, agendaItemId: string): Promise<ResolutionEntity | null> {
    return tx.getRepository(ResolutionEntity).findOneBy({ agendaItemId });
  }

  async insertResolution(tx: Transaction, row: Partial<ResolutionEntity>): Promise<ResolutionEntity> {
    const repository = tx.getRepository(ResolutionEntity);
    return repository.save(repository.create(row));
  }

  async updateResolution(tx: Transaction, id: string, changes: Partial<ResolutionEntity>) {
    await tx.getRepository(ResolutionEntity).update({ id }, changes);
    return tx.getRepository(ResolutionEntity).findOneByOrFail({ id });
  }

  async insertVersion(
    tx: Transaction,
    row: Partial<ResolutionVersionEntity>,
  ): Promise<ResolutionVersionEntity> {
    const repository = tx.getRepository(ResolutionVersionEntity);
    return repository.save(repository.create(row));
  }

  versionIn(tx: Transaction, resolutionId: string, number: number) {
    return tx.getRepository(ResolutionVersionEntity).findOneBy({ resolutionId, number });
  }

  versionById(tx: Transaction, id: string) {
    return tx.getRepository(ResolutionVersionEntity).findOneBy({ id });
  }

  /** Every version of these resolutions, oldest first (a resolution has a handful). */
  versionsOf(resolutionIds: readonly string[]): Promise<ResolutionVersionEntity[]> {
    return this.versions.find({
      where: { resolutionId: In([...resolutionIds]) },
      order: { number: 'ASC' },
    });
  }

  versionsByIds(ids: readonly string[]): Promise<ResolutionVersionEntity[]> {
    return this.versions.findBy({ id: In([...ids]) });
  }

  /** An edition's resolutions by number. */
  resolutionPage(
    filter: ResolutionFilter,
    after: number | null,
    limit: number,
    ordering: 'number' | 'recent',
  ) {
    const query = this.resolutionQuery(filter).limit(limit);
    if (ordering === 'number') {
      query.orderBy('r.number', 'ASC').addOrderBy('r.id', 'ASC');
      if (after !== null) query.andWhere('r.number > :after', { after });
    } else {
      query.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC');
    }
    return query.getMany();
  }

  resolutionCount(filter: ResolutionFilter): Promise<number> {
    return this.resolutionQuery(filter).getCount();
  }

  private resolutionQuery(filter: ResolutionFilter) {
    const query = this.resolutions.createQueryBuilder('r').where('true');
    if (filter.editionId) query.andWhere('r.edition_id = :editionId', { editionId: filter.editionId });
    if (filter.states?.length) query.andWhere('r.state IN (:...states)', { states: filter.states });
    if (filter.championOrganizationId) {
      query.andWhere('r.champion_organization_id = :champion', { champion: filter.championOrganizationId });
    }
    return query;
  }

  // Adoption and follow-up

  async insertReservations(tx: Transaction, rows: Partial<ReservationEntity>[]): Promise<void> {
    if (rows.length) await tx.getRepository(ReservationEntity).insert(rows);
  }

  reservationsOf(resolutionIds: readonly string[]): Promise<ReservationEntity[]> {
    return this.reservations.find({
      where: { resolutionId: In([...resolutionIds]) },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
  }

  async insertCommitments(tx: Transaction, rows: Partial<CommitmentEntity>[]): Promise<CommitmentEntity[]> {
    if (!rows.length) return [];
    const repository = tx.getRepository(CommitmentEntity);
    return repository.save(rows.map((row) => repository.create(row)));
  }

  async nextCommitmentPosition(tx: Transaction, resolutionId: string): Promise<number> {
    const rows: { next: number }[] = await tx.query(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM commitments WHERE resolution_id = $1`,
      [resolutionId],
    );
    return Number(rows[0].next);
  }

  lockCommitment(tx: Transaction, id: string): Promise<CommitmentEntity | null> {
    return tx.getRepository(CommitmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  commitmentById(id: string): Promise<CommitmentEntity | null> {
    return this.commitments.findOneBy({ id });
  }

  commitmentsOf(resolutionIds: readonly string[]): Promise<CommitmentEntity[]> {
    return this.commitments.find({
      where: { resolutionId: In([...resolutionIds]) },
      order: { position: 'ASC' },
    });
  }

  async setCommitmentStatus(tx: Transaction, id: string, status: CommitmentEntity['status']) {
    await tx.getRepository(CommitmentEntity).update({ id }, { status });
  }

  async insertProgress(tx: Transaction, row: Partial<ProgressUpdateEntity>): Promise<ProgressUpdateEntity> {
    const repository = tx.getRepository(ProgressUpdateEntity);
    return repository.save(repository.create(row));
  }

  progressOf(commitmentIds: readonly string[]): Promise<ProgressUpdateEntity[]> {
    return this.progress.find({
      where: { commitmentId: In([...commitmentIds]) },
      order: { publishedAt: 'ASC', id: 'ASC' },
    });
  }

  // Follows and notifications

  async follow(userId: string, subjectType: string, subjectId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO follows (user_id, subject_type, subject_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [userId, subjectType, subjectId],
    );
  }

  async unfollow(userId: string, subjectType: string, subjectId: string): Promise<void> {
    await this.follows.delete({ userId, subjectType, subjectId });
  }

  followsOf(userId: string, subjectType: string, subjectIds: readonly string[]): Promise<FollowEntity[]> {
    return this.follows.findBy({ userId, subjectType, subjectId: In([...subjectIds]) });
  }

  async followerCounts(subjectType: string, subjectIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { subject_id: string; followers: string }[] = await this.dataSource.query(
      `SELECT subject_id, count(*) AS followers FROM follows
        WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) GROUP BY subject_id`,
      [subjectType, [...subjectIds]],
    );
    return new Map(rows.map((row) => [row.subject_id, Number(row.followers)]));
  }

  followPage(userId: string, after: [string, string] | null, limit: number): Promise<FollowEntity[]> {
    const query = this.follows
      .createQueryBuilder('f')
      .where('f.user_id = :userId', { userId })
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.subject_id', 'DESC')
      .limit(limit);
    if (after) query.andWhere('(f.created_at, f.subject_id) < (:at, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  followCount(userId: string): Promise<number> {
    return this.follows.countBy({ userId });
  }

  /** One notification per follower, in the transaction that publishes what it tells of. */
  async notifyFollowers(tx: Transaction, notification: NewNotification): Promise<number> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO notifications (user_id, kind, subject_type, subject_id, title)
       SELECT user_id, $1::text, $2::text, $3::uuid, $4::text FROM follows
        WHERE subject_type = $2::text AND subject_id = $3::uuid
       RETURNING id`,
      [notification.kind, notification.subjectType, notification.subjectId, notification.title],
    );
    return rows.length;
  }

  notificationPage(userId: string, after: [string, string] | null, limit: number) {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (after) query.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  notificationCount(userId: string, unreadOnly: boolean): Promise<number> {
    const query = this.notifications.createQueryBuilder('n').where('n.user_id = :userId', { userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return query.getCount();
  }

  async markNotificationsRead(userId: string): Promise<number> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Takes the unmailed notifications of up to `users` people, grouped per person, and marks them
   * mailed, in the caller's transaction: concurrent instances skip rows another one holds.
   */
  async takeDigests(tx: Transaction, users: number): Promise<DigestRow[]> {
    const rows: {
      user_id: string;
      email: string;
      display_name: string;
      notifications: DigestRow['notifications'];
    }[] = await tx.query(
      `WITH taken AS (
         SELECT n.id FROM notifications n
          WHERE n.emailed_at IS NULL
            AND n.user_id IN (SELECT DISTINCT user_id FROM notifications WHERE emailed_at IS NULL LIMIT $1)
          FOR UPDATE SKIP LOCKED
       ), marked AS (
         UPDATE notifications n SET emailed_at = now() FROM taken WHERE n.id = taken.id
         RETURNING n.id, n.user_id, n.kind, n.title, n.subject_id, n.created_at
       )
       SELECT m.user_id, u.email, u.display_name,
              json_agg(json_build_object('id', m.id, 'kind', m.kind, 'title', m.title,
                       'subjectId', m.subject_id, 'createdAt', m.created_at) ORDER BY m.created_at) AS notifications
         FROM marked m JOIN users u ON u.id = m.user_id
        WHERE u.email_verified_at IS NOT NULL AND u.email IS NOT NULL AND u.deleted_at IS NULL
        GROUP BY m.user_id, u.email, u.display_name`,
      [users],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      email: row.email,
      displayName: row.display_name,
      notifications: row.notifications,
    }));
  }

  // What a resolution needs to know of the assembly cycle, read in the action's transaction

  async itemContext(tx: Transaction, agendaItemId: string): Promise<ItemContext | null> {
    const rows: ItemContext[] = await tx.query(
      `SELECT i.id AS "agendaItemId", i.number AS "itemNumber", i.title AS "itemTitle", e.id AS "editionId",
              e.number AS "editionNumber", a.id AS "assemblyId", a.name AS "assemblyName",
              a.resolution_prefix AS "prefix", a.voting_level AS "votingLevel"
         FROM agenda_items i JOIN assembly_editions e ON e.id = i.edition_id JOIN assemblies a ON a.id = e.assembly_id
        WHERE i.id = $1`,
      [agendaItemId],
    );
    return rows[0] ?? null;
  }

  async organizationFacts(tx: Transaction, ids: readonly string[]): Promise<OrganizationFacts[]> {
    return tx.query(
      `SELECT id, sector, verified_at IS NOT NULL AS verified FROM organizations WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  async isApprovedConstituency(tx: Transaction, editionId: string, organizationId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM constituencies WHERE edition_id = $1 AND organization_id = $2 AND state = 'APPROVED'`,
      [editionId, organizationId],
    );
    return rows.length > 0;
  }

  // The trace

  /** The proposals an agenda item grew from: its own, and those merged into it. */
  async traceProposals(agendaItemId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM agenda_items i JOIN proposals p ON p.id = i.proposal_id OR p.merged_into_id = i.proposal_id
        WHERE i.id = $1 ORDER BY p.submitted_at NULLS LAST, p.id`,
      [agendaItemId],
    );
    return rows.map((row) => row.id);
  }
}
