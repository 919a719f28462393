import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { AssemblyKind, AssemblyRole, VerificationLevel } from '@canopy/domain';
import { AssemblyRoleGrantEntity } from './assembly-role-grant.entity';
import { AssemblyEditionEntity } from './assembly-edition.entity';
import { AssemblyEntity } from './assembly.entity';

export interface AssemblyFilter {
  countryId?: string;
  kind?: AssemblyKind;
}

/** The only place assemblies meet SQL. Lists are ordered by (name, id), the keyset of their cursors. */
@Injectable()
export class AssembliesRepository {
  constructor(
    @InjectRepository(AssemblyEntity) private readonly assemblies: Repository<AssemblyEntity>,
    @InjectRepository(AssemblyEditionEntity) private readonly editions: Repository<AssemblyEditionEntity>,
    @InjectRepository(JurisdictionEntity) private readonly jurisdictions: Repository<JurisdictionEntity>,
    @InjectRepository(AssemblyRoleGrantEntity) private readonly grants: Repository<AssemblyRoleGrantEntity>,
  ) {}

  lock(tx: Transaction, id: string): Promise<AssemblyEntity | null> {
    return tx.getRepository(AssemblyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setResolutionPrefix(tx: Transaction, id: string, resolutionPrefix: string): Promise<AssemblyEntity> {
    await tx.getRepository(AssemblyEntity).update({ id }, { resolutionPrefix });
    return tx.getRepository(AssemblyEntity).findOneByOrFail({ id });
  }

  async setVotingLevel(tx: Transaction, id: string, votingLevel: VerificationLevel): Promise<AssemblyEntity> {
    await tx.getRepository(AssemblyEntity).update({ id }, { votingLevel });
    return tx.getRepository(AssemblyEntity).findOneByOrFail({ id });
  }

  grantsOf(assemblyIds: readonly string[]): Promise<AssemblyRoleGrantEntity[]> {
    return this.grants.find({
      where: { assemblyId: In([...assemblyIds]) },
      order: { role: 'ASC', grantedAt: 'ASC' },
    });
  }

  /** A person's appointments, with the country of each assembly. */
  async grantsOfUser(
    userId: string,
  ): Promise<{ assemblyId: string; role: AssemblyRole; countryId: string }[]> {
    const rows: { assembly_id: string; role: AssemblyRole; country_id: string }[] = await this.grants
      .createQueryBuilder('g')
      .innerJoin(AssemblyEntity, 'a', 'a.id = g.assembly_id')
      .innerJoin(JurisdictionEntity, 'j', 'j.id = a.jurisdiction_id')
      .select([
        'g.assembly_id AS assembly_id',
        'g.role AS role',
        'COALESCE(j.country_id, j.id) AS country_id',
      ])
      .where('g.user_id = :userId', { userId })
      .getRawMany();
    return rows.map((row) => ({ assemblyId: row.assembly_id, role: row.role, countryId: row.country_id }));
  }

  findGrant(tx: Transaction, grant: Pick<AssemblyRoleGrantEntity, 'assemblyId' | 'userId' | 'role'>) {
    return tx.getRepository(AssemblyRoleGrantEntity).findOneBy(grant);
  }

  insertGrant(tx: Transaction, grant: Partial<AssemblyRoleGrantEntity>): Promise<AssemblyRoleGrantEntity> {
    const repository = tx.getRepository(AssemblyRoleGrantEntity);
    return repository.save(repository.create(grant));
  }

  async deleteGrant(tx: Transaction, grant: Pick<AssemblyRoleGrantEntity, 'assemblyId' | 'userId' | 'role'>) {
    return (await tx.getRepository(AssemblyRoleGrantEntity).delete(grant)).affected ?? 0;
  }

  async deleteGrantsOfUser(tx: Transaction, userId: string): Promise<void> {
    await tx.getRepository(AssemblyRoleGrantEntity).delete({ userId });
  }

  findByIds(ids: readonly string[]): Promise<AssemblyEntity[]> {
    return this.assemblies.findBy({ id: In([...ids]) });
  }

  page(filter: AssemblyFilter, after: [string, string] | null, limit: number): Promise<AssemblyEntity[]> {
    const query = this.filtered(filter).orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').limit(limit);
    if (after) query.andWhere('(a.name, a.id) > (:name, :id)', { name: after[0], id: after[1] });
    return query.getMany();
  }

  count(filter: AssemblyFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** Editions of the given assemblies, newest first within each assembly. */
  editionsOf(assemblyIds: readonly string[]): Promise<AssemblyEditionEntity[]> {
    return this.editions.find({
      where: { assemblyId: In([...assemblyIds]) },
      order: { assemblyId: 'ASC', number: 'DESC' },
    });
  }

  /** Countries that hold at least one assembly, by name. */
  countriesWithAssemblies(): Promise<JurisdictionEntity[]> {
    return this.jurisdictions
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT COALESCE(j.country_id, j.id) FROM assemblies a JOIN jurisdictions j ON j.id = a.jurisdiction_id)`,
      )
      .orderBy('c.name', 'ASC')
      .getMany();
  }

  private filtered(filter: AssemblyFilter): SelectQueryBuilder<AssemblyEntity> {
    const query = this.assemblies.createQueryBuilder('a');
    if (filter.countryId) {
      query
        .innerJoin(JurisdictionEntity, 'j', 'j.id = a.jurisdiction_id')
        .andWhere('COALESCE(j.country_id, j.id) = :country', { country: filter.countryId });
    }
    if (filter.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    return query;
  }
}
