import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { auditContent, AuditRecord } from './audit-content';
import { AuditEntriesRepository } from './audit-entries.repository';
import { AuditEntryEntity } from './audit-entry.entity';
import { ChainLink, ChainVerification, GENESIS_HASH, hashAuditEntry, verifyChain } from './audit-hash';

export interface HistoryPage {
  /** Id of the last entry of the previous page. */
  afterId?: string | null;
  /** At most this many entries (default 100, at most 1,000). */
  limit?: number;
}

const VERIFY_BATCH = 1000;

/** The platform's append-only, hash-chained record of every state change. */
@Injectable()
export class AuditTrail {
  constructor(private readonly repository: AuditEntriesRepository) {}

  /** The trail over a data source of its own, for commands and tests that run without Nest. */
  static over(dataSource: DataSource): AuditTrail {
    return new AuditTrail(new AuditEntriesRepository(dataSource.getRepository(AuditEntryEntity)));
  }

  /**
   * Appends an entry inside the transaction that makes the change, so both commit or neither does.
   * Appends are serialized by a transaction-scoped lock held until commit: call this after the
   * transaction's other writes, and in READ COMMITTED (the default), where each statement sees the
   * entry the previous holder committed. In a stricter isolation level the stale read is caught by
   * the unique previous hash and the transaction fails rather than forking the chain.
   */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntryEntity> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditTrail.record must run inside the transaction that makes the change');
    }
    await this.repository.lockChain(manager);
    const head = await this.repository.head(manager);
    const content = auditContent(record, head.now, head.hash ?? GENESIS_HASH);
    return this.repository.append(manager, { ...content, hash: hashAuditEntry(content) });
  }

  /** One entity's entries, oldest first, a page at a time. */
  history(entityType: string, entityId: string, page: HistoryPage = {}): Promise<AuditEntryEntity[]> {
    const limit = Math.min(Math.max(page.limit ?? 100, 1), 1000);
    return this.repository.forEntity(entityType, entityId, page.afterId ?? null, limit);
  }

  /**
   * Reads the whole chain in id order, a batch at a time, and names the first broken link. Removing
   * entries from the end of the chain leaves no trace in it; compare the head with a copy kept
   * elsewhere to catch that.
   */
  async verify(batchSize = VERIFY_BATCH): Promise<ChainVerification> {
    let checked = 0;
    let last: ChainLink | null = null;
    for (;;) {
      const batch = await this.repository.chainAfter(last?.id ?? null, batchSize);
      const result = verifyChain(batch, last);
      checked += result.checked;
      if (result.firstBroken || batch.length < batchSize) return { checked, firstBroken: result.firstBroken };
      last = batch[batch.length - 1];
    }
  }
}
