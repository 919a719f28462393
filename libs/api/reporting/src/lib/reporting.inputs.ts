import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@canopy/api/core';
import {
  AssessmentStatus,
  CATALOGUE_LIMITS,
  EvidenceKind,
  MechanismFrequency,
  MechanismLevel,
  MechanismType,
  REPORTING_LIMITS,
} from '@canopy/domain';

/** What the reporting queries and mutations accept; class-validator checks every field. */

const ID_MESSAGE = 'must be an id this API gave out';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date (YYYY-MM-DD)';

@ArgsType()
export class CycleYearArgs {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

@ArgsType()
export class CountryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  countryId!: string;
}

@ArgsType()
export class CycleReportsArgs extends ConnectionArgs {
  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Only reports with a published version (those still in preparation too when false).',
  })
  @IsBoolean()
  publishedOnly = true;
}

@ArgsType()
export class VersionArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  number!: number;
}

@ArgsType()
export class VersionComparisonArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  from!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  to!: number;
}

@InputType()
export class LoadReportingCatalogueInput {
  @Field({ description: 'The catalogue file, as JSON text.' })
  @MaxLength(CATALOGUE_LIMITS.fileMaxLength)
  catalogue!: string;
}

@InputType()
export class CreateReportingCycleInput {
  @Field(() => Int)
  @IsInt()
  year!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  deadline!: string;

  @Field()
  @MaxLength(CATALOGUE_LIMITS.versionMaxLength)
  catalogueVersion!: string;
}

@InputType()
export class StartCountryReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  cycleId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  countryId!: string;
}

@InputType()
export class ReportIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  reportId!: string;
}

@InputType()
export class ReturnReportToDraftInput extends ReportIdInput {
  @Field(() => String, { nullable: true, description: 'Why it goes back, for the record.' })
  @IsOptional()
  @MaxLength(REPORTING_LIMITS.changeNoteMaxLength)
  reason?: string | null;
}

@InputType()
export class PublishCountryReportInput extends ReportIdInput {
  @Field(() => String, {
    nullable: true,
    description: 'What this version corrects; required from version 2 on.',
  })
  @IsOptional()
  @MaxLength(REPORTING_LIMITS.changeNoteMaxLength)
  changeNote?: string | null;
}

@InputType()
export class EvidenceInput {
  @Field(() => EvidenceKind)
  @IsEnum(EvidenceKind)
  kind!: EvidenceKind;

  @Field()
  @MaxLength(REPORTING_LIMITS.descriptionMaxLength)
  description!: string;

  @Field({ description: 'YYYY-MM-DD: when the document was issued or the event took place.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  date!: string;

  @Field(() => String, { nullable: true, description: 'For a link.' })
  @IsOptional()
  @MaxLength(REPORTING_LIMITS.urlMaxLength)
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a document: a file uploaded for this report.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  fileId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For an assembly run on Canopy.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  assemblyId?: string | null;
}

@InputType()
export class BreakdownInput {
  @Field({ description: 'The dimension, e.g. sex, age, disability, populationGroup.' })
  @MaxLength(REPORTING_LIMITS.breakdownKeyMaxLength)
  dimension!: string;

  @Field({ description: 'The group within it, e.g. female, 15-24.' })
  @MaxLength(REPORTING_LIMITS.breakdownValueMaxLength)
  group!: string;
}

@InputType()
export class IndicatorValueInput {
  @Field({ description: "One of the paragraph's indicator codes." })
  @MaxLength(CATALOGUE_LIMITS.codeMaxLength)
  indicator!: string;

  @Field(() => Int)
  @IsInt()
  year!: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field(() => [BreakdownInput], { defaultValue: [], description: 'Empty for the whole population.' })
  @ArrayMaxSize(REPORTING_LIMITS.maxBreakdownDimensions)
  @ValidateNested({ each: true })
  @Type(() => BreakdownInput)
  breakdown: BreakdownInput[] = [];
}

@InputType()
export class SaveParagraphAssessmentInput extends ReportIdInput {
  @Field(() => ID, { description: 'The catalogue paragraph assessed.' })
  @IsUUID('all', { message: ID_MESSAGE })
  itemId!: string;

  @Field(() => AssessmentStatus)
  @IsEnum(AssessmentStatus)
  status!: AssessmentStatus;

  @Field({ defaultValue: '' })
  @MaxLength(REPORTING_LIMITS.narrativeMaxLength)
  narrative: string = '';

  @Field(() => [EvidenceInput], { defaultValue: [] })
  @ArrayMaxSize(REPORTING_LIMITS.maxEvidence)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence: EvidenceInput[] = [];

  @Field(() => [IndicatorValueInput], { defaultValue: [] })
  @ArrayMaxSize(REPORTING_LIMITS.maxIndicatorValues)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueInput)
  indicatorValues: IndicatorValueInput[] = [];

  @Field(() => Int, {
    nullable: true,
    description:
      'The revision the edit started from (0 when none was saved); when given and another save came first, STALE_ASSESSMENT.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number | null;
}

@InputType()
export class MechanismInput {
  @Field()
  @MaxLength(REPORTING_LIMITS.mechanismTextMaxLength)
  name!: string;

  @Field(() => MechanismType)
  @IsEnum(MechanismType)
  type!: MechanismType;

  @Field(() => MechanismLevel)
  @IsEnum(MechanismLevel)
  level!: MechanismLevel;

  @Field()
  @MaxLength(REPORTING_LIMITS.mechanismTextMaxLength)
  legalBasis!: string;

  @Field(() => MechanismFrequency)
  @IsEnum(MechanismFrequency)
  frequency!: MechanismFrequency;

  @Field(() => Float, { nullable: true, description: 'Yearly budget, in `currency`.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  budget?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the budget (THB, USD).' })
  @IsOptional()
  @MaxLength(3)
  currency?: string | null;

  @Field({ description: 'Who takes part.' })
  @MaxLength(REPORTING_LIMITS.participantsMaxLength)
  participants!: string;

  @Field(() => ID, { nullable: true, description: 'The assembly on Canopy this mechanism is.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  assemblyId?: string | null;
}

@InputType()
export class SaveReportMechanismsInput extends ReportIdInput {
  @Field(() => [MechanismInput])
  @ArrayMaxSize(REPORTING_LIMITS.maxMechanisms)
  @ValidateNested({ each: true })
  @Type(() => MechanismInput)
  mechanisms!: MechanismInput[];
}

@InputType()
export class SignOffParagraphInput extends ReportIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  itemId!: string;

  @Field(() => ID, { description: 'The civil society organization signing off.' })
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REPORTING_LIMITS.narrativeMaxLength)
  comment?: string | null;
}

@InputType()
export class FileShadowAssessmentInput extends ReportIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  itemId!: string;

  @Field(() => ID, { description: 'The civil society organization filing it.' })
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId!: string;

  @Field(() => AssessmentStatus)
  @IsEnum(AssessmentStatus)
  status!: AssessmentStatus;

  @Field({ defaultValue: '' })
  @MaxLength(REPORTING_LIMITS.narrativeMaxLength)
  narrative: string = '';

  @Field(() => [EvidenceInput], { defaultValue: [] })
  @ArrayMaxSize(REPORTING_LIMITS.maxEvidence)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence: EvidenceInput[] = [];
}

@ArgsType()
export class ReportLiveArgs {
  @Field(() => ID, { nullable: true, description: 'Follow this report…' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  reportId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or every report of this cycle.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  cycleId?: string | null;
}
