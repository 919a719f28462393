import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { DemographicsEntity } from './demographics.entity';
import { EmailTokenEntity, EmailTokenPurpose } from './email-token.entity';
import { UserEntity } from './user.entity';

/** The only place accounts meet SQL. Writes take the caller's transaction. */
@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(DemographicsEntity) private readonly demographics: Repository<DemographicsEntity>,
  ) {}

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ id: In([...ids]) });
  }

  findByEmail(email: string, tx?: EntityManager): Promise<UserEntity | null> {
    return (tx?.getRepository(UserEntity) ?? this.users).findOneBy({ email, deletedAt: IsNull() });
  }

  findById(id: string, tx?: EntityManager): Promise<UserEntity | null> {
    return (tx?.getRepository(UserEntity) ?? this.users).findOneBy({ id });
  }

  /** The row locked until the transaction ends, so two changes to one account queue up. */
  lock(tx: EntityManager, id: string): Promise<UserEntity | null> {
    return tx.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(tx: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
    return tx.getRepository(UserEntity).save(tx.getRepository(UserEntity).create(user));
  }

  async update(tx: EntityManager, id: string, changes: Partial<UserEntity>): Promise<void> {
    await tx.getRepository(UserEntity).update({ id }, changes);
  }

  demographicsOf(userIds: readonly string[]): Promise<DemographicsEntity[]> {
    return this.demographics.findBy({ userId: In([...userIds]) });
  }

  async saveDemographics(
    tx: EntityManager,
    row: Partial<DemographicsEntity> & { userId: string },
  ): Promise<void> {
    await tx.getRepository(DemographicsEntity).upsert(row, ['userId']);
  }

  async deleteDemographics(tx: EntityManager, userId: string): Promise<void> {
    await tx.getRepository(DemographicsEntity).delete({ userId });
  }

  async insertToken(tx: EntityManager, token: Partial<EmailTokenEntity>): Promise<void> {
    await tx.getRepository(EmailTokenEntity).insert(token);
  }

  /** An unused, unexpired token, locked so it can be used once. */
  usableToken(
    tx: EntityManager,
    tokenHash: string,
    purpose: EmailTokenPurpose,
  ): Promise<EmailTokenEntity | null> {
    return tx
      .getRepository(EmailTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :tokenHash AND t.purpose = :purpose', { tokenHash, purpose })
      .andWhere('t.used_at IS NULL AND t.expires_at > now()')
      .getOne();
  }

  async markTokenUsed(tx: EntityManager, id: string): Promise<void> {
    await tx.getRepository(EmailTokenEntity).update({ id }, { usedAt: () => 'now()' });
  }

  /** Ends every open token of a purpose, so only the newest link works. */
  async retireTokens(tx: EntityManager, userId: string, purpose: EmailTokenPurpose): Promise<void> {
    await tx
      .getRepository(EmailTokenEntity)
      .update({ userId, purpose, usedAt: IsNull() }, { usedAt: () => 'now()' });
  }
}
