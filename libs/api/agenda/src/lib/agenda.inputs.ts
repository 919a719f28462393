import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
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
import { ConnectionArgs } from '@canopy/api/core';
import {
  ACCOUNT_LIMITS,
  ConstituencyBasis,
  ConstituencyState,
  PROPOSAL_LIMITS,
  ProposalState,
} from '@canopy/domain';

/** What the assembly cycle's queries and mutations accept; class-validator checks every field. */

const NOT_BLANK = /\S/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

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
