import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import {
  AssemblyEditionEntity,
  CommitteeMemberEntity,
  EditionCriterionEntity,
} from './assembly-edition.entity';

/** The only place editions, their criteria and committees meet SQL. */
@Injectable()
export class EditionsRepository {
  constructor(
    @InjectRepository(AssemblyEditionEntity) private readonly editions: Repository<AssemblyEditionEntity>,
    @InjectRepository(EditionCriterionEntity) private readonly criteria: Repository<EditionCriterionEntity>,
    @InjectRepository(CommitteeMemberEntity) private readonly committee: Repository<CommitteeMemberEntity>,
  ) {}

  findByIds(ids: readonly string[]): Promise<AssemblyEditionEntity[]> {
    return this.editions.findBy({ id: In([...ids]) });
  }

  findById(id: string, tx?: Transaction): Promise<AssemblyEditionEntity | null> {
    return (tx?.getRepository(AssemblyEditionEntity) ?? this.editions).findOneBy({ id });
  }

  lock(tx: Transaction, id: string): Promise<AssemblyEditionEntity | null> {
    return tx
      .getRepository(AssemblyEditionEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByNumber(tx: Transaction, assemblyId: string, number: number) {
    return tx.getRepository(AssemblyEditionEntity).findOneBy({ assemblyId, number });
  }

  insert(tx: Transaction, edition: Partial<AssemblyEditionEntity>): Promise<AssemblyEditionEntity> {
    const repository = tx.getRepository(AssemblyEditionEntity);
    return repository.save(repository.create(edition));
  }

  async update(
    tx: Transaction,
    id: string,
    changes: Partial<AssemblyEditionEntity>,
  ): Promise<AssemblyEditionEntity> {
    await tx.getRepository(AssemblyEditionEntity).update({ id }, changes);
    return tx.getRepository(AssemblyEditionEntity).findOneByOrFail({ id });
  }

  criteriaOf(editionIds: readonly string[], tx?: Transaction): Promise<EditionCriterionEntity[]> {
    return (tx?.getRepository(EditionCriterionEntity) ?? this.criteria).find({
      where: { editionId: In([...editionIds]) },
      order: { editionId: 'ASC', position: 'ASC' },
    });
  }

  async replaceCriteria(
    tx: Transaction,
    editionId: string,
    criteria: Omit<EditionCriterionEntity, 'editionId' | 'edition'>[],
  ): Promise<void> {
    const repository = tx.getRepository(EditionCriterionEntity);
    await repository.delete({ editionId });
    if (criteria.length) await repository.insert(criteria.map((criterion) => ({ ...criterion, editionId })));
  }

  committeeOf(editionIds: readonly string[], tx?: Transaction): Promise<CommitteeMemberEntity[]> {
    return (tx?.getRepository(CommitteeMemberEntity) ?? this.committee).find({
      where: { editionId: In([...editionIds]) },
      order: { editionId: 'ASC', addedAt: 'ASC', id: 'ASC' },
    });
  }

  insertCommitteeMember(
    tx: Transaction,
    member: Partial<CommitteeMemberEntity>,
  ): Promise<CommitteeMemberEntity> {
    const repository = tx.getRepository(CommitteeMemberEntity);
    return repository.save(repository.create(member));
  }

  async deleteCommitteeMember(tx: Transaction, editionId: string, id: string): Promise<number> {
    return (await tx.getRepository(CommitteeMemberEntity).delete({ editionId, id })).affected ?? 0;
  }
}
