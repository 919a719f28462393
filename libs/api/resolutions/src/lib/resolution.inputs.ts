import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs } from '@canopy/api/core';
import { CommitmentStatus, RESOLUTION_LIMITS, ResolutionState } from '@canopy/domain';

/** What the resolutions' queries and mutations accept; class-validator checks every field. */

const NOT_BLANK = /\S/;
const ID_MESSAGE = 'must be an id this API gave out';
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType()
export class ResolutionIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  resolutionId!: string;
}

@InputType()
export class DraftResolutionInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  agendaItemId!: string;

  @Field()
  @MaxLength(RESOLUTION_LIMITS.titleMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  title!: string;

  @Field(() => [String], { description: 'The paragraphs in order; each is numbered by its position.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(RESOLUTION_LIMITS.paragraphs)
  @MaxLength(RESOLUTION_LIMITS.paragraphMaxLength, { each: true })
  paragraphs!: string[];
}

@InputType()
export class ReviseResolutionInput extends ResolutionIdInput {
  @Field(() => String, { nullable: true, description: 'A new title; omit to keep it.' })
  @IsOptional()
  @MaxLength(RESOLUTION_LIMITS.titleMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  title?: string | null;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(RESOLUTION_LIMITS.paragraphs)
  @MaxLength(RESOLUTION_LIMITS.paragraphMaxLength, { each: true })
  paragraphs!: string[];

  @Field({ description: 'What changed and why.' })
  @MaxLength(RESOLUTION_LIMITS.changeNoteMaxLength)
  @Matches(NOT_BLANK, { message: 'must say what changed' })
  changeNote!: string;
}

@InputType()
export class OpenConsultationInput extends ResolutionIdInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'must be a date and time' })
  closesAt!: Date;
}

@InputType()
export class ReservationInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId!: string;

  @Field()
  @MaxLength(RESOLUTION_LIMITS.reservationMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  text!: string;
}

@InputType()
export class CommitmentInput {
  @Field({ description: 'Who acts: a ministry, an agency, a network.' })
  @MaxLength(300)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  actor!: string;

  @Field()
  @MaxLength(RESOLUTION_LIMITS.commitmentTextMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  dueOn?: string | null;
}

@InputType()
export class AdoptResolutionInput extends ResolutionIdInput {
  @Field(() => [ReservationInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReservationInput)
  reservations: ReservationInput[] = [];

  @Field(() => [CommitmentInput], { defaultValue: [] })
  @ArrayMaxSize(RESOLUTION_LIMITS.commitments)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments: CommitmentInput[] = [];
}

@InputType()
export class DeferResolutionInput extends ResolutionIdInput {
  @Field()
  @MaxLength(RESOLUTION_LIMITS.reservationMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  reason!: string;
}

@InputType()
export class TransmitResolutionInput extends ResolutionIdInput {
  @Field({ description: 'The government body that acts on it.' })
  @MaxLength(300)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  governmentBody!: string;

  @Field(() => ID, { description: 'A verified government organization that answers for it.' })
  @IsUUID('all', { message: ID_MESSAGE })
  championOrganizationId!: string;
}

@InputType()
export class AddCommitmentInput extends CommitmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  resolutionId!: string;
}

@InputType()
export class PublishProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  commitmentId!: string;

  @Field(() => CommitmentStatus)
  @IsEnum(CommitmentStatus)
  status!: CommitmentStatus;

  @Field()
  @MaxLength(RESOLUTION_LIMITS.narrativeMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  narrative!: string;

  @Field(() => [String], { nullable: true, description: 'http(s) links to the evidence.' })
  @IsOptional()
  @ArrayMaxSize(RESOLUTION_LIMITS.evidenceLinks)
  @IsUrl(URL_OPTIONS, { each: true, message: 'must be http(s) links' })
  @MaxLength(1000, { each: true })
  evidenceLinks?: string[] | null;
}

@ArgsType()
export class EditionResolutionsArgs extends ConnectionArgs {
  @Field(() => [ResolutionState], { nullable: true })
  @IsOptional()
  @IsEnum(ResolutionState, { each: true })
  @ArrayMaxSize(9)
  states?: ResolutionState[] | null;
}

@ArgsType()
export class ChampionResolutionsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;
}
