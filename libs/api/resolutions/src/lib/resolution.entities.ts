import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AgendaItemEntity } from '@canopy/api/agenda';
import { AssemblyEditionEntity } from '@canopy/api/assemblies';
import { UserEntity } from '@canopy/api/identity';
import { OrganizationEntity } from '@canopy/api/organizations';
import { CommitmentStatus, ResolutionState } from '@canopy/domain';

/** What an agenda item's working group drafts and the assembly decides: "NHA 16.2". */
@Entity('resolutions')
@Unique('resolutions_agenda_item', ['agendaItemId'])
@Index('resolutions_edition', ['editionId', 'number'])
@Index('resolutions_champion', ['championOrganizationId'])
export class ResolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => AssemblyEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'resolutions_edition_fk' })
  edition?: AssemblyEditionEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'resolutions_agenda_item_fk' })
  agendaItem?: AgendaItemEntity;

  /** The agenda item's number within the edition. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  /** The current version's title. */
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'enum', enum: ResolutionState, enumName: 'resolution_state' })
  state!: ResolutionState;

  @Column({ name: 'current_version', type: 'int' })
  currentVersion!: number;

  /** Why the sitting deferred it. */
  @Column({ name: 'deferral_reason', type: 'text', nullable: true })
  deferralReason!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The government body it was transmitted to (the National Health Commission, a ministry). */
  @Column({ name: 'transmitted_to', type: 'varchar', length: 300, nullable: true })
  transmittedTo!: string | null;

  @Column({ name: 'transmitted_at', type: 'timestamptz', nullable: true })
  transmittedAt!: Date | null;

  /** The verified government organization that answers for it. */
  @Column({ name: 'champion_organization_id', type: 'uuid', nullable: true })
  championOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'champion_organization_id', foreignKeyConstraintName: 'resolutions_champion_fk' })
  champion?: OrganizationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One immutable draft: numbered paragraphs, and what changed since the version before and why. */
@Entity('resolution_versions')
@Unique('resolution_versions_number', ['resolutionId', 'number'])
export class ResolutionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resolution_id', type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => ResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolution_id', foreignKeyConstraintName: 'resolution_versions_resolution_fk' })
  resolution?: ResolutionEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'jsonb' })
  paragraphs!: string[];

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'resolution_versions_author_fk' })
  author?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An organization's reservation on a resolution adopted by consensus, in its own words. */
@Entity('resolution_reservations')
@Unique('resolution_reservations_organization', ['resolutionId', 'organizationId'])
export class ReservationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resolution_id', type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => ResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolution_id', foreignKeyConstraintName: 'resolution_reservations_resolution_fk' })
  resolution?: ResolutionEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'resolution_reservations_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** Who will do what by when, as the adopted resolution asks. */
@Entity('commitments')
@Index('commitments_resolution', ['resolutionId', 'position'])
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'resolution_id', type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => ResolutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolution_id', foreignKeyConstraintName: 'commitments_resolution_fk' })
  resolution?: ResolutionEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  actor!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  /** The status of the latest progress update (NOT_STARTED before any). */
  @Column({
    type: 'enum',
    enum: CommitmentStatus,
    enumName: 'commitment_status',
    default: CommitmentStatus.NOT_STARTED,
  })
  status!: CommitmentStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A published step of follow-up on a commitment; appended, never changed. */
@Entity('progress_updates')
@Index('progress_updates_commitment', ['commitmentId', 'publishedAt'])
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'progress_updates_commitment_fk' })
  commitment?: CommitmentEntity;

  @Column({ type: 'enum', enum: CommitmentStatus, enumName: 'commitment_status' })
  status!: CommitmentStatus;

  @Column({ type: 'text' })
  narrative!: string;

  @Column({ name: 'evidence_links', type: 'jsonb', default: () => "'[]'" })
  evidenceLinks!: string[];

  /** The champion organization it was published for. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'progress_updates_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

/** A person following a subject (a resolution) to hear of what is published about it. */
@Entity('follows')
@Index('follows_subject', ['subjectType', 'subjectId'])
export class FollowEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'follows_user_fk' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType!: string;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Something published that a follower should hear of: shown in the app, e-mailed in a digest. */
@Entity('notifications')
@Index('notifications_user', ['userId', 'createdAt'])
@Index('notifications_unmailed', ['createdAt'], { where: 'emailed_at IS NULL' })
@Check('notifications_kind', `kind <> ''`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_fk' })
  user?: UserEntity;

  /** `NEW_VERSION`, `CONSULTATION_OPENED`, `CONSULTATION_CLOSED`, `ADOPTED`, `DEFERRED`, `PROGRESS`. */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** What it is about, as published ("NHA 19.1 Clean air for schools"). */
  @Column({ type: 'varchar', length: 400 })
  title!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
