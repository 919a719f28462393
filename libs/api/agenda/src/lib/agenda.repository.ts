import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository, SelectQueryBuilder } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import {
  ConstituencyState,
  CosponsorState,
  OrganizationSector,
  ParticipationStage,
  ProposalState,
} from '@canopy/domain';
import {
  AgendaItemEntity,
  ConstituencyEntity,
  CosponsorEntity,
  EndorsementEntity,
  ProposalEntity,
  ScoreEntity,
  WorkingGroupMemberEntity,
} from './agenda.entities';

export interface ProposalFilter {
  editionId?: string;
  organizationId?: string;
  states?: ProposalState[];
  /** Leave drafts out (public lists). */
  publicOnly?: boolean;
}

export interface EndorsementCounts {
  organizations: number;
  citizens: number;
}

export interface ParticipationRow {
  stage: ParticipationStage;
  sector: OrganizationSector;
  organizations: number;
}

/** The text search configurations a query is read in; the vector holds all of them. */
const SEARCH_CONFIGS = ['simple', 'english', 'arabic'] as const;
const SEARCH_QUERY = SEARCH_CONFIGS.map((config) => `websearch_to_tsquery('${config}', :q)`).join(' || ');

/** The only place the assembly cycle meets SQL. */
@Injectable()
export class AgendaRepository {
  constructor(
    @InjectRepository(ConstituencyEntity) private readonly constituencies: Repository<ConstituencyEntity>,
    @InjectRepository(ProposalEntity) private readonly proposals: Repository<ProposalEntity>,
    @InjectRepository(CosponsorEntity) private readonly cosponsors: Repository<CosponsorEntity>,
    @InjectRepository(EndorsementEntity) private readonly endorsements: Repository<EndorsementEntity>,
    @InjectRepository(ScoreEntity) private readonly scores: Repository<ScoreEntity>,
    @InjectRepository(AgendaItemEntity) private readonly items: Repository<AgendaItemEntity>,
    @InjectRepository(WorkingGroupMemberEntity)
    private readonly workingGroups: Repository<WorkingGroupMemberEntity>,
  ) {}

  // Constituencies

  constituencyById(id: string): Promise<ConstituencyEntity | null> {
    return this.constituencies.findOneBy({ id });
  }

  lockConstituency(tx: Transaction, id: string): Promise<ConstituencyEntity | null> {
    return tx
      .getRepository(ConstituencyEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  constituencyOf(tx: Transaction, editionId: string, organizationId: string) {
    return tx.getRepository(ConstituencyEntity).findOneBy({ editionId, organizationId });
  }

  insertConstituency(tx: Transaction, row: Partial<ConstituencyEntity>): Promise<ConstituencyEntity> {
    const repository = tx.getRepository(ConstituencyEntity);
    return repository.save(repository.create(row));
  }

  async updateConstituency(tx: Transaction, id: string, changes: Partial<ConstituencyEntity>) {
    await tx.getRepository(ConstituencyEntity).update({ id }, changes);
    return tx.getRepository(ConstituencyEntity).findOneByOrFail({ id });
  }

  /** An edition's constituencies by application time (then id). */
  constituencyPage(
    editionId: string,
    state: ConstituencyState | undefined,
    after: [string, string] | null,
    limit: number,
  ): Promise<ConstituencyEntity[]> {
    const query = this.constituencyQuery(editionId, state)
      .orderBy('c.applied_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(c.applied_at, c.id) > (:at, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  constituencyCount(editionId: string, state: ConstituencyState | undefined): Promise<number> {
    return this.constituencyQuery(editionId, state).getCount();
  }

  constituenciesOfOrganizations(organizationIds: readonly string[]): Promise<ConstituencyEntity[]> {
    return this.constituencies.find({
      where: { organizationId: In([...organizationIds]) },
      order: { appliedAt: 'DESC' },
    });
  }

  private constituencyQuery(editionId: string, state: ConstituencyState | undefined) {
    const query = this.constituencies
      .createQueryBuilder('c')
      .where('c.edition_id = :editionId', { editionId });
    if (state) query.andWhere('c.state = :state', { state });
    return query;
  }

  // Proposals

  proposalsByIds(ids: readonly string[]): Promise<ProposalEntity[]> {
    return this.proposals.findBy({ id: In([...ids]) });
  }

  proposalById(id: string, tx?: Transaction): Promise<ProposalEntity | null> {
    return (tx?.getRepository(ProposalEntity) ?? this.proposals).findOneBy({ id });
  }

  lockProposal(tx: Transaction, id: string): Promise<ProposalEntity | null> {
    return tx.getRepository(ProposalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insertProposal(tx: Transaction, row: Partial<ProposalEntity>): Promise<ProposalEntity> {
    const repository = tx.getRepository(ProposalEntity);
    return repository.save(repository.create(row));
  }

  async updateProposal(
    tx: Transaction,
    id: string,
    changes: Partial<ProposalEntity>,
  ): Promise<ProposalEntity> {
    await tx.getRepository(ProposalEntity).update({ id }, changes);
    return tx.getRepository(ProposalEntity).findOneByOrFail({ id });
  }

  /** Serializes numbering within an edition (proposals on submission, agenda items on selection). */
  async lockEdition(tx: Transaction, editionId: string): Promise<void> {
    await tx.query(`SELECT 1 FROM assembly_editions WHERE id = $1 FOR UPDATE`, [editionId]);
  }

  async nextProposalNumber(tx: Transaction, editionId: string): Promise<number> {
    const [row] = await tx.query(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM proposals WHERE edition_id = $1`,
      [editionId],
    );
    return Number(row.next);
  }

  /** Submitted proposals of an edition in the order they came in (their number). */
  editionProposalPage(
    filter: ProposalFilter,
    after: number | null,
    limit: number,
  ): Promise<ProposalEntity[]> {
    const query = this.proposalQuery(filter).orderBy('p.number', 'ASC').limit(limit);
    if (after !== null) query.andWhere('p.number > :after', { after });
    return query.getMany();
  }

  /** An organization's proposals, newest first. */
  organizationProposalPage(
    filter: ProposalFilter,
    after: [string, string] | null,
    limit: number,
  ): Promise<ProposalEntity[]> {
    const query = this.proposalQuery(filter)
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit);
    if (after) query.andWhere('(p.created_at, p.id) < (:at, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  proposalCount(filter: ProposalFilter): Promise<number> {
    return this.proposalQuery(filter).getCount();
  }

  /** Ranked full-text search over title, problem and proposed action; only public proposals. */
  search(
    text: string,
    editionId: string | undefined,
    offset: number,
    limit: number,
  ): Promise<ProposalEntity[]> {
    return this.searchQuery(text, editionId)
      .addSelect(`ts_rank(p.search_vector, ${SEARCH_QUERY})`, 'rank')
      .orderBy('rank', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  searchCount(text: string, editionId: string | undefined): Promise<number> {
    return this.searchQuery(text, editionId).getCount();
  }

  private searchQuery(text: string, editionId: string | undefined): SelectQueryBuilder<ProposalEntity> {
    const query = this.proposals
      .createQueryBuilder('p')
      .where(`p.search_vector @@ (${SEARCH_QUERY})`, { q: text })
      .andWhere('p.state <> :draft', { draft: ProposalState.DRAFT });
    if (editionId) query.andWhere('p.edition_id = :editionId', { editionId });
    return query;
  }

  mergedInto(targetIds: readonly string[]): Promise<ProposalEntity[]> {
    return this.proposals.find({ where: { mergedIntoId: In([...targetIds]) }, order: { number: 'ASC' } });
  }

  /** Later proposals that propose these again. */
  resubmissionsOf(ids: readonly string[]): Promise<ProposalEntity[]> {
    return this.proposals.find({
      where: { previousProposalId: In([...ids]), state: Not(ProposalState.DRAFT) },
      order: { createdAt: 'ASC' },
    });
  }

  private proposalQuery(filter: ProposalFilter): SelectQueryBuilder<ProposalEntity> {
    const query = this.proposals.createQueryBuilder('p');
    if (filter.editionId) query.andWhere('p.edition_id = :editionId', { editionId: filter.editionId });
    if (filter.organizationId) {
      query.andWhere('p.organization_id = :organizationId', { organizationId: filter.organizationId });
    }
    if (filter.states?.length) query.andWhere('p.state IN (:...states)', { states: filter.states });
    if (filter.publicOnly) query.andWhere('p.state <> :draft', { draft: ProposalState.DRAFT });
    return query;
  }

  // Co-sponsors and endorsements

  cosponsorsOf(proposalIds: readonly string[]): Promise<CosponsorEntity[]> {
    return this.cosponsors.find({
      where: { proposalId: In([...proposalIds]) },
      order: { requestedAt: 'ASC' },
    });
  }

  findCosponsor(tx: Transaction, proposalId: string, organizationId: string) {
    return tx.getRepository(CosponsorEntity).findOneBy({ proposalId, organizationId });
  }

  async saveCosponsor(tx: Transaction, row: Partial<CosponsorEntity>): Promise<CosponsorEntity> {
    const repository = tx.getRepository(CosponsorEntity);
    return repository.save(repository.create(row));
  }

  /** Pending requests addressed to these organizations. */
  cosponsorRequestsFor(organizationIds: readonly string[]): Promise<CosponsorEntity[]> {
    return this.cosponsors.find({
      where: { organizationId: In([...organizationIds]), state: CosponsorState.PENDING },
      order: { requestedAt: 'ASC' },
    });
  }

  findEndorsement(tx: Transaction, proposalId: string, by: { organizationId: string } | { userId: string }) {
    return tx
      .getRepository(EndorsementEntity)
      .findOneBy(
        'organizationId' in by
          ? { proposalId, organizationId: by.organizationId }
          : { proposalId, userId: by.userId, organizationId: IsNull() },
      );
  }

  insertEndorsement(tx: Transaction, row: Partial<EndorsementEntity>): Promise<EndorsementEntity> {
    const repository = tx.getRepository(EndorsementEntity);
    return repository.save(repository.create(row));
  }

  async endorsementCounts(proposalIds: readonly string[]): Promise<Map<string, EndorsementCounts>> {
    const rows: { proposal_id: string; organizations: string; citizens: string }[] = await this.endorsements
      .createQueryBuilder('e')
      .select('e.proposal_id', 'proposal_id')
      .addSelect('count(e.organization_id)', 'organizations')
      .addSelect('count(*) FILTER (WHERE e.organization_id IS NULL)', 'citizens')
      .where('e.proposal_id IN (:...ids)', { ids: [...proposalIds] })
      .groupBy('e.proposal_id')
      .getRawMany();
    return new Map(
      rows.map((row) => [
        row.proposal_id,
        { organizations: Number(row.organizations), citizens: Number(row.citizens) },
      ]),
    );
  }

  endorsementsByOrganizations(proposalIds: readonly string[]): Promise<EndorsementEntity[]> {
    return this.endorsements
      .createQueryBuilder('e')
      .where('e.proposal_id IN (:...ids)', { ids: [...proposalIds] })
      .andWhere('e.organization_id IS NOT NULL')
      .orderBy('e.created_at', 'ASC')
      .getMany();
  }

  /** The proposals among these that this person has endorsed as a citizen. */
  async endorsedBy(userId: string, proposalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.endorsements
      .createQueryBuilder('e')
      .select('e.proposal_id', 'proposal_id')
      .where('e.user_id = :userId AND e.organization_id IS NULL', { userId })
      .andWhere('e.proposal_id IN (:...ids)', { ids: [...proposalIds] })
      .getRawMany<{ proposal_id: string }>();
    return new Set(rows.map((row) => row.proposal_id));
  }

  // Screening

  async saveScores(tx: Transaction, rows: Omit<ScoreEntity, 'scoredAt' | 'proposal'>[]): Promise<void> {
    await tx.getRepository(ScoreEntity).upsert(rows, ['proposalId', 'reviewerId', 'criterionKey']);
  }

  scoresOf(proposalIds: readonly string[], tx?: Transaction): Promise<ScoreEntity[]> {
    return (tx?.getRepository(ScoreEntity) ?? this.scores).find({
      where: { proposalId: In([...proposalIds]) },
      order: { criterionKey: 'ASC', reviewerId: 'ASC' },
    });
  }

  // Agenda items and working groups

  async nextAgendaNumber(tx: Transaction, editionId: string): Promise<number> {
    const [row] = await tx.query(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM agenda_items WHERE edition_id = $1`,
      [editionId],
    );
    return Number(row.next);
  }

  insertAgendaItem(tx: Transaction, row: Partial<AgendaItemEntity>): Promise<AgendaItemEntity> {
    const repository = tx.getRepository(AgendaItemEntity);
    return repository.save(repository.create(row));
  }

  agendaItemById(id: string, tx?: Transaction): Promise<AgendaItemEntity | null> {
    return (tx?.getRepository(AgendaItemEntity) ?? this.items).findOneBy({ id });
  }

  agendaItemsByIds(ids: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.items.findBy({ id: In([...ids]) });
  }

  agendaItemsOfEditions(editionIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.items.find({ where: { editionId: In([...editionIds]) }, order: { number: 'ASC' } });
  }

  agendaItemsOfProposals(proposalIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.items.findBy({ proposalId: In([...proposalIds]) });
  }

  /** Agenda items whose working group has the person, in person or through an organization they belong to. */
  async workingGroupItemsOf(userId: string): Promise<string[]> {
    const rows: { agenda_item_id: string }[] = await this.items.query(
      `SELECT DISTINCT w.agenda_item_id FROM working_group_members w
        WHERE w.user_id = $1
           OR w.organization_id IN (SELECT organization_id FROM organization_members WHERE user_id = $1)`,
      [userId],
    );
    return rows.map((row) => row.agenda_item_id);
  }

  workingGroupsOf(itemIds: readonly string[]): Promise<WorkingGroupMemberEntity[]> {
    return this.workingGroups.find({
      where: { agendaItemId: In([...itemIds]) },
      order: { addedAt: 'ASC', id: 'ASC' },
    });
  }

  findWorkingGroupMember(
    tx: Transaction,
    agendaItemId: string,
    member: { userId: string } | { organizationId: string },
  ) {
    return tx.getRepository(WorkingGroupMemberEntity).findOneBy({ agendaItemId, ...member });
  }

  insertWorkingGroupMember(tx: Transaction, row: Partial<WorkingGroupMemberEntity>) {
    const repository = tx.getRepository(WorkingGroupMemberEntity);
    return repository.save(repository.create(row));
  }

  async deleteWorkingGroupMember(tx: Transaction, agendaItemId: string, id: string): Promise<number> {
    return (await tx.getRepository(WorkingGroupMemberEntity).delete({ agendaItemId, id })).affected ?? 0;
  }

  // The triangle

  /**
   * For one edition, how many distinct organizations of each sector took part at each stage:
   * approved constituencies, proposing organizations, confirmed co-sponsors, working groups.
   */
  async participation(editionId: string): Promise<ParticipationRow[]> {
    const rows: { stage: ParticipationStage; sector: OrganizationSector; organizations: string }[] =
      await this.proposals.manager.query(
        `SELECT s.stage, o.sector, count(DISTINCT s.organization_id)::int AS organizations
           FROM (
             SELECT 'CONSTITUENCY' AS stage, c.organization_id FROM constituencies c
              WHERE c.edition_id = $1 AND c.state = 'APPROVED'
             UNION ALL
             SELECT 'PROPOSAL', p.organization_id FROM proposals p
              WHERE p.edition_id = $1 AND p.state <> 'DRAFT'
             UNION ALL
             SELECT 'COSPONSOR', cs.organization_id FROM proposal_cosponsors cs
               JOIN proposals p ON p.id = cs.proposal_id
              WHERE p.edition_id = $1 AND cs.state = 'CONFIRMED'
             UNION ALL
             SELECT 'WORKING_GROUP', w.organization_id FROM working_group_members w
               JOIN agenda_items i ON i.id = w.agenda_item_id
              WHERE i.edition_id = $1 AND w.organization_id IS NOT NULL
           ) s
           JOIN organizations o ON o.id = s.organization_id
          GROUP BY s.stage, o.sector`,
        [editionId],
      );
    return rows.map((row) => ({ ...row, organizations: Number(row.organizations) }));
  }
}
