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
import { OrganizationEntity } from '@canopy/api/organizations';
import { OrganizationSector } from '@canopy/domain';
import { AssemblyEntity } from './assembly.entity';

/** One sitting of an assembly, e.g. the 16th National Health Assembly. */
@Entity('assembly_editions')
@Unique('assembly_editions_number', ['assemblyId', 'number'])
@Check('assembly_editions_positive_number', 'number > 0')
@Check('assembly_editions_ordered_dates', 'starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on')
@Check(
  'assembly_editions_proposal_window',
  '(proposals_open_at IS NULL) = (proposals_close_at IS NULL) AND (proposals_open_at IS NULL OR proposals_open_at < proposals_close_at)',
)
export class AssemblyEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId!: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_editions_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Calendar dates of the sitting, as YYYY-MM-DD strings (no time zone to get wrong). */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  /** The window in which constituencies may submit agenda proposals; both set or neither. */
  @Column({ name: 'proposals_open_at', type: 'timestamptz', nullable: true })
  proposalsOpenAt!: Date | null;

  @Column({ name: 'proposals_close_at', type: 'timestamptz', nullable: true })
  proposalsCloseAt!: Date | null;
}

/** A published screening criterion of an edition, scored from 1 to 5. */
@Entity('edition_criteria')
export class EditionCriterionEntity {
  @PrimaryColumn({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  key!: string;

  @ManyToOne(() => AssemblyEditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_criteria_edition_fk' })
  edition?: AssemblyEditionEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'int' })
  position!: number;
}

/** A member of an edition's organizing committee, counted by sector for the 60% non-state rule. */
@Entity('edition_committee_members')
@Index('edition_committee_members_edition', ['editionId'])
export class CommitteeMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => AssemblyEditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'edition_committee_members_edition_fk' })
  edition?: AssemblyEditionEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: OrganizationSector, enumName: 'organization_sector' })
  sector!: OrganizationSector;

  /** The body the member comes from, when it is on Canopy. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'edition_committee_members_organization_fk',
  })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 100, default: '' })
  role!: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
