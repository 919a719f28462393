import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { RotatedTokenEntity, SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  /** The session behind an access token, with its account, in one read. */
  /** One statement: `findOne` with a relation would first select the distinct ids, then the rows. */
  withUser(id: string): Promise<(SessionEntity & { user: UserEntity }) | null> {
    return this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.id = :id', { id })
      .getOne() as Promise<(SessionEntity & { user: UserEntity }) | null>;
  }

  lock(tx: EntityManager, id: string): Promise<SessionEntity | null> {
    return tx.getRepository(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insert(tx: EntityManager, session: Partial<SessionEntity>): Promise<SessionEntity> {
    const repository = tx.getRepository(SessionEntity);
    return repository.save(repository.create(session));
  }

  async rotate(tx: EntityManager, session: SessionEntity, changes: Partial<SessionEntity>): Promise<void> {
    await tx
      .getRepository(RotatedTokenEntity)
      .insert({ tokenHash: session.refreshTokenHash, sessionId: session.id });
    await tx.getRepository(SessionEntity).update({ id: session.id }, changes);
  }

  async wasRotated(tx: EntityManager, sessionId: string, tokenHash: string): Promise<boolean> {
    return tx.getRepository(RotatedTokenEntity).existsBy({ sessionId, tokenHash });
  }

  async revoke(tx: EntityManager, id: string, reason: string): Promise<void> {
    await tx
      .getRepository(SessionEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokeReason: reason });
  }

  async revokeAll(tx: EntityManager, userId: string, reason: string): Promise<void> {
    await tx
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokeReason: reason });
  }

  listFor(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }
}
