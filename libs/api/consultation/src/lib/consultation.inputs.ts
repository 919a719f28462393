import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from '@canopy/api/core';
import { CONSULTATION_LIMITS, FlagReason, Stance, VoteChoice } from '@canopy/domain';

/** What consultation's queries and mutations accept; class-validator checks every field. */

const NOT_BLANK = /\S/;
const ID_MESSAGE = 'must be an id this API gave out';

@InputType()
export class CastVoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  consultationId!: string;

  @Field(() => VoteChoice)
  @IsEnum(VoteChoice)
  choice!: VoteChoice;
}

@InputType()
export class PostCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  consultationId!: string;

  @Field({ description: 'Plain text; line breaks are kept.' })
  @MaxLength(CONSULTATION_LIMITS.commentMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  body!: string;

  @Field(() => Stance, { nullable: true })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The paragraph it is about (1-based); omit for the whole text.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  paragraph?: number | null;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to.' })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  parentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'File it as the formal comment of this constituency organization (its members only).',
  })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  organizationId?: string | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  commentId!: string;

  @Field()
  @MaxLength(CONSULTATION_LIMITS.commentMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  body!: string;
}

@InputType()
export class CommentIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  commentId!: string;
}

@InputType()
export class FlagCommentInput extends CommentIdInput {
  @Field(() => FlagReason)
  @IsEnum(FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(CONSULTATION_LIMITS.reasonMaxLength)
  note?: string | null;
}

@InputType()
export class HideCommentInput extends CommentIdInput {
  @Field({ description: 'Shown to the author and kept in the record.' })
  @MaxLength(CONSULTATION_LIMITS.reasonMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  reason!: string;
}

@InputType()
export class AppealHidingInput extends CommentIdInput {
  @Field({ description: 'Why the comment should be visible again.' })
  @MaxLength(CONSULTATION_LIMITS.reasonMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  argument!: string;
}

@InputType()
export class DecideAppealInput extends CommentIdInput {
  @Field({ description: 'True makes the comment visible again; false keeps it hidden.' })
  @IsBoolean()
  reinstate!: boolean;

  @Field()
  @MaxLength(CONSULTATION_LIMITS.reasonMaxLength)
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  reason!: string;
}

@ArgsType()
export class CommentsArgs extends ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: "Only this paragraph's threads; 0 for those on the whole text; omit for all.",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  paragraph?: number | null;
}

@ArgsType()
export class ModerationQueueArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assembly id' })
  assemblyId!: string;
}

@ArgsType()
export class ConsultationLiveArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  consultationId!: string;
}

@ArgsType()
export class ModerationLiveArgs {
  @Field(() => ID, { nullable: true, description: "An assembly's queue (its moderators and secretariat)." })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  assemblyId?: string | null;

  @Field(() => ID, { nullable: true, description: "A charter's hearings' queue (its committee)." })
  @IsOptional()
  @IsUUID('all', { message: ID_MESSAGE })
  charterId?: string | null;
}
