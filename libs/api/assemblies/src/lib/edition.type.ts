import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CommitteeComposition, OrganizationSector, ProposalWindowState } from '@canopy/domain';
import { CommitteeMemberEntity, EditionCriterionEntity } from './assembly-edition.entity';

registerEnumType(ProposalWindowState, {
  name: 'ProposalWindowState',
  description: 'Whether constituencies may submit proposals now.',
});

const NOT_BLANK = /\S/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CRITERION_KEY = /^[a-z][a-z0-9_]{0,39}$/;

@ObjectType('ProposalWindow')
export class ProposalWindowType {
  @Field(() => GraphQLISODateTime, { nullable: true })
  opensAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closesAt!: Date | null;

  @Field(() => ProposalWindowState)
  state!: ProposalWindowState;
}

@ObjectType('ScreeningCriterion', { description: 'A published criterion, scored from 1 to 5.' })
export class ScreeningCriterionType {
  @Field()
  key!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  static from(entity: EditionCriterionEntity): ScreeningCriterionType {
    return Object.assign(new ScreeningCriterionType(), {
      key: entity.key,
      name: entity.name,
      description: entity.description,
    });
  }
}

@ObjectType('CommitteeMember')
export class CommitteeMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationSector)
  sector!: OrganizationSector;

  @Field()
  role!: string;

  organizationId!: string | null;
  editionId!: string;

  static from(entity: CommitteeMemberEntity): CommitteeMemberType {
    return Object.assign(new CommitteeMemberType(), {
      id: entity.id,
      name: entity.name,
      sector: entity.sector,
      role: entity.role,
      organizationId: entity.organizationId,
      editionId: entity.editionId,
    });
  }
}

@ObjectType('CommitteeComposition', {
  description: 'The organizing committee against the rule: at least 60% of members from non-state sectors.',
})
export class CommitteeCompositionType implements CommitteeComposition {
  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  nonState!: number;

  @Field(() => Int)
  nonStatePercent!: number;

  @Field()
  meetsRule!: boolean;

  @Field(() => Int, { description: 'Non-state members to add for the rule to hold; 0 when it holds.' })
  nonStateMembersNeeded!: number;
}

@InputType()
export class CreateEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assembly id' })
  assemblyId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  number!: number;

  @Field()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date, YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date, YYYY-MM-DD' })
  endsOn?: string | null;
}

@InputType()
export class UpdateEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date, YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date, YYYY-MM-DD' })
  endsOn?: string | null;
}

@InputType()
export class CriterionInput {
  @Field({ description: 'Lower-case identifier, e.g. public_interest.' })
  @Matches(CRITERION_KEY, { message: 'must be lower-case letters, digits and _ (at most 40)' })
  key!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class SetScreeningCriteriaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => [CriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria!: CriterionInput[];
}

@InputType()
export class AddCommitteeMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(200)
  name!: string;

  @Field(() => OrganizationSector, {
    nullable: true,
    description: "Required unless an organization is given (then it is the organization's sector).",
  })
  @IsOptional()
  @IsEnum(OrganizationSector)
  sector?: OrganizationSector | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Chair' })
  @IsOptional()
  @MaxLength(100)
  role?: string | null;
}

@InputType()
export class RemoveCommitteeMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a committee member id' })
  memberId!: string;
}

@InputType()
export class OpenProposalWindowInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'must be a date and time' })
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'must be a date and time' })
  closesAt!: Date;
}

@InputType()
export class EditionIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an edition id' })
  editionId!: string;
}
