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
  UpdateDateColumn,
} from 'typeorm';
import { AssemblyEditionEntity } from '@canopy/api/assemblies';
import { UserEntity } from '@canopy/api/identity';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { OrganizationEntity } from '@canopy/api/organizations';
import { ConstituencyBasis, ConstituencyState, CosponsorState, ProposalState } from '@canopy/domain';

/** An organization registered to take part in an edition, area- or issue-based. */
@Entity('constituencies')
@Unique('constituencies_edition_organization', ['editionId', 'organizationId'])
@Index('constituencies_organization', ['organizationId'])
export class ConstituencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => AssemblyEditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'constituencies_edition_fk' })
  edition?: AssemblyEditionEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'constituencies_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ConstituencyBasis, enumName: 'constituency_basis' })
  basis!: ConstituencyBasis;

  /** The area or the issue the organization speaks for. */
  @Column({ type: 'varchar', length: 200 })
  focus!: string;

  @Column({ type: 'enum', enum: ConstituencyState, enumName: 'constituency_state' })
  state!: ConstituencyState;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'applied_by', type: 'uuid', nullable: true })
  appliedBy!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}

const SEARCH_TEXT = `coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, '')`;

/**
 * The words a proposal is found by, in every language Canopy ships: English and Arabic stemming, and
 * the plain words (any language, Thai included) for exact matches. Title words weigh most.
 */
export const PROPOSAL_SEARCH_VECTOR =
  `setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || ` +
  `setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || ` +
  `setweight(to_tsvector('arabic'::regconfig, coalesce(title, '')), 'A') || ` +
  `to_tsvector('simple'::regconfig, ${SEARCH_TEXT}) || ` +
  `to_tsvector('english'::regconfig, ${SEARCH_TEXT}) || ` +
  `to_tsvector('arabic'::regconfig, ${SEARCH_TEXT})`;

/** An agenda proposal of an organization to an edition; it moves only through the domain's state machine. */
@Entity('proposals')
@Unique('proposals_edition_number', ['editionId', 'number'])
@Index('proposals_organization', ['organizationId', 'createdAt', 'id'])
@Index('proposals_merged_into', ['mergedIntoId'])
@Index('proposals_previous', ['previousProposalId'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => AssemblyEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'proposals_edition_fk' })
  edition?: AssemblyEditionEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'proposals_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ProposalState, enumName: 'proposal_state' })
  state!: ProposalState;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  problem!: string;

  @Column({ name: 'proposed_action', type: 'text', default: '' })
  proposedAction!: string;

  @Column({ name: 'expected_effect', type: 'text', default: '' })
  expectedEffect!: string;

  @Column({ name: 'evidence_links', type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks!: string[];

  @Column({ name: 'affected_groups', type: 'text', array: true, default: () => "'{}'" })
  affectedGroups!: string[];

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id', foreignKeyConstraintName: 'proposals_jurisdiction_fk' })
  jurisdiction?: JurisdictionEntity;

  /** Why it was rejected or deferred (required for a rejection). */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'proposals_merged_into_fk' })
  mergedInto?: ProposalEntity;

  /** The deferred or rejected proposal of an earlier edition this one proposes again. */
  @Column({ name: 'previous_proposal_id', type: 'uuid', nullable: true })
  previousProposalId!: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_proposal_id', foreignKeyConstraintName: 'proposals_previous_fk' })
  previousProposal?: ProposalEntity;

  /** Its number within the edition, given on submission ("proposal 7 to the 17th assembly"). */
  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** Millisecond precision, so a cursor written from JavaScript finds its row again. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Index('proposals_search', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: PROPOSAL_SEARCH_VECTOR,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;
}

/** Another organization's backing of a proposal; it counts once that organization confirms. */
@Entity('proposal_cosponsors')
@Index('proposal_cosponsors_organization', ['organizationId'])
export class CosponsorEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_cosponsors_proposal_fk' })
  proposal?: ProposalEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'proposal_cosponsors_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: CosponsorState, enumName: 'cosponsor_state' })
  state!: CosponsorState;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}

/** One endorsement: by an organization (once per organization) or by a citizen (once per person). */
@Entity('proposal_endorsements')
@Index('proposal_endorsements_organization', ['proposalId', 'organizationId'], {
  unique: true,
  where: 'organization_id IS NOT NULL',
})
@Index('proposal_endorsements_citizen', ['proposalId', 'userId'], {
  unique: true,
  where: 'organization_id IS NULL',
})
export class EndorsementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_endorsements_proposal_fk' })
  proposal?: ProposalEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'proposal_endorsements_organization_fk' })
  organization?: OrganizationEntity;

  /** The citizen, or the member who endorsed on the organization's behalf. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'proposal_endorsements_user_fk' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A reviewer's score of a proposal on one published criterion. */
@Entity('proposal_scores')
@Check('proposal_scores_range', 'score BETWEEN 1 AND 5')
export class ScoreEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @PrimaryColumn({ name: 'criterion_key', type: 'varchar', length: 40 })
  criterionKey!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_scores_proposal_fk' })
  proposal?: ProposalEntity;

  @Column({ type: 'smallint' })
  score!: number;

  @UpdateDateColumn({ name: 'scored_at', type: 'timestamptz' })
  scoredAt!: Date;
}

/** A selected proposal (with any merged into it) on an edition's agenda, numbered within the edition. */
@Entity('agenda_items')
@Unique('agenda_items_edition_number', ['editionId', 'number'])
@Unique('agenda_items_proposal', ['proposalId'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => AssemblyEditionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'agenda_items_edition_fk' })
  edition?: AssemblyEditionEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'agenda_items_proposal_fk' })
  proposal?: ProposalEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A person or an organization in the working group that drafts an agenda item's resolution. */
@Entity('working_group_members')
@Check('working_group_members_one_kind', '(user_id IS NULL) <> (organization_id IS NULL)')
@Index('working_group_members_person', ['agendaItemId', 'userId'], {
  unique: true,
  where: 'user_id IS NOT NULL',
})
@Index('working_group_members_organization', ['agendaItemId', 'organizationId'], {
  unique: true,
  where: 'organization_id IS NOT NULL',
})
export class WorkingGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'working_group_members_item_fk' })
  agendaItem?: AgendaItemEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'working_group_members_user_fk' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'working_group_members_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 100, default: '' })
  role!: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt!: Date;
}
