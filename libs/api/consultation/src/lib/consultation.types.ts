import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@canopy/api/core';
import {
  AppealState,
  ConsultationWindowState,
  consultationWindowState,
  FlagReason,
  ParagraphChange,
  Stance,
  VerificationLevel,
  VoteChoice,
} from '@canopy/domain';
import {
  CommentAppealEntity,
  CommentEntity,
  CommentFlagEntity,
  CommentRevisionEntity,
  ConsultationEntity,
} from './consultation.entities';
import { ModerationChange, type TallyEvent } from './consultation.events';

/** What consultation answers: windows, tallies, comments, moderation. */

registerEnumType(VoteChoice, { name: 'VoteChoice' });
registerEnumType(Stance, { name: 'Stance' });
registerEnumType(ConsultationWindowState, { name: 'ConsultationWindowState' });
registerEnumType(FlagReason, { name: 'FlagReason' });
registerEnumType(AppealState, { name: 'AppealState' });
registerEnumType(ParagraphChange, { name: 'ParagraphChange' });

@ObjectType('Tally', { description: 'Exact counts of the votes cast, kept as each vote is cast.' })
export class TallyType {
  @Field(() => Int)
  support!: number;

  @Field(() => Int)
  oppose!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int)
  total!: number;

  static from(tally: { support: number; oppose: number; abstain: number }): TallyType {
    return Object.assign(new TallyType(), { ...tally, total: tally.support + tally.oppose + tally.abstain });
  }
}

@ObjectType('ParagraphCommentCount')
export class ParagraphCommentCountType {
  @Field(() => Int, { nullable: true, description: 'Null for comments on the whole text.' })
  paragraph!: number | null;

  @Field(() => Int)
  comments!: number;
}

@ObjectType('Consultation', {
  description: 'A window in which the public votes and comments on one version.',
})
export class ConsultationType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  closesAt!: Date;

  @Field(() => ConsultationWindowState)
  state!: ConsultationWindowState;

  @Field(() => VerificationLevel, { description: 'How verified an account must be to vote.' })
  votingLevel!: VerificationLevel;

  @Field(() => ID, { description: 'The version the window is open on.' })
  versionId!: string;

  subjectType!: string;
  subjectId!: string;
  assemblyId!: string | null;

  static from(entity: ConsultationEntity): ConsultationType {
    return Object.assign(new ConsultationType(), {
      id: entity.id,
      opensAt: entity.opensAt,
      closesAt: entity.closesAt,
      state: consultationWindowState(entity, new Date()),
      votingLevel: entity.votingLevel,
      versionId: entity.versionId,
      subjectType: entity.subjectType,
      subjectId: entity.subjectId,
      assemblyId: entity.assemblyId,
    });
  }
}

@ObjectType('VoteReceipt', { description: 'The vote as stored, and the tally it is part of.' })
export class VoteReceiptType {
  @Field(() => VoteChoice)
  choice!: VoteChoice;

  @Field(() => TallyType)
  tally!: TallyType;

  @Field(() => ConsultationType)
  consultation!: ConsultationType;
}

@ObjectType('CommentRevision', { description: "A comment's wording before an edit." })
export class CommentRevisionType {
  @Field()
  body!: string;

  @Field(() => GraphQLISODateTime)
  revisedAt!: Date;

  commentId!: string;

  static from(entity: CommentRevisionEntity): CommentRevisionType {
    return Object.assign(new CommentRevisionType(), {
      body: entity.body,
      revisedAt: entity.revisedAt,
      commentId: entity.commentId,
    });
  }
}

@ObjectType('CommentFlag', { description: "Someone's report on a comment (moderators read these)." })
export class CommentFlagType {
  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  handledAt!: Date | null;

  commentId!: string;

  static from(entity: CommentFlagEntity): CommentFlagType {
    return Object.assign(new CommentFlagType(), {
      reason: entity.reason,
      note: entity.note,
      createdAt: entity.createdAt,
      handledAt: entity.handledAt,
      commentId: entity.commentId,
    });
  }
}

@ObjectType('CommentAppeal')
export class CommentAppealType {
  @Field(() => AppealState)
  state!: AppealState;

  @Field()
  argument!: string;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  commentId!: string;

  static from(entity: CommentAppealEntity): CommentAppealType {
    return Object.assign(new CommentAppealType(), {
      state: entity.state,
      argument: entity.argument,
      decisionReason: entity.decisionReason,
      createdAt: entity.createdAt,
      decidedAt: entity.decidedAt,
      commentId: entity.commentId,
    });
  }
}

@ObjectType('Comment')
export class CommentType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The paragraph it is about; null for the whole text.' })
  paragraph!: number | null;

  @Field(() => Stance, { nullable: true })
  stance!: Stance | null;

  @Field(() => Int, { description: '0 for a top comment, 1 for a reply, 2 for a reply to a reply.' })
  depth!: number;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field({ description: 'True when filed on behalf of a constituency organization.' })
  formal!: boolean;

  @Field()
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid it.' })
  hiddenReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  hiddenAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt!: Date | null;

  consultationId!: string;
  authorId!: string;
  organizationId!: string | null;
  rootId!: string | null;
  hiddenBy!: string | null;
  openFlags!: number;
  storedBody!: string;

  static from(entity: CommentEntity): CommentType {
    return Object.assign(new CommentType(), {
      id: entity.id,
      paragraph: entity.paragraph,
      stance: entity.stance,
      depth: entity.depth,
      parentId: entity.parentId,
      formal: entity.organizationId !== null,
      hidden: entity.hiddenAt !== null,
      hiddenReason: entity.hiddenReason,
      hiddenAt: entity.hiddenAt,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      consultationId: entity.consultationId,
      authorId: entity.authorId,
      organizationId: entity.organizationId,
      rootId: entity.rootId,
      hiddenBy: entity.hiddenBy,
      openFlags: entity.openFlags,
      storedBody: entity.body,
    });
  }
}

@ObjectType()
export class CommentConnection extends ConnectionType(CommentType, 'Comment') {}

@ObjectType('ParagraphComparison', {
  description: 'One paragraph (or clause) of a consulted text lined up across two versions.',
})
export class ParagraphComparisonType {
  @Field(() => ParagraphChange)
  change!: ParagraphChange;

  @Field(() => Int, { nullable: true })
  beforeNumber!: number | null;

  @Field(() => Int, { nullable: true })
  afterNumber!: number | null;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

registerEnumType(ModerationChange, {
  name: 'ModerationChange',
  description: 'What happened to a comment in a moderation queue.',
});

@ObjectType('TallyUpdate', {
  description: "A consultation's tally, sent live after each vote that moves it.",
})
export class TallyUpdateType {
  @Field(() => ID)
  consultationId!: string;

  @Field(() => TallyType)
  tally!: TallyType;

  static from(event: TallyEvent): TallyUpdateType {
    return Object.assign(new TallyUpdateType(), {
      consultationId: event.consultationId,
      tally: TallyType.from(event),
    });
  }
}

@ObjectType('ModerationQueueChange', { description: 'A comment entering, leaving or changing in a queue.' })
export class ModerationQueueChangeType {
  @Field(() => ModerationChange)
  change!: ModerationChange;

  @Field(() => CommentType)
  comment!: CommentType;
}
