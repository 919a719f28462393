import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@canopy/api/core';
import {
  ACCOUNT_LIMITS,
  ConstituencyBasis,
  ConstituencyState,
  CosponsorState,
  OrganizationSector,
  ParticipationStage,
  PROPOSAL_LIMITS,
  ProposalState,
} from '@canopy/domain';
import {
  AgendaItemEntity,
  ConstituencyEntity,
  CosponsorEntity,
  ProposalEntity,
  WorkingGroupMemberEntity,
} from './agenda.entities';

registerEnumType(ProposalState, { name: 'ProposalState' });
registerEnumType(ConstituencyBasis, { name: 'ConstituencyBasis', description: 'Area-based or issue-based.' });
registerEnumType(ConstituencyState, { name: 'ConstituencyState' });
registerEnumType(CosponsorState, { name: 'CosponsorState' });
registerEnumType(ParticipationStage, { name: 'ParticipationStage' });

const NOT_BLANK = /\S/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@ObjectType('Constituency', { description: 'An organization registered to take part in an edition.' })
export class ConstituencyType {
  @Field(() => ID)
  id!: string;

  @Field(() => ConstituencyBasis)
  basis!: ConstituencyBasis;

  @Field({ description: 'The area or issue it speaks for.' })
  focus!: string;

  @Field(() => ConstituencyState)
  state!: ConstituencyState;

  @Field(() => String, { nullable: true, description: 'Why it was declined (or a note on approval).' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  appliedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  editionId!: string;
  organizationId!: string;

  static from(entity: ConstituencyEntity): ConstituencyType {
    return Object.assign(new ConstituencyType(), {
      id: entity.id,
      basis: entity.basis,
      focus: entity.focus,
      state: entity.state,
      reason: entity.reason,
      appliedAt: entity.appliedAt,
      decidedAt: entity.decidedAt,
      editionId: entity.editionId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType()
export class ConstituencyConnection extends ConnectionType(ConstituencyType, 'Constituency') {}

@ObjectType('Proposal', { description: 'An agenda proposal of an organization to an assembly edition.' })
export class ProposalType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Its number within the edition, given on submission.' })
  number!: number | null;

  @Field(() => ProposalState)
  state!: ProposalState;

  @Field()
  title!: string;

  @Field()
  problem!: string;

  @Field()
  proposedAction!: string;

  @Field()
  expectedEffect!: string;

  @Field(() => [String])
  evidenceLinks!: string[];

  @Field(() => [String])
  affectedGroups!: string[];

  @Field(() => String, { nullable: true, description: 'Why it was rejected, deferred or merged.' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  editionId!: string;
  organizationId!: string;
  jurisdictionId!: string;
  mergedIntoId!: string | null;
  previousProposalId!: string | null;

  static from(entity: ProposalEntity): ProposalType {
    return Object.assign(new ProposalType(), {
      id: entity.id,
      number: entity.number,
      state: entity.state,
      title: entity.title,
      problem: entity.problem,
      proposedAction: entity.proposedAction,
      expectedEffect: entity.expectedEffect,
      evidenceLinks: entity.evidenceLinks,
      affectedGroups: entity.affectedGroups,
      reason: entity.reason,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      submittedAt: entity.submittedAt,
      editionId: entity.editionId,
      organizationId: entity.organizationId,
      jurisdictionId: entity.jurisdictionId,
      mergedIntoId: entity.mergedIntoId,
      previousProposalId: entity.previousProposalId,
    });
  }
}

@ObjectType()
export class ProposalConnection extends ConnectionType(ProposalType, 'Proposal') {}

@ObjectType('Cosponsor')
export class CosponsorType {
  @Field(() => CosponsorState)
  state!: CosponsorState;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt!: Date | null;

  proposalId!: string;
  organizationId!: string;

  static from(entity: CosponsorEntity): CosponsorType {
    return Object.assign(new CosponsorType(), {
      state: entity.state,
      requestedAt: entity.requestedAt,
      respondedAt: entity.respondedAt,
      proposalId: entity.proposalId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('Endorsements')
export class EndorsementsType {
  @Field(() => Int)
  organizations!: number;

  @Field(() => Int)
  citizens!: number;
}

@ObjectType('CriterionScore')
export class CriterionScoreType {
  @Field()
  criterionKey!: string;

  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Int, { description: 'How many scores were given on this criterion.' })
  scores!: number;
}

@ObjectType('ScoreSummary', { description: 'Screening scores: averages are public, reviewers stay unnamed.' })
export class ScoreSummaryType {
  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Int)
  reviewers!: number;

  @Field(() => [CriterionScoreType])
  byCriterion!: CriterionScoreType[];
}

@ObjectType('ReviewerScore', { description: "One reviewer's score on one criterion (secretariat only)." })
export class ReviewerScoreType {
  @Field()
  criterionKey!: string;

  @Field(() => Int)
  score!: number;

  @Field(() => GraphQLISODateTime)
  scoredAt!: Date;

  reviewerId!: string;
}

@ObjectType('AgendaItem', { description: 'A selected proposal (and any merged into it) on the agenda.' })
export class AgendaItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  editionId!: string;
  proposalId!: string;

  static from(entity: AgendaItemEntity): AgendaItemType {
    return Object.assign(new AgendaItemType(), {
      id: entity.id,
      number: entity.number,
      title: entity.title,
      createdAt: entity.createdAt,
      editionId: entity.editionId,
      proposalId: entity.proposalId,
    });
  }
}

@ObjectType('WorkingGroupMember')
export class WorkingGroupMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  role!: string;

  userId!: string | null;
  organizationId!: string | null;

  static from(entity: WorkingGroupMemberEntity): WorkingGroupMemberType {
    return Object.assign(new WorkingGroupMemberType(), {
      id: entity.id,
      role: entity.role,
      userId: entity.userId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('Participation', {
  description: 'How many organizations of a sector took part at a stage of an edition (the triangle).',
})
export class ParticipationType {
  @Field(() => ParticipationStage)
  stage!: ParticipationStage;

  @Field(() => OrganizationSector)
  sector!: OrganizationSector;

  @Field(() => Int)
  organizations!: number;
}

// Arguments and inputs

@ArgsType()
export class EditionProposalsArgs extends ConnectionArgs {
  @Field(() => [ProposalState], {
    nullable: true,
    description: 'Only these states (drafts are never listed).',
  })
  @IsOptional()
  @IsEnum(ProposalState, { each: true })
  @ArrayMaxSize(8)
  states?: ProposalState[] | null;
}

@ArgsType()
export class ConstituenciesArgs extends ConnectionArgs {
  @Field(() => ConstituencyState, { nullable: true })
  @IsOptional()
  @IsEnum(ConstituencyState)
  state?: ConstituencyState | null;
}

@ArgsType()
export class OrganizationProposalsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;
}

@ArgsType()
export class SearchProposalsArgs extends ConnectionArgs {
  @Field({ description: 'Words to find in titles, problems and proposed actions (web-search syntax).' })
  @MaxLength(PROPOSAL_LIMITS.searchMaxLength)
  query!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an edition id' })
  editionId?: string | null;
}

@InputType()
export class ApplyAsConstituencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;

  @Field(() => ConstituencyBasis)
  @IsEnum(ConstituencyBasis)
  basis!: ConstituencyBasis;

  @Field({ description: 'The area or issue the organization speaks for.' })
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  focus!: string;
}

@InputType()
export class DecideConstituencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a constituency id' })
  constituencyId!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to decline.' })
  @IsOptional()
  @MaxLength(PROPOSAL_LIMITS.reasonMaxLength)
  reason?: string | null;
}

@InputType({ isAbstract: true })
class ProposalContentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PROPOSAL_LIMITS.textMaxLength)
  problem?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PROPOSAL_LIMITS.textMaxLength)
  proposedAction?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PROPOSAL_LIMITS.textMaxLength)
  expectedEffect?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) links to the evidence.' })
  @IsOptional()
  @ArrayMaxSize(PROPOSAL_LIMITS.evidenceLinksMax)
  @IsUrl(URL_OPTIONS, { each: true, message: 'must be http(s) links' })
  @MaxLength(PROPOSAL_LIMITS.linkMaxLength, { each: true })
  evidenceLinks?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(PROPOSAL_LIMITS.affectedGroupsMax)
  @MaxLength(PROPOSAL_LIMITS.affectedGroupMaxLength, { each: true })
  affectedGroups?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Where the problem is; the organization's own by default.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a jurisdiction id' })
  jurisdictionId?: string | null;
}

@InputType()
export class DraftProposalInput extends ProposalContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => ID, { description: 'The organization proposing; the author must be a member.' })
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(PROPOSAL_LIMITS.titleMaxLength)
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A deferred or rejected proposal of an earlier edition that this one proposes again.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a proposal id' })
  previousProposalId?: string | null;
}

@InputType()
export class UpdateProposalInput extends ProposalContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a proposal id' })
  proposalId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(PROPOSAL_LIMITS.titleMaxLength)
  title?: string | null;
}

@InputType()
export class ProposalIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a proposal id' })
  proposalId!: string;
}

@InputType()
export class ProposalReasonInput extends ProposalIdInput {
  @Field(() => String, { nullable: true, description: 'Required to reject.' })
  @IsOptional()
  @MaxLength(PROPOSAL_LIMITS.reasonMaxLength)
  reason?: string | null;
}

@InputType()
export class ProposalOrganizationInput extends ProposalIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;
}

@InputType()
export class RespondToCosponsorshipInput extends ProposalOrganizationInput {
  @Field()
  @IsBoolean()
  confirm!: boolean;
}

@InputType()
export class CriterionScoreInput {
  @Field()
  @MaxLength(40)
  criterionKey!: string;

  @Field(() => Int, { description: 'From 1 to 5.' })
  @IsInt()
  score!: number;
}

@InputType()
export class ScoreProposalInput extends ProposalIdInput {
  @Field(() => [CriterionScoreInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores!: CriterionScoreInput[];
}

@InputType()
export class MergeProposalInput extends ProposalReasonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a proposal id' })
  intoProposalId!: string;
}

@InputType()
export class SelectProposalInput extends ProposalIdInput {
  @Field(() => String, { nullable: true, description: "The agenda item's title; the proposal's by default." })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(PROPOSAL_LIMITS.titleMaxLength)
  title?: string | null;
}

@InputType()
export class AddWorkingGroupMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId!: string;

  @Field(() => String, { nullable: true, description: 'A person, by the e-mail of their account…' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email?: string | null;

  @Field(() => ID, { nullable: true, description: '…or an organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Chair, Drafter' })
  @IsOptional()
  @MaxLength(100)
  role?: string | null;
}

@InputType()
export class RemoveWorkingGroupMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an agenda item id' })
  agendaItemId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a working group member id' })
  memberId!: string;
}
