import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { rootLogger } from '@canopy/api/core';
import { storableJson, storableText } from './audit-content';
import { SecurityEventEntity, SecurityEventKind } from './security-event.entity';
import { SecurityEventsRepository } from './security-events.repository';

export interface SecurityEvent {
  kind: SecurityEventKind;
  actorId?: string | null;
  /** What the attempt named, such as the e-mail address tried; stored trimmed and lower-cased. */
  subject?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Login failures, permission denials and other refused attempts, for the operators' eyes only. */
@Injectable()
export class SecurityEvents {
  constructor(private readonly repository: SecurityEventsRepository) {}

  /** The security log over a data source of its own, for commands and tests that run without Nest. */
  static over(dataSource: DataSource): SecurityEvents {
    return new SecurityEvents(new SecurityEventsRepository(dataSource.getRepository(SecurityEventEntity)));
  }

  /**
   * Stores the event on its own, outside any business transaction, so that it stays when the action
   * is refused and rolled back, and logs it at warn level (without the subject: addresses typed at
   * the login form stay in the database, out of the logs).
   *
   * It writes through the global repository: never call it while a transaction is open. On the
   * embedded database (one connection) it would wait for that transaction forever; refuse, roll
   * back, then record. It never throws: when the database cannot store the event, the log keeps it.
   */
  async record(event: SecurityEvent): Promise<void> {
    const row = {
      kind: event.kind,
      actorId: event.actorId ?? null,
      subject: clip(event.subject?.trim().toLowerCase(), 320),
      ip: clip(event.ip, 64),
      details: storableJson(event.details ?? {}) as Record<string, unknown>,
    };
    const logged = { kind: row.kind, actorId: row.actorId, ip: row.ip, details: row.details };
    try {
      const saved = await this.repository.insert(row);
      rootLogger.warn({ securityEvent: { id: saved.id, ...logged } }, `security event: ${row.kind}`);
    } catch (error) {
      rootLogger.error({ err: error, securityEvent: logged }, `security event not stored: ${row.kind}`);
    }
  }
}

function clip(text: string | null | undefined, length: number): string | null {
  return text ? storableText(text).slice(0, length) : null;
}
