import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { OrganizationEntity } from '@canopy/api/organizations';
import { AssessmentStatus, CatalogueAddressee, ReportState } from '@canopy/domain';
import type {
  CatalogueIndicator,
  Evidence,
  IndicatorValue,
  LocalizedText,
  Mechanism,
  PublishedReport,
} from '@canopy/domain';

/** One version of a resolution's catalogue of operative paragraphs, as loaded from its data file. */
@Entity('reporting_catalogues')
export class ReportingCatalogueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  resolution!: string;

  @Index('reporting_catalogues_version', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  version!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'text' })
  source!: string;

  /** How far the text may be trusted (e.g. UNVERIFIED_SUMMARY, OFFICIAL). */
  @Column({ type: 'varchar', length: 40 })
  status!: string;

  @Column({ type: 'jsonb' })
  languages!: string[];

  /** Null for the catalogue a migration loaded. */
  @Column({ name: 'loaded_by', type: 'uuid', nullable: true })
  loadedBy!: string | null;

  @CreateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt!: Date;
}

@Entity('reporting_catalogue_items')
@Unique('reporting_catalogue_items_code', ['catalogueId', 'code'])
@Unique('reporting_catalogue_items_position', ['catalogueId', 'position'])
export class CatalogueItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'catalogue_id', type: 'uuid' })
  catalogueId!: string;

  @ManyToOne(() => ReportingCatalogueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'catalogue_id', foreignKeyConstraintName: 'reporting_catalogue_items_catalogue_fk' })
  catalogue?: ReportingCatalogueEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'enum', enum: CatalogueAddressee, enumName: 'catalogue_addressee' })
  addressee!: CatalogueAddressee;

  @Column({ type: 'jsonb' })
  summary!: LocalizedText;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  indicators!: CatalogueIndicator[];
}

/** A biennial round of reporting (2026, 2028, 2030…) on one catalogue version. */
@Entity('reporting_cycles')
export class ReportingCycleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('reporting_cycles_year', { unique: true })
  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ name: 'catalogue_id', type: 'uuid' })
  catalogueId!: string;

  @ManyToOne(() => ReportingCatalogueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'catalogue_id', foreignKeyConstraintName: 'reporting_cycles_catalogue_fk' })
  catalogue?: ReportingCatalogueEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A country's progress report for a cycle: the working copy officials edit (its assessments and the
 * mechanisms below), and the number of its latest published version.
 */
@Entity('country_reports')
@Unique('country_reports_one_per_cycle', ['cycleId', 'countryId'])
@Index('country_reports_country', ['countryId'])
export class CountryReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => ReportingCycleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_id', foreignKeyConstraintName: 'country_reports_cycle_fk' })
  cycle?: ReportingCycleEntity;

  @Column({ name: 'country_id', type: 'uuid' })
  countryId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id', foreignKeyConstraintName: 'country_reports_country_fk' })
  country?: JurisdictionEntity;

  @Column({ type: 'enum', enum: ReportState, enumName: 'report_state' })
  state!: ReportState;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  mechanisms!: Mechanism[];

  /** 0 until the first publication; then the number of the latest published version. */
  @Column({ name: 'published_version', type: 'int', default: 0 })
  publishedVersion!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The government's assessment of one paragraph in the working copy. */
@Entity('report_assessments')
@Unique('report_assessments_one_per_item', ['reportId', 'itemId'])
export class ParagraphAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => CountryReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_assessments_report_fk' })
  report?: CountryReportEntity;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => CatalogueItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'report_assessments_item_fk' })
  item?: CatalogueItemEntity;

  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status' })
  status!: AssessmentStatus;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence!: Evidence[];

  @Column({ name: 'indicator_values', type: 'jsonb', default: () => `'[]'` })
  indicatorValues!: IndicatorValue[];

  /** Counts saves, so two officials editing one paragraph cannot overwrite each other unawares. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export enum ValidationKind {
  SIGN_OFF = 'SIGN_OFF',
  SHADOW = 'SHADOW',
}

/**
 * A civil society organization's answer to one paragraph in a round of validation (the round of
 * version `round`): it signs the government's assessment off, or files its own beside it.
 */
@Entity('report_validations')
@Unique('report_validations_one_per_organization', ['reportId', 'round', 'itemId', 'organizationId'])
export class ValidationResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => CountryReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_validations_report_fk' })
  report?: CountryReportEntity;

  /** The version this validation is for. */
  @Column({ type: 'int' })
  round!: number;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => CatalogueItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'report_validations_item_fk' })
  item?: CatalogueItemEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'report_validations_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ValidationKind, enumName: 'validation_kind' })
  kind!: ValidationKind;

  /** A shadow assessment's own status, narrative and evidence. */
  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status', nullable: true })
  status!: AssessmentStatus | null;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence!: Evidence[];

  @Column({ name: 'filed_by', type: 'uuid' })
  filedBy!: string;

  @UpdateDateColumn({ name: 'filed_at', type: 'timestamptz' })
  filedAt!: Date;
}

/** A published version, frozen whole: a trigger refuses every update and delete. */
@Entity('report_versions')
@Unique('report_versions_number', ['reportId', 'number'])
export class ReportVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => CountryReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_versions_report_fk' })
  report?: CountryReportEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'jsonb' })
  content!: PublishedReport;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

/** An uploaded evidence file: its bytes are in the file storage under `storageKey`. */
@Entity('evidence_files')
@Index('evidence_files_report', ['reportId'])
export class EvidenceFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => CountryReportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'evidence_files_report_fk' })
  report?: CountryReportEntity;

  /** Set when a civil society organization uploaded it for its shadow assessment. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
