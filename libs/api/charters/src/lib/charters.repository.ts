import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, Repository } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import { CharterState, OrganizationSector } from '@canopy/domain';
import {
  CharterClauseEntity,
  CharterCommitteeMemberEntity,
  CharterEditionEntity,
  CharterEntity,
  CharterSectionEntity,
  CharterSignatureEntity,
  IndicatorReadingEntity,
  StatuteChapterEntity,
} from './charter.entities';

export interface CharterFilter {
  /** The place and every place within it. */
  jurisdictionId?: string;
  /** Only charters with an edition adopted at a forum (the ones another community may start from). */
  adoptedOnly?: boolean;
  /** Words in the title. */
  search?: string;
}

export interface SectionRow {
  kind: CharterSectionEntity['kind'];
  title: string;
  statuteChapter: string | null;
  clauses: Omit<CharterClauseEntity, 'id' | 'editionId' | 'sectionId' | 'number' | 'position'>[];
}

export interface OrganizationFacts {
  id: string;
  sector: OrganizationSector;
  verified: boolean;
  jurisdictionId: string;
}

export interface SignatureCount {
  editionId: string;
  people: number;
  organizations: number;
}

const ADOPTED_STATES = [
  CharterState.ADOPTED,
  CharterState.IN_FORCE,
  CharterState.UNDER_REVIEW,
  CharterState.SUPERSEDED,
];

/** The only place charters, their editions, text, signatures and readings meet SQL. */
@Injectable()
export class ChartersRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CharterEntity) private readonly charters: Repository<CharterEntity>,
    @InjectRepository(CharterEditionEntity) private readonly editions: Repository<CharterEditionEntity>,
    @InjectRepository(CharterSectionEntity) private readonly sections: Repository<CharterSectionEntity>,
    @InjectRepository(CharterClauseEntity) private readonly clauses: Repository<CharterClauseEntity>,
    @InjectRepository(CharterCommitteeMemberEntity)
    private readonly committee: Repository<CharterCommitteeMemberEntity>,
    @InjectRepository(IndicatorReadingEntity) private readonly readings: Repository<IndicatorReadingEntity>,
    @InjectRepository(StatuteChapterEntity) private readonly chapters: Repository<StatuteChapterEntity>,
  ) {}

  // Charters

  charterById(id: string, tx?: Transaction): Promise<CharterEntity | null> {
    return (tx?.getRepository(CharterEntity) ?? this.charters).findOneBy({ id });
  }

  chartersByIds(ids: readonly string[]): Promise<CharterEntity[]> {
    return this.charters.findBy({ id: In([...ids]) });
  }

  lockCharter(tx: Transaction, id: string): Promise<CharterEntity | null> {
    return tx.getRepository(CharterEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insertCharter(tx: Transaction, row: Partial<CharterEntity>): Promise<CharterEntity> {
    const repository = tx.getRepository(CharterEntity);
    return repository.save(repository.create(row));
  }

  async updateCharter(tx: Transaction, id: string, changes: Partial<CharterEntity>): Promise<void> {
    await tx.getRepository(CharterEntity).update({ id }, changes);
  }

  /** Up to `limit` charters after the keyset (title, id), in title order. */
  async page(filter: CharterFilter, after: [string, string] | null, limit: number): Promise<CharterEntity[]> {
    const { where, params } = this.filtered(filter);
    const keyset = after ? `AND (c.title, c.id) > ($${params.length + 1}, $${params.length + 2})` : '';
    const rows: { id: string }[] = await this.dataSource.query(
      `${this.places(filter)}
       SELECT c.id FROM charters c WHERE ${where} ${keyset}
        ORDER BY c.title, c.id LIMIT ${Math.trunc(limit)}`,
      after ? [...params, after[0], after[1]] : params,
    );
    const found = await this.chartersByIds(rows.map((row) => row.id));
    const byId = new Map(found.map((charter) => [charter.id, charter]));
    return rows.map((row) => byId.get(row.id)).filter((charter): charter is CharterEntity => !!charter);
  }

  async count(filter: CharterFilter): Promise<number> {
    const { where, params } = this.filtered(filter);
    const [row]: { count: string }[] = await this.dataSource.query(
      `${this.places(filter)} SELECT count(*) FROM charters c WHERE ${where}`,
      params,
    );
    return Number(row.count);
  }

  /** The place and the places within it, as a recursive walk down the jurisdiction tree. */
  private places(filter: CharterFilter): string {
    return filter.jurisdictionId
      ? `WITH RECURSIVE places AS (
           SELECT id FROM jurisdictions WHERE id = $1
           UNION ALL SELECT j.id FROM jurisdictions j JOIN places p ON j.parent_id = p.id)`
      : '';
  }

  private filtered(filter: CharterFilter): { where: string; params: unknown[] } {
    const conditions = ['TRUE'];
    const params: unknown[] = [];
    if (filter.jurisdictionId) {
      params.push(filter.jurisdictionId);
      conditions.push('c.jurisdiction_id IN (SELECT id FROM places)');
    }
    if (filter.adoptedOnly) {
      params.push(ADOPTED_STATES);
      conditions.push(
        `EXISTS (SELECT 1 FROM charter_editions e WHERE e.charter_id = c.id AND e.state = ANY($${params.length}::charter_state[]))`,
      );
    }
    if (filter.search) {
      params.push(`%${filter.search.replace(/[\\%_]/g, (match) => `\\${match}`)}%`);
      conditions.push(`c.title ILIKE $${params.length}`);
    }
    return { where: conditions.join(' AND '), params };
  }

  // The committee

  committeeOf(charterIds: readonly string[]): Promise<CharterCommitteeMemberEntity[]> {
    return this.committee.find({
      where: { charterId: In([...charterIds]) },
      order: { addedAt: 'ASC', id: 'ASC' },
    });
  }

  committeeIn(tx: Transaction, charterId: string): Promise<CharterCommitteeMemberEntity[]> {
    return tx.getRepository(CharterCommitteeMemberEntity).find({
      where: { charterId },
      order: { addedAt: 'ASC', id: 'ASC' },
    });
  }

  insertMember(
    tx: Transaction,
    row: Partial<CharterCommitteeMemberEntity>,
  ): Promise<CharterCommitteeMemberEntity> {
    const repository = tx.getRepository(CharterCommitteeMemberEntity);
    return repository.save(repository.create(row));
  }

  async deleteMember(tx: Transaction, charterId: string, memberId: string): Promise<boolean> {
    const result = await tx.getRepository(CharterCommitteeMemberEntity).delete({ id: memberId, charterId });
    return (result.affected ?? 0) > 0;
  }

  /** Charters whose committee has the person, in person or through an organization they belong to. */
  async committeeChartersOf(userId: string): Promise<string[]> {
    const rows: { charter_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.charter_id FROM charter_committee_members m
        WHERE m.user_id = $1
           OR m.organization_id IN (SELECT organization_id FROM organization_members WHERE user_id = $1)`,
      [userId],
    );
    return rows.map((row) => row.charter_id);
  }

  // Editions

  editionById(id: string, tx?: Transaction): Promise<CharterEditionEntity | null> {
    return (tx?.getRepository(CharterEditionEntity) ?? this.editions).findOneBy({ id });
  }

  editionsByIds(ids: readonly string[]): Promise<CharterEditionEntity[]> {
    return this.editions.findBy({ id: In([...ids]) });
  }

  /** Every edition of these charters, oldest first (a charter has a handful). */
  editionsOf(charterIds: readonly string[]): Promise<CharterEditionEntity[]> {
    return this.editions.find({ where: { charterId: In([...charterIds]) }, order: { number: 'ASC' } });
  }

  editionsIn(tx: Transaction, charterId: string): Promise<CharterEditionEntity[]> {
    return tx.getRepository(CharterEditionEntity).find({ where: { charterId }, order: { number: 'ASC' } });
  }

  insertEdition(tx: Transaction, row: Partial<CharterEditionEntity>): Promise<CharterEditionEntity> {
    const repository = tx.getRepository(CharterEditionEntity);
    return repository.save(repository.create(row));
  }

  async updateEdition(
    tx: Transaction,
    id: string,
    changes: Partial<CharterEditionEntity>,
  ): Promise<CharterEditionEntity> {
    await tx.getRepository(CharterEditionEntity).update({ id }, changes);
    return tx.getRepository(CharterEditionEntity).findOneByOrFail({ id });
  }

  // Text

  sectionsOf(editionIds: readonly string[]): Promise<CharterSectionEntity[]> {
    return this.sections.find({ where: { editionId: In([...editionIds]) }, order: { position: 'ASC' } });
  }

  clausesOf(editionIds: readonly string[], tx?: Transaction): Promise<CharterClauseEntity[]> {
    return (tx?.getRepository(CharterClauseEntity) ?? this.clauses).find({
      where: { editionId: In([...editionIds]) },
      order: { number: 'ASC' },
    });
  }

  sectionsIn(tx: Transaction, editionId: string): Promise<CharterSectionEntity[]> {
    return tx.getRepository(CharterSectionEntity).find({ where: { editionId }, order: { position: 'ASC' } });
  }

  clauseById(id: string, tx?: Transaction): Promise<CharterClauseEntity | null> {
    return (tx?.getRepository(CharterClauseEntity) ?? this.clauses).findOneBy({ id });
  }

  clausesByIds(ids: readonly string[]): Promise<CharterClauseEntity[]> {
    return this.clauses.findBy({ id: In([...ids]) });
  }

  async clauseCount(tx: Transaction, editionId: string): Promise<number> {
    return tx.getRepository(CharterClauseEntity).countBy({ editionId });
  }

  /** Replaces an edition's whole text: its sections, and their clauses numbered through the edition. */
  async replaceText(tx: Transaction, editionId: string, sections: readonly SectionRow[]): Promise<void> {
    await tx.getRepository(CharterClauseEntity).delete({ editionId });
    await tx.getRepository(CharterSectionEntity).delete({ editionId });
    let number = 0;
    for (const [position, section] of sections.entries()) {
      const saved = await tx.getRepository(CharterSectionEntity).save(
        tx.getRepository(CharterSectionEntity).create({
          editionId,
          position,
          kind: section.kind,
          title: section.title,
          statuteChapter: section.statuteChapter,
        }),
      );
      if (!section.clauses.length) continue;
      await tx.getRepository(CharterClauseEntity).insert(
        section.clauses.map((clause, index) => ({
          ...clause,
          editionId,
          sectionId: saved.id,
          position: index,
          number: ++number,
        })),
      );
    }
  }

  // Readings

  insertReading(tx: Transaction, row: Partial<IndicatorReadingEntity>): Promise<IndicatorReadingEntity> {
    const repository = tx.getRepository(IndicatorReadingEntity);
    return repository.save(repository.create(row));
  }

  /** Every reading of these clause lineages, oldest period first. */
  readingsOf(lineageIds: readonly string[]): Promise<IndicatorReadingEntity[]> {
    return this.readings.find({
      where: { lineageId: In([...lineageIds]) },
      order: { periodEnd: 'ASC', recordedAt: 'ASC' },
    });
  }

  // Signatures

  /** A standing signature, or null when the person (or organization) has one already. */
  async insertSignature(
    tx: Transaction,
    editionId: string,
    userId: string,
    organizationId: string | null,
  ): Promise<CharterSignatureEntity | null> {
    const conflict = organizationId
      ? '(edition_id, organization_id) WHERE organization_id IS NOT NULL AND withdrawn_at IS NULL'
      : '(edition_id, user_id) WHERE organization_id IS NULL AND withdrawn_at IS NULL';
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO charter_signatures (edition_id, user_id, organization_id) VALUES ($1, $2, $3)
       ON CONFLICT ${conflict} DO NOTHING RETURNING id`,
      [editionId, userId, organizationId],
    );
    return rows.length ? tx.getRepository(CharterSignatureEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  /** Withdraws the standing signature; false when there was none. */
  async withdrawSignature(
    tx: Transaction,
    editionId: string,
    userId: string,
    organizationId: string | null,
  ): Promise<boolean> {
    // An UPDATE answers [rows, count] through TypeORM's driver.
    const [rows]: [unknown[], number] = await tx.query(
      organizationId
        ? `UPDATE charter_signatures SET withdrawn_at = now()
            WHERE edition_id = $1 AND organization_id = $2 AND withdrawn_at IS NULL RETURNING id`
        : `UPDATE charter_signatures SET withdrawn_at = now()
            WHERE edition_id = $1 AND user_id = $2 AND organization_id IS NULL AND withdrawn_at IS NULL RETURNING id`,
      [editionId, organizationId ?? userId],
    );
    return rows.length > 0;
  }

  /** Standing signatures per edition: people and organizations, counted exactly. */
  async signatureCounts(editionIds: readonly string[], tx?: Transaction): Promise<SignatureCount[]> {
    const rows: { edition_id: string; people: string; organizations: string }[] = await (
      tx ?? this.dataSource
    ).query(
      `SELECT edition_id,
              count(*) FILTER (WHERE organization_id IS NULL) AS people,
              count(*) FILTER (WHERE organization_id IS NOT NULL) AS organizations
         FROM charter_signatures
        WHERE edition_id = ANY($1::uuid[]) AND withdrawn_at IS NULL
        GROUP BY edition_id`,
      [[...editionIds]],
    );
    return rows.map((row) => ({
      editionId: row.edition_id,
      people: Number(row.people),
      organizations: Number(row.organizations),
    }));
  }

  /** The person's standing signatures on these editions, in person and for organizations. */
  signaturesOf(userId: string, editionIds: readonly string[]): Promise<CharterSignatureEntity[]> {
    return this.dataSource.getRepository(CharterSignatureEntity).query(
      `SELECT id, edition_id AS "editionId", user_id AS "userId", organization_id AS "organizationId",
              signed_at AS "signedAt", withdrawn_at AS "withdrawnAt"
         FROM charter_signatures
        WHERE edition_id = ANY($1::uuid[]) AND withdrawn_at IS NULL
          AND (user_id = $2 AND organization_id IS NULL
               OR organization_id IN (SELECT organization_id FROM organization_members WHERE user_id = $2))`,
      [[...editionIds], userId],
    );
  }

  /** Organizations standing behind these editions, in the order they signed. */
  signingOrganizationsOf(editionIds: readonly string[]): Promise<CharterSignatureEntity[]> {
    return this.dataSource.getRepository(CharterSignatureEntity).find({
      where: { editionId: In([...editionIds]), organizationId: Not(IsNull()), withdrawnAt: IsNull() },
      order: { signedAt: 'ASC', id: 'ASC' },
    });
  }

  // Places and organizations, read inside the action's transaction

  /** Whether `jurisdictionId` is `ancestorId` or lies within it. */
  async isWithin(tx: Transaction, jurisdictionId: string, ancestorId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM jurisdictions WHERE id = $1
         UNION ALL SELECT j.id, j.parent_id FROM jurisdictions j JOIN up ON j.id = up.parent_id)
       SELECT 1 FROM up WHERE id = $2`,
      [jurisdictionId, ancestorId],
    );
    return rows.length > 0;
  }

  async residenceOf(tx: Transaction, userId: string): Promise<string | null> {
    const [row]: { residence_jurisdiction_id: string | null }[] = await tx.query(
      `SELECT residence_jurisdiction_id FROM users WHERE id = $1`,
      [userId],
    );
    return row?.residence_jurisdiction_id ?? null;
  }

  async jurisdictionExists(tx: Transaction, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM jurisdictions WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** The country a place lies in (itself for a country). */
  async countryOf(tx: Transaction | null, jurisdictionId: string): Promise<string | null> {
    const [row]: { country: string | null }[] = await (tx ?? this.dataSource).query(
      `SELECT CASE WHEN level = 'COUNTRY' THEN id ELSE country_id END AS country FROM jurisdictions WHERE id = $1`,
      [jurisdictionId],
    );
    return row?.country ?? null;
  }

  async organizationFacts(tx: Transaction, ids: readonly string[]): Promise<OrganizationFacts[]> {
    const rows: { id: string; sector: OrganizationSector; verified: boolean; jurisdiction_id: string }[] =
      await tx.query(
        `SELECT id, sector, verified_at IS NOT NULL AS verified, jurisdiction_id
           FROM organizations WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
    return rows.map((row) => ({ ...row, jurisdictionId: row.jurisdiction_id }));
  }

  // Statute chapters

  chaptersOf(countryIds: readonly string[]): Promise<StatuteChapterEntity[]> {
    return this.chapters.find({ where: { countryId: In([...countryIds]) }, order: { position: 'ASC' } });
  }

  chaptersIn(tx: Transaction, countryId: string): Promise<StatuteChapterEntity[]> {
    return tx.getRepository(StatuteChapterEntity).find({ where: { countryId }, order: { position: 'ASC' } });
  }

  async replaceChapters(
    tx: Transaction,
    countryId: string,
    chapters: readonly { code: string; title: string }[],
  ): Promise<void> {
    await tx.getRepository(StatuteChapterEntity).delete({ countryId });
    if (!chapters.length) return;
    await tx
      .getRepository(StatuteChapterEntity)
      .insert(chapters.map((chapter, position) => ({ countryId, ...chapter, position })));
  }
}
