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
import { AssemblyEntity } from '@canopy/api/assemblies';
import { UserEntity } from '@canopy/api/identity';
import { OrganizationEntity } from '@canopy/api/organizations';
import { AppealState, FlagReason, Stance, VerificationLevel, VoteChoice } from '@canopy/domain';

/**
 * A window in which the public votes and comments on one text. Its subject (a resolution, a charter)
 * owns the text; the consultation owns who said what about it.
 */
@Entity('consultations')
@Unique('consultations_subject', ['subjectType', 'subjectId'])
@Check('consultations_window', 'closes_at > opens_at')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What is consulted on: `RESOLUTION`, `CHARTER`. */
  @Column({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** The version (or edition) of the subject's text the window is open on. */
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  /** The assembly whose secretariat and moderators look after it, when it belongs to one. */
  @Column({ name: 'assembly_id', type: 'uuid', nullable: true })
  assemblyId!: string | null;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'consultations_assembly_fk' })
  assembly?: AssemblyEntity;

  /** Who may vote: the level the assembly asked for when the window opened. */
  @Column({
    name: 'voting_level',
    type: 'enum',
    enum: VerificationLevel,
    enumName: 'verification_level',
  })
  votingLevel!: VerificationLevel;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  /** Set once the end of the window has been announced (followers told, subject moved on). */
  @Column({ name: 'close_announced_at', type: 'timestamptz', nullable: true })
  closeAnnouncedAt!: Date | null;

  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One person's vote in one consultation: the unique constraint is the one-vote rule. */
@Entity('votes')
@Unique('votes_one_per_person', ['consultationId', 'userId'])
@Index('votes_user', ['userId'])
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'votes_consultation_fk' })
  consultation?: ConsultationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'votes_user_fk' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice' })
  choice!: VoteChoice;

  @Column({ name: 'cast_at', type: 'timestamptz', default: () => 'now()' })
  castAt!: Date;

  @Column({ name: 'changed_at', type: 'timestamptz', nullable: true })
  changedAt!: Date | null;
}

/** Every vote cast or changed, appended, never updated: how a vote came to be what it is. */
@Entity('vote_events')
@Index('vote_events_consultation_user', ['consultationId', 'userId'])
export class VoteEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'vote_events_consultation_fk' })
  consultation?: ConsultationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice' })
  choice!: VoteChoice;

  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice', nullable: true })
  previous!: VoteChoice | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}

/**
 * A consultation's tally spread over a few counter rows, each moved in the vote's own transaction; the
 * tally is their sum, so reading it costs the same at a thousand votes or a million.
 */
@Entity('tally_slots')
@Check('tally_slots_not_negative', 'support >= 0 AND oppose >= 0 AND abstain >= 0')
export class TallySlotEntity {
  @PrimaryColumn({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'tally_slots_consultation_fk' })
  consultation?: ConsultationEntity;

  @PrimaryColumn({ type: 'smallint' })
  slot!: number;

  @Column({ type: 'int', default: 0 })
  support!: number;

  @Column({ type: 'int', default: 0 })
  oppose!: number;

  @Column({ type: 'int', default: 0 })
  abstain!: number;

  /**
   * How many votes moved this row. Their sum over a consultation only grows, so live updates that
   * cross instances can be put in order and a stale one dropped.
   */
  @Column({ type: 'bigint', default: 0 })
  moves!: string;
}

/**
 * A comment on the consulted text, or on one paragraph of it, or a reply. Filed on behalf of an
 * organization it is a constituency's formal comment. Hidden comments stay, with who hid them and why.
 */
@Entity('comments')
@Index('comments_consultation_roots', ['consultationId', 'createdAt'], { where: 'parent_id IS NULL' })
@Index('comments_root', ['rootId', 'createdAt'])
@Index('comments_author', ['authorId'])
@Index('comments_flagged', ['openFlags'], { where: 'open_flags > 0' })
@Check('comments_depth', 'depth >= 0 AND depth <= 2')
@Check('comments_reply_has_root', '(parent_id IS NULL) = (root_id IS NULL)')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId!: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'comments_consultation_fk' })
  consultation?: ConsultationEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comments_author_fk' })
  author?: UserEntity;

  /** Set for a formal comment filed on behalf of a constituency organization. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'comments_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'comments_parent_fk' })
  parent?: CommentEntity;

  /** The top comment of the thread (null for a top comment itself). */
  @Column({ name: 'root_id', type: 'uuid', nullable: true })
  rootId!: string | null;

  @Column({ type: 'smallint', default: 0 })
  depth!: number;

  /** The paragraph (1-based) it is anchored to; null for the whole text. */
  @Column({ type: 'int', nullable: true })
  paragraph!: number | null;

  @Column({ type: 'enum', enum: Stance, enumName: 'stance', nullable: true })
  stance!: Stance | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** Flags not yet handled by a moderator. */
  @Column({ name: 'open_flags', type: 'int', default: 0 })
  openFlags!: number;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy!: string | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;
}

/** A comment's earlier wording, kept when its author edits it. */
@Entity('comment_revisions')
@Index('comment_revisions_comment', ['commentId', 'revisedAt'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_revisions_comment_fk' })
  comment?: CommentEntity;

  /** The text as it read before the edit. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'revised_at', type: 'timestamptz', default: () => 'now()' })
  revisedAt!: Date;
}

/** Someone's report that a comment breaks the rules; one per person per comment. */
@Entity('comment_flags')
@Unique('comment_flags_one_per_person', ['commentId', 'userId'])
export class CommentFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_flags_comment_fk' })
  comment?: CommentEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'comment_flags_user_fk' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: FlagReason, enumName: 'flag_reason' })
  reason!: FlagReason;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When a moderator handled it (hid the comment or dismissed the flags). */
  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true })
  handledAt!: Date | null;
}

/** The author's one appeal against the hiding of a comment, decided by another moderator. */
@Entity('comment_appeals')
@Unique('comment_appeals_one_per_comment', ['commentId'])
@Index('comment_appeals_pending', ['createdAt'], { where: "state = 'PENDING'" })
export class CommentAppealEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'comment_id', type: 'uuid' })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_appeals_comment_fk' })
  comment?: CommentEntity;

  @Column({ type: 'text' })
  argument!: string;

  @Column({ type: 'enum', enum: AppealState, enumName: 'appeal_state', default: AppealState.PENDING })
  state!: AppealState;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
