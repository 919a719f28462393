import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SECURITY_EVENT_KINDS = [
  'login_failed',
  'permission_denied',
  'refresh_token_reused',
  'rate_limited',
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/**
 * A refused or suspicious attempt: kept for the operators, never published and not part of the audit
 * chain (it records what did not change, and may hold an address someone typed).
 */
@Entity('security_events')
@Index('security_events_kind_time', ['kind', 'occurredAt'])
@Index('security_events_subject_time', ['subject', 'occurredAt'])
export class SecurityEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 40 })
  kind!: SecurityEventKind;

  /** The signed-in person, when there was one. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** What the attempt named, such as the e-mail address tried (lower-cased). */
  @Column({ type: 'varchar', length: 320, nullable: true })
  subject!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;
}
