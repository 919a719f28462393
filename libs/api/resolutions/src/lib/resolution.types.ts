import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@canopy/api/core';
import { CommitmentStatus, ResolutionState } from '@canopy/domain';
import {
  CommitmentEntity,
  NotificationEntity,
  ProgressUpdateEntity,
  ReservationEntity,
  ResolutionEntity,
  ResolutionVersionEntity,
} from './resolution.entities';

/** What resolutions answer: versions and their comparison, the outcome, follow-up, the trace. */

registerEnumType(ResolutionState, { name: 'ResolutionState' });
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  description: 'Follow-up statuses of the Thai National Health Assembly record, and not started.',
});

export enum TraceEventKind {
  PROPOSAL_SUBMITTED = 'PROPOSAL_SUBMITTED',
  AGENDA_ITEM = 'AGENDA_ITEM',
  VERSION = 'VERSION',
  CONSULTATION_OPENED = 'CONSULTATION_OPENED',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
  ADOPTED = 'ADOPTED',
  DEFERRED = 'DEFERRED',
  TRANSMITTED = 'TRANSMITTED',
  PROGRESS = 'PROGRESS',
}
registerEnumType(TraceEventKind, { name: 'TraceEventKind' });

@ObjectType('Paragraph')
export class ParagraphType {
  @Field(() => Int, { description: '1-based.' })
  number!: number;

  @Field()
  text!: string;
}

@ObjectType('ResolutionVersion', { description: 'One immutable draft of a resolution.' })
export class ResolutionVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => [ParagraphType])
  paragraphs!: ParagraphType[];

  @Field(() => String, { nullable: true, description: 'What changed since the version before, and why.' })
  changeNote!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  resolutionId!: string;
  texts!: string[];

  static from(entity: ResolutionVersionEntity): ResolutionVersionType {
    return Object.assign(new ResolutionVersionType(), {
      id: entity.id,
      number: entity.number,
      title: entity.title,
      paragraphs: entity.paragraphs.map((text, index) => ({ number: index + 1, text })),
      changeNote: entity.changeNote,
      createdAt: entity.createdAt,
      resolutionId: entity.resolutionId,
      texts: entity.paragraphs,
    });
  }
}

@ObjectType('Reservation', {
  description: "An organization's reservation on a resolution adopted by consensus.",
})
export class ReservationType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  organizationId!: string;

  static from(entity: ReservationEntity): ReservationType {
    return Object.assign(new ReservationType(), {
      id: entity.id,
      text: entity.text,
      recordedAt: entity.recordedAt,
      organizationId: entity.organizationId,
      resolutionId: entity.resolutionId,
    });
  }
}

@ObjectType('ProgressUpdate', { description: 'A published step of follow-up; never changed.' })
export class ProgressUpdateType {
  @Field(() => ID)
  id!: string;

  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;

  @Field()
  narrative!: string;

  @Field(() => [String])
  evidenceLinks!: string[];

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  commitmentId!: string;
  organizationId!: string;

  static from(entity: ProgressUpdateEntity): ProgressUpdateType {
    return Object.assign(new ProgressUpdateType(), {
      id: entity.id,
      status: entity.status,
      narrative: entity.narrative,
      evidenceLinks: entity.evidenceLinks,
      publishedAt: entity.publishedAt,
      commitmentId: entity.commitmentId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('Commitment', { description: 'Who will do what by when, as the adopted resolution asks.' })
export class CommitmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  actor!: string;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  dueOn!: string | null;

  @Field(() => CommitmentStatus, { description: 'As of the latest progress update.' })
  status!: CommitmentStatus;

  resolutionId!: string;

  static from(entity: CommitmentEntity): CommitmentType {
    return Object.assign(new CommitmentType(), {
      id: entity.id,
      position: entity.position,
      actor: entity.actor,
      action: entity.action,
      dueOn: entity.dueOn,
      status: entity.status,
      resolutionId: entity.resolutionId,
    });
  }
}

@ObjectType('TraceEvent', { description: "A step on a resolution's path, from proposal to progress." })
export class TraceEventType {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => TraceEventKind)
  kind!: TraceEventKind;

  @Field({ description: 'What the step was about (a proposal title, a version number and its note).' })
  title!: string;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType('Resolution')
export class ResolutionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Prefix, edition and item: "NHA 16.2".' })
  code!: string;

  @Field(() => Int, { description: 'The agenda item number.' })
  number!: number;

  @Field()
  title!: string;

  @Field(() => ResolutionState)
  state!: ResolutionState;

  @Field(() => Int)
  currentVersionNumber!: number;

  @Field(() => String, { nullable: true })
  deferralReason!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the sitting adopted or deferred it.',
  })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The government body it was transmitted to.' })
  transmittedTo!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  transmittedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  editionId!: string;
  agendaItemId!: string;
  championOrganizationId!: string | null;

  static from(entity: ResolutionEntity): ResolutionType {
    return Object.assign(new ResolutionType(), {
      id: entity.id,
      code: entity.code,
      number: entity.number,
      title: entity.title,
      state: entity.state,
      currentVersionNumber: entity.currentVersion,
      deferralReason: entity.deferralReason,
      decidedAt: entity.decidedAt,
      transmittedTo: entity.transmittedTo,
      transmittedAt: entity.transmittedAt,
      createdAt: entity.createdAt,
      editionId: entity.editionId,
      agendaItemId: entity.agendaItemId,
      championOrganizationId: entity.championOrganizationId,
    });
  }
}

@ObjectType()
export class ResolutionConnection extends ConnectionType(ResolutionType, 'Resolution') {}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field({
    description: 'NEW_VERSION, CONSULTATION_OPENED, CONSULTATION_CLOSED, ADOPTED, DEFERRED, PROGRESS.',
  })
  kind!: string;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;

  @Field(() => ID)
  resolutionId!: string;

  static from(entity: NotificationEntity): NotificationType {
    return Object.assign(new NotificationType(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      createdAt: entity.createdAt,
      readAt: entity.readAt,
      resolutionId: entity.subjectId,
    });
  }
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationType, 'Notification') {}
