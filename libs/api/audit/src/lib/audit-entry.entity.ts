import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One link of the audit chain: who changed what, from which state to which, and why. Rows are only
 * ever appended (a trigger refuses UPDATE, DELETE and TRUNCATE); `hash` covers the row's content and
 * the previous row's hash, so an edit or a removal that slips past the trigger still shows.
 */
@Entity('audit_entries')
@Index('audit_entries_entity', ['entityType', 'entityId', 'id'])
// The chain never forks: two entries can never follow the same one.
@Index('audit_entries_previous_hash', ['previousHash'], { unique: true })
export class AuditEntryEntity {
  /** Chain order: given out while the appending transaction holds the chain lock. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** The person who acted; null when the platform itself did (a migration, a scheduled job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** A verb of the domain, such as `organization.verify` or `proposal.submit`. */
  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 100 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 200 })
  entityId!: string;

  @Column({ name: 'from_state', type: 'varchar', length: 100, nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'varchar', length: 100, nullable: true })
  toState!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @Column({ name: 'previous_hash', type: 'char', length: 64 })
  previousHash!: string;

  /** SHA-256 (hex) of the canonical form of this entry, previous hash included. */
  @Column({ type: 'char', length: 64 })
  hash!: string;
}
