import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, MoreThan, Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/**
 * Key of the advisory lock that serializes appends to the chain ("audt" in ASCII). Any other advisory
 * lock Canopy takes must use another key.
 */
export const AUDIT_CHAIN_LOCK = 0x61756474;

export interface ChainHead {
  /** Hash of the last entry; null while the chain is empty. */
  hash: string | null;
  /** The database's clock, to the millisecond (what a JavaScript Date holds). */
  now: Date;
}

/** The only place audit entries meet SQL. Appends go through the caller's transaction. */
@Injectable()
export class AuditEntriesRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Waits for, then holds until `manager`'s transaction ends, the right to append to the chain. */
  async lockChain(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  }

  /**
   * The last entry's hash and the time, read after `lockChain` in a statement of its own: a statement
   * sees only what was committed when it began, and that must include the previous holder's entry.
   */
  async head(manager: EntityManager): Promise<ChainHead> {
    const [row]: ChainHead[] = await manager.query(
      `SELECT (SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1) AS hash,
              date_trunc('milliseconds', clock_timestamp()) AS now`,
    );
    return row;
  }

  append(manager: EntityManager, entry: Omit<AuditEntryEntity, 'id'>): Promise<AuditEntryEntity> {
    return manager.save(manager.create(AuditEntryEntity, entry));
  }

  /** One entity's entries after `afterId` (exclusive), oldest first. */
  forEntity(
    entityType: string,
    entityId: string,
    afterId: string | null,
    limit: number,
  ): Promise<AuditEntryEntity[]> {
    return this.entries.find({
      where: { entityType, entityId, ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** Up to `limit` entries of the whole chain after `afterId` (exclusive), in chain order. */
  chainAfter(afterId: string | null, limit: number): Promise<AuditEntryEntity[]> {
    return this.entries.find({
      where: afterId ? { id: MoreThan(afterId) } : {},
      order: { id: 'ASC' },
      take: limit,
    });
  }
}
