import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { OrganizationRole, OrganizationSector } from '@canopy/domain';
import {
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
} from './organization.entity';

export interface OrganizationFilter {
  sector?: OrganizationSector;
  countryId?: string;
  verified?: boolean;
}

export interface Membership {
  organizationId: string;
  role: OrganizationRole;
  sector: OrganizationSector;
  jurisdictionId: string;
  verified: boolean;
}

/** The only place organizations meet SQL. */
@Injectable()
export class OrganizationsRepository {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(OrganizationMemberEntity)
    private readonly members: Repository<OrganizationMemberEntity>,
  ) {}

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.organizations.findBy({ id: In([...ids]) });
  }

  page(
    filter: OrganizationFilter,
    after: [string, string] | null,
    limit: number,
  ): Promise<OrganizationEntity[]> {
    const query = this.filtered(filter).orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit);
    if (after) query.andWhere('(o.name, o.id) > (:name, :id)', { name: after[0], id: after[1] });
    return query.getMany();
  }

  count(filter: OrganizationFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  insert(tx: Transaction, organization: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    const repository = tx.getRepository(OrganizationEntity);
    return repository.save(repository.create(organization));
  }

  lock(tx: Transaction, id: string): Promise<OrganizationEntity | null> {
    return tx
      .getRepository(OrganizationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(
    tx: Transaction,
    id: string,
    changes: Partial<OrganizationEntity>,
  ): Promise<OrganizationEntity> {
    await tx.getRepository(OrganizationEntity).update({ id }, changes);
    return tx.getRepository(OrganizationEntity).findOneByOrFail({ id });
  }

  async addMember(
    tx: Transaction,
    member: Pick<OrganizationMemberEntity, 'organizationId' | 'userId' | 'role'>,
  ) {
    await tx.getRepository(OrganizationMemberEntity).upsert(member, ['organizationId', 'userId']);
  }

  member(tx: EntityManager | null, organizationId: string, userId: string) {
    return (tx?.getRepository(OrganizationMemberEntity) ?? this.members).findOneBy({
      organizationId,
      userId,
    });
  }

  async removeMember(tx: Transaction, organizationId: string, userId: string): Promise<void> {
    await tx.getRepository(OrganizationMemberEntity).delete({ organizationId, userId });
  }

  async removeAllMemberships(tx: Transaction, userId: string): Promise<void> {
    await tx.getRepository(OrganizationMemberEntity).delete({ userId });
  }

  adminCount(tx: Transaction, organizationId: string): Promise<number> {
    return tx
      .getRepository(OrganizationMemberEntity)
      .countBy({ organizationId, role: OrganizationRole.ADMIN });
  }

  /** A person's memberships with what the policy needs of each organization. */
  async membershipsOf(userId: string): Promise<Membership[]> {
    const rows: {
      organization_id: string;
      role: OrganizationRole;
      sector: OrganizationSector;
      jurisdiction_id: string;
      verified: boolean;
    }[] = await this.members
      .createQueryBuilder('m')
      .innerJoin(OrganizationEntity, 'o', 'o.id = m.organization_id')
      .select(['m.organization_id AS organization_id', 'm.role AS role', 'o.sector AS sector'])
      .addSelect(['o.jurisdiction_id AS jurisdiction_id', 'o.verified_at IS NOT NULL AS verified'])
      .where('m.user_id = :userId', { userId })
      .orderBy('o.name', 'ASC')
      .getRawMany();
    return rows.map((row) => ({
      organizationId: row.organization_id,
      role: row.role,
      sector: row.sector,
      jurisdictionId: row.jurisdiction_id,
      verified: row.verified,
    }));
  }

  membersPage(organizationId: string, after: [string, string] | null, limit: number) {
    const query = this.members
      .createQueryBuilder('m')
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('m.joined_at', 'ASC')
      .addOrderBy('m.user_id', 'ASC')
      .limit(limit);
    if (after)
      query.andWhere('(m.joined_at, m.user_id) > (:at::timestamptz, :id)', { at: after[0], id: after[1] });
    return query.getMany();
  }

  memberCount(organizationId: string): Promise<number> {
    return this.members.countBy({ organizationId });
  }

  async memberCounts(organizationIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { organization_id: string; count: string }[] = await this.members
      .createQueryBuilder('m')
      .select('m.organization_id', 'organization_id')
      .addSelect('count(*)', 'count')
      .where('m.organization_id IN (:...ids)', { ids: [...organizationIds] })
      .groupBy('m.organization_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.organization_id, Number(row.count)]));
  }

  async insertInvitation(tx: Transaction, invitation: Partial<OrganizationInvitationEntity>) {
    const repository = tx.getRepository(OrganizationInvitationEntity);
    return repository.save(repository.create(invitation));
  }

  usableInvitation(tx: Transaction, tokenHash: string): Promise<OrganizationInvitationEntity | null> {
    return tx
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.token_hash = :tokenHash AND i.accepted_at IS NULL AND i.expires_at > now()', { tokenHash })
      .getOne();
  }

  async markInvitationAccepted(tx: Transaction, id: string): Promise<void> {
    await tx.getRepository(OrganizationInvitationEntity).update({ id }, { acceptedAt: () => 'now()' });
  }

  private filtered(filter: OrganizationFilter): SelectQueryBuilder<OrganizationEntity> {
    const query = this.organizations.createQueryBuilder('o');
    if (filter.sector) query.andWhere('o.sector = :sector', { sector: filter.sector });
    if (filter.verified !== undefined)
      query.andWhere(`o.verified_at IS ${filter.verified ? 'NOT ' : ''}NULL`);
    if (filter.countryId) {
      query
        .innerJoin(JurisdictionEntity, 'j', 'j.id = o.jurisdiction_id')
        .andWhere('COALESCE(j.country_id, j.id) = :country', { country: filter.countryId });
    }
    return query;
  }
}
