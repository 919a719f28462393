import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@canopy/api/core';
import {
  ACCOUNT_LIMITS,
  CHARTER_LIMITS,
  CharterSectionKind,
  IndicatorDirection,
  IndicatorFrequency,
  OrganizationSector,
  VerificationLevel,
} from '@canopy/domain';

/** What the charters' queries and mutations accept; class-validator checks every field. */

const NOT_BLANK = /\S/;
const ID_MESSAGE = 'must be an id this API gave out';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date (YYYY-MM-DD)';

@ArgsType()
export class ChartersArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Charters of this place and of the places within it.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  jurisdictionId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only charters adopted by their community (the ones to start from).',
  })
  @IsOptional()
  @IsBoolean()
  adoptedOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words in the title.' })
  @IsOptional()
  @MaxLength(CHARTER_LIMITS.titleMaxLength)
  search?: string | null;
}

@ArgsType()
export class CharterComparisonArgs {
  @Field(() => Int, { nullable: true, description: 'Default: the edition before `to`.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  from?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default: the latest edition.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  to?: number | null;
}

@ArgsType()
export class CharterEditionNumberArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  number!: number;
}

@ArgsType()
export class CharterModerationArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  charterId!: string;
}

@InputType()
export class InitiateCharterInput {
  @Field(() => ID, { description: 'The community (or district) the charter belongs to.' })
  @IsUUID('all', { message: ID_MESSAGE })
  jurisdictionId!: string;

  @Field()
  @MaxLength(CHARTER_LIMITS.titleMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  title!: string;

  @Field(() => ID, { description: 'The organization convening the development committee.' })
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: "Another community's adopted edition to start from." })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  templateEditionId?: string | null;
}

@InputType()
export class CharterIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  charterId!: string;
}

@InputType()
export class CharterEditionIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  editionId!: string;
}

@InputType()
export class AddCharterCommitteeMemberInput extends CharterIdInput {
  @Field(() => String, { nullable: true, description: 'A person, by the e-mail of their account…' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email?: string | null;

  @Field(() => ID, { nullable: true, description: '…or an organization.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId?: string | null;

  @Field(() => OrganizationSector, { description: 'The sector the member speaks for.' })
  @IsEnum(OrganizationSector)
  sector!: OrganizationSector;

  @Field(() => String, { nullable: true, description: 'e.g. Chair, Secretary, Village health volunteer' })
  @IsOptional()
  @MaxLength(100)
  role?: string | null;
}

@InputType()
export class RemoveCharterCommitteeMemberInput extends CharterIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  memberId!: string;
}

@InputType()
export class ResponsibleActorInput {
  @Field()
  @MaxLength(CHARTER_LIMITS.actorNameMaxLength)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId?: string | null;
}

@InputType()
export class CharterIndicatorInput {
  @Field({ description: 'What is measured.' })
  @MaxLength(CHARTER_LIMITS.indicatorTextMaxLength)
  name!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  target!: number;

  @Field()
  @MaxLength(CHARTER_LIMITS.unitMaxLength)
  unit!: string;

  @Field(() => IndicatorFrequency)
  @IsEnum(IndicatorFrequency)
  frequency!: IndicatorFrequency;

  @Field(() => IndicatorDirection, { defaultValue: IndicatorDirection.AT_LEAST })
  @IsEnum(IndicatorDirection)
  direction: IndicatorDirection = IndicatorDirection.AT_LEAST;
}

@InputType()
export class CharterClauseInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A clause of this edition being kept (it keeps its lineage).',
  })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  id?: string | null;

  @Field()
  @MaxLength(CHARTER_LIMITS.clauseMaxLength)
  text!: string;

  @Field(() => [ResponsibleActorInput], { defaultValue: [] })
  @ArrayMaxSize(CHARTER_LIMITS.maxResponsibleActors)
  @ValidateNested({ each: true })
  @Type(() => ResponsibleActorInput)
  responsible: ResponsibleActorInput[] = [];

  @Field(() => CharterIndicatorInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CharterIndicatorInput)
  indicator?: CharterIndicatorInput | null;
}

@InputType()
export class CharterSectionInput {
  @Field(() => CharterSectionKind, { defaultValue: CharterSectionKind.PROVISIONS })
  @IsEnum(CharterSectionKind)
  kind: CharterSectionKind = CharterSectionKind.PROVISIONS;

  @Field()
  @MaxLength(CHARTER_LIMITS.sectionTitleMaxLength)
  title!: string;

  @Field(() => String, { nullable: true, description: "A chapter code of the country's health statute." })
  @IsOptional()
  @MaxLength(20)
  statuteChapter?: string | null;

  @Field(() => [CharterClauseInput])
  @ArrayMaxSize(CHARTER_LIMITS.maxClauses)
  @ValidateNested({ each: true })
  @Type(() => CharterClauseInput)
  clauses!: CharterClauseInput[];
}

@InputType()
export class SaveCharterTextInput extends CharterEditionIdInput {
  @Field(() => Int, { description: 'The textRevision the editor started from.' })
  @IsInt()
  @Min(0)
  expectedRevision!: number;

  @Field(() => [CharterSectionInput])
  @ArrayMinSize(1, { message: 'must hold a section' })
  @ArrayMaxSize(CHARTER_LIMITS.maxSections)
  @ValidateNested({ each: true })
  @Type(() => CharterSectionInput)
  sections!: CharterSectionInput[];
}

@InputType()
export class OpenCharterHearingInput extends CharterEditionIdInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'must be a date and time' })
  closesAt!: Date;

  @Field(() => VerificationLevel, {
    nullable: true,
    description: 'Who may vote; defaults to a verified e-mail.',
  })
  @IsOptional()
  @IsEnum(VerificationLevel)
  votingLevel?: VerificationLevel | null;
}

@InputType()
export class SectorAttendanceInput {
  @Field(() => OrganizationSector)
  @IsEnum(OrganizationSector)
  sector!: OrganizationSector;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  count!: number;
}

@InputType()
export class RecordCharterAdoptionInput extends CharterEditionIdInput {
  @Field({ description: 'YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(DATE, { message: DATE_MESSAGE })
  forumDate!: string;

  @Field()
  @MaxLength(CHARTER_LIMITS.placeMaxLength)
  forumPlace!: string;

  @Field(() => [SectorAttendanceInput])
  @ArrayMinSize(1, { message: 'must record who attended' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SectorAttendanceInput)
  attendance!: SectorAttendanceInput[];

  @Field({ defaultValue: true })
  @IsBoolean()
  byConsensus: boolean = true;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CHARTER_LIMITS.noteMaxLength)
  note?: string | null;

  @Field({ description: 'When it takes effect, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(DATE, { message: DATE_MESSAGE })
  effectiveDate!: string;
}

@InputType()
export class CharterSignatureInput extends CharterEditionIdInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Sign for this organization (its admins) instead of yourself.',
  })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId?: string | null;
}

@InputType()
export class RecordIndicatorReadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  clauseId!: string;

  @Field({ description: 'The end of the period measured, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(DATE, { message: DATE_MESSAGE })
  periodEnd!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CHARTER_LIMITS.noteMaxLength)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Report as this responsible organization (its members).' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId?: string | null;
}

@InputType()
export class StatuteChapterInput {
  @Field()
  @MaxLength(20)
  code!: string;

  @Field()
  @MaxLength(300)
  title!: string;
}

@InputType()
export class SetStatuteChaptersInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  countryId!: string;

  @Field(() => [StatuteChapterInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => StatuteChapterInput)
  chapters!: StatuteChapterInput[];
}
