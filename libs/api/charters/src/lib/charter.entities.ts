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
import { UserEntity } from '@canopy/api/identity';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { OrganizationEntity } from '@canopy/api/organizations';
import {
  CharterSectionKind,
  CharterState,
  IndicatorDirection,
  IndicatorFrequency,
  OrganizationSector,
} from '@canopy/domain';
import type { SectorAttendance } from '@canopy/domain';

/** A community's health charter: the agreement it keeps, edition after edition. */
@Entity('charters')
@Index('charters_jurisdiction', ['jurisdictionId', 'title'])
@Index('charters_title', ['title', 'id'])
export class CharterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id', foreignKeyConstraintName: 'charters_jurisdiction_fk' })
  jurisdiction?: JurisdictionEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The organization that convened the development committee. */
  @Column({ name: 'convener_id', type: 'uuid' })
  convenerId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convener_id', foreignKeyConstraintName: 'charters_convener_fk' })
  convener?: OrganizationEntity;

  /** The latest edition's number. */
  @Column({ name: 'latest_edition', type: 'int', default: 1 })
  latestEdition!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A seat on the development committee: a person or an organization, with the sector it speaks for. */
@Entity('charter_committee_members')
@Index('charter_committee_person', ['charterId', 'userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index('charter_committee_organization', ['charterId', 'organizationId'], {
  unique: true,
  where: 'organization_id IS NOT NULL',
})
@Index('charter_committee_user', ['userId'])
@Index('charter_committee_org', ['organizationId'])
@Check('charter_committee_one_member', '(user_id IS NULL) <> (organization_id IS NULL)')
export class CharterCommitteeMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'charter_id', type: 'uuid' })
  charterId!: string;

  @ManyToOne(() => CharterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'charter_id', foreignKeyConstraintName: 'charter_committee_charter_fk' })
  charter?: CharterEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'charter_committee_user_fk' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'charter_committee_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: OrganizationSector, enumName: 'organization_sector' })
  sector!: OrganizationSector;

  /** e.g. Chair, Secretary, Village health volunteer. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  role!: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}

/** One numbered edition of a charter, with its life cycle and, once adopted, the forum's record. */
@Entity('charter_editions')
@Unique('charter_editions_number', ['charterId', 'number'])
@Index('charter_editions_in_progress', ['charterId'], {
  unique: true,
  where: `state IN ('INITIATED', 'DRAFTING', 'PUBLIC_HEARING', 'ADOPTED')`,
})
@Index('charter_editions_state', ['state'])
export class CharterEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'charter_id', type: 'uuid' })
  charterId!: string;

  @ManyToOne(() => CharterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'charter_id', foreignKeyConstraintName: 'charter_editions_charter_fk' })
  charter?: CharterEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'enum', enum: CharterState, enumName: 'charter_state' })
  state!: CharterState;

  /** Counts saves of the text, so two editors cannot overwrite each other unawares. */
  @Column({ name: 'text_revision', type: 'int', default: 0 })
  textRevision!: number;

  /** The edition whose text this one started from: the previous edition, or another community's. */
  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId!: string | null;

  @ManyToOne(() => CharterEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'copied_from_id', foreignKeyConstraintName: 'charter_editions_copied_from_fk' })
  copiedFrom?: CharterEditionEntity;

  @Column({ name: 'forum_date', type: 'date', nullable: true })
  forumDate!: string | null;

  @Column({ name: 'forum_place', type: 'varchar', length: 300, nullable: true })
  forumPlace!: string | null;

  /** Who attended the adoption forum, by sector. */
  @Column({ type: 'jsonb', nullable: true })
  attendance!: SectorAttendance[] | null;

  @Column({ name: 'by_consensus', type: 'boolean', nullable: true })
  byConsensus!: boolean | null;

  @Column({ name: 'adoption_note', type: 'text', nullable: true })
  adoptionNote!: string | null;

  @Column({ name: 'effective_date', type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Column({ name: 'in_force_at', type: 'timestamptz', nullable: true })
  inForceAt!: Date | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A section of an edition; a definitions section, when there is one, comes first. */
@Entity('charter_sections')
@Unique('charter_sections_position', ['editionId', 'position'])
export class CharterSectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => CharterEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'charter_sections_edition_fk' })
  edition?: CharterEditionEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'enum', enum: CharterSectionKind, enumName: 'charter_section_kind' })
  kind!: CharterSectionKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The chapter of the country's national health statute it answers, by code. */
  @Column({ name: 'statute_chapter', type: 'varchar', length: 20, nullable: true })
  statuteChapter!: string | null;
}

export interface ResponsibleActor {
  name: string;
  organizationId: string | null;
}

/**
 * A numbered clause (numbers run through the edition; the hearing's comments point at them). Its
 * lineage stays the same when it is carried into the next edition, so readings and comparisons follow it.
 */
@Entity('charter_clauses')
@Unique('charter_clauses_number', ['editionId', 'number'])
@Index('charter_clauses_lineage', ['lineageId'])
@Index('charter_clauses_section', ['sectionId', 'position'])
export class CharterClauseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => CharterEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'charter_clauses_edition_fk' })
  edition?: CharterEditionEntity;

  @Column({ name: 'section_id', type: 'uuid' })
  sectionId!: string;

  @ManyToOne(() => CharterSectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'charter_clauses_section_fk' })
  section?: CharterSectionEntity;

  /** 1-based, through the whole edition. */
  @Column({ type: 'int' })
  number!: number;

  /** Order within its section. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column({ name: 'lineage_id', type: 'uuid' })
  lineageId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  responsible!: ResponsibleActor[];

  @Column({ name: 'indicator_name', type: 'varchar', length: 200, nullable: true })
  indicatorName!: string | null;

  @Column({ name: 'indicator_target', type: 'double precision', nullable: true })
  indicatorTarget!: number | null;

  @Column({ name: 'indicator_unit', type: 'varchar', length: 40, nullable: true })
  indicatorUnit!: string | null;

  @Column({
    name: 'indicator_frequency',
    type: 'enum',
    enum: IndicatorFrequency,
    enumName: 'indicator_frequency',
    nullable: true,
  })
  indicatorFrequency!: IndicatorFrequency | null;

  @Column({
    name: 'indicator_direction',
    type: 'enum',
    enum: IndicatorDirection,
    enumName: 'indicator_direction',
    nullable: true,
  })
  indicatorDirection!: IndicatorDirection | null;
}

/** A value a responsible actor published for a clause's indicator; appended, never changed. */
@Entity('charter_indicator_readings')
@Index('charter_readings_lineage', ['lineageId', 'periodEnd'])
export class IndicatorReadingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'charter_id', type: 'uuid' })
  charterId!: string;

  @ManyToOne(() => CharterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'charter_id', foreignKeyConstraintName: 'charter_readings_charter_fk' })
  charter?: CharterEntity;

  /** The clause's lineage: readings follow it from edition to edition. */
  @Column({ name: 'lineage_id', type: 'uuid' })
  lineageId!: string;

  /** The clause as it stood when the reading was published. */
  @Column({ name: 'clause_id', type: 'uuid' })
  clauseId!: string;

  @ManyToOne(() => CharterClauseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clause_id', foreignKeyConstraintName: 'charter_readings_clause_fk' })
  clause?: CharterClauseEntity;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'charter_readings_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'charter_readings_user_fk' })
  recorder?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/**
 * A resident's (or, with `organization_id`, an organization's) signature on an adopted edition. Withdrawn
 * signatures stay, marked; the partial unique indexes keep one standing signature each.
 */
@Entity('charter_signatures')
@Index('charter_signatures_person', ['editionId', 'userId'], {
  unique: true,
  where: 'organization_id IS NULL AND withdrawn_at IS NULL',
})
@Index('charter_signatures_organization', ['editionId', 'organizationId'], {
  unique: true,
  where: 'organization_id IS NOT NULL AND withdrawn_at IS NULL',
})
export class CharterSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => CharterEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'charter_signatures_edition_fk' })
  edition?: CharterEditionEntity;

  /** The person who signed (for an organization: who signed on its behalf). */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'charter_signatures_user_fk' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'charter_signatures_organization_fk' })
  organization?: OrganizationEntity;

  @CreateDateColumn({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

/** The chapters of a country's national health statute, which charter sections may answer. */
@Entity('statute_chapters')
export class StatuteChapterEntity {
  @PrimaryColumn({ name: 'country_id', type: 'uuid' })
  countryId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id', foreignKeyConstraintName: 'statute_chapters_country_fk' })
  country?: JurisdictionEntity;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
