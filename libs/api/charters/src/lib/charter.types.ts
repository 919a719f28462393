import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@canopy/api/core';
import { ParagraphComparisonType } from '@canopy/api/consultation';
import {
  CharterEvent,
  charterEvents,
  CharterSectionKind,
  CharterState,
  IndicatorDirection,
  IndicatorFrequency,
  OrganizationSector,
} from '@canopy/domain';
import {
  CharterClauseEntity,
  CharterCommitteeMemberEntity,
  CharterEditionEntity,
  CharterEntity,
  CharterSectionEntity,
  IndicatorReadingEntity,
  StatuteChapterEntity,
} from './charter.entities';

/** What charters answer: the charter, its editions and text, committee, signatures and readings. */

registerEnumType(CharterState, { name: 'CharterState' });
registerEnumType(CharterEvent, { name: 'CharterEvent' });
registerEnumType(CharterSectionKind, { name: 'CharterSectionKind' });
registerEnumType(IndicatorFrequency, { name: 'IndicatorFrequency' });
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Whether a reading meets the target by reaching it or by staying under it.',
});

@ObjectType('Charter', { description: "A community's health charter, edition after edition." })
export class CharterType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  /** The latest edition's number. */
  latestEdition!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  jurisdictionId!: string;
  convenerId!: string;

  static from(entity: CharterEntity): CharterType {
    return Object.assign(new CharterType(), {
      id: entity.id,
      title: entity.title,
      latestEdition: entity.latestEdition,
      createdAt: entity.createdAt,
      jurisdictionId: entity.jurisdictionId,
      convenerId: entity.convenerId,
    });
  }
}

@ObjectType('CharterConnection')
export class CharterConnection extends ConnectionType(CharterType, 'Charter') {}

@ObjectType('CharterCommitteeMember', { description: 'A seat on the development committee.' })
export class CharterCommitteeMemberType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationSector, { description: 'The sector the member speaks for.' })
  sector!: OrganizationSector;

  @Field(() => String, { nullable: true })
  role!: string | null;

  charterId!: string;
  userId!: string | null;
  organizationId!: string | null;

  static from(entity: CharterCommitteeMemberEntity): CharterCommitteeMemberType {
    return Object.assign(new CharterCommitteeMemberType(), {
      id: entity.id,
      charterId: entity.charterId,
      sector: entity.sector,
      role: entity.role,
      userId: entity.userId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('SectorAttendance')
export class SectorAttendanceType {
  @Field(() => OrganizationSector)
  sector!: OrganizationSector;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CharterAdoption', { description: 'The community forum that adopted an edition.' })
export class CharterAdoptionType {
  @Field({ description: 'YYYY-MM-DD.' })
  forumDate!: string;

  @Field()
  forumPlace!: string;

  @Field(() => [SectorAttendanceType])
  attendance!: SectorAttendanceType[];

  @Field(() => Int)
  totalAttendance!: number;

  @Field()
  byConsensus!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('CharterSignatureCount', { description: 'Standing signatures, counted exactly.' })
export class SignatureCountType {
  @Field(() => Int)
  people!: number;

  @Field(() => Int)
  organizations!: number;
}

@ObjectType('CharterEdition', { description: 'One numbered edition: its text, life cycle and forum record.' })
export class CharterEditionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => CharterState)
  state!: CharterState;

  @Field(() => [CharterEvent], { description: 'What the committee may do next with this edition.' })
  events!: CharterEvent[];

  @Field(() => Int, { description: 'Counts saves of the text; send it back when saving.' })
  textRevision!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, set at adoption.' })
  effectiveDate!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  inForceAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  supersededAt!: Date | null;

  @Field(() => CharterAdoptionType, { nullable: true })
  adoption!: CharterAdoptionType | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  charterId!: string;
  copiedFromId!: string | null;

  static from(entity: CharterEditionEntity): CharterEditionType {
    const attendance = entity.attendance ?? [];
    return Object.assign(new CharterEditionType(), {
      id: entity.id,
      number: entity.number,
      state: entity.state,
      events: charterEvents(entity.state),
      textRevision: entity.textRevision,
      effectiveDate: entity.effectiveDate,
      inForceAt: entity.inForceAt,
      supersededAt: entity.supersededAt,
      createdAt: entity.createdAt,
      charterId: entity.charterId,
      copiedFromId: entity.copiedFromId,
      adoption: entity.forumDate
        ? {
            forumDate: entity.forumDate,
            forumPlace: entity.forumPlace ?? '',
            attendance,
            totalAttendance: attendance.reduce((sum, row) => sum + row.count, 0),
            byConsensus: entity.byConsensus ?? true,
            note: entity.adoptionNote,
          }
        : null,
    });
  }
}

@ObjectType('CharterSection')
export class CharterSectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => CharterSectionKind)
  kind!: CharterSectionKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: "The national health statute chapter's code." })
  statuteChapter!: string | null;

  editionId!: string;

  static from(entity: CharterSectionEntity): CharterSectionType {
    return Object.assign(new CharterSectionType(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      statuteChapter: entity.statuteChapter,
      editionId: entity.editionId,
    });
  }
}

@ObjectType('ResponsibleActor', { description: 'Who carries a clause out: a named organization, or a name.' })
export class ResponsibleActorType {
  @Field()
  name!: string;

  organizationId!: string | null;
}

@ObjectType('CharterIndicator', { description: 'What is measured to follow a clause.' })
export class CharterIndicatorType {
  @Field()
  name!: string;

  @Field(() => Float)
  target!: number;

  @Field()
  unit!: string;

  @Field(() => IndicatorFrequency)
  frequency!: IndicatorFrequency;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;
}

@ObjectType('CharterClause')
export class CharterClauseType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1-based through the edition; the hearing\u2019s comments point at it.' })
  number!: number;

  @Field(() => ID, { description: 'The same in every edition the clause is carried into.' })
  lineageId!: string;

  @Field()
  text!: string;

  @Field(() => [ResponsibleActorType])
  responsible!: ResponsibleActorType[];

  @Field(() => CharterIndicatorType, { nullable: true })
  indicator!: CharterIndicatorType | null;

  sectionId!: string;
  editionId!: string;

  static from(entity: CharterClauseEntity): CharterClauseType {
    return Object.assign(new CharterClauseType(), {
      id: entity.id,
      number: entity.number,
      lineageId: entity.lineageId,
      text: entity.text,
      responsible: entity.responsible.map((actor) => Object.assign(new ResponsibleActorType(), actor)),
      indicator:
        entity.indicatorName !== null
          ? {
              name: entity.indicatorName,
              target: entity.indicatorTarget ?? 0,
              unit: entity.indicatorUnit ?? '',
              frequency: entity.indicatorFrequency,
              direction: entity.indicatorDirection,
            }
          : null,
      sectionId: entity.sectionId,
      editionId: entity.editionId,
    });
  }
}

@ObjectType('IndicatorReading', { description: 'A published value of a clause\u2019s indicator.' })
export class IndicatorReadingType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The end of the period measured, YYYY-MM-DD.' })
  periodEnd!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  organizationId!: string | null;
  lineageId!: string;

  static from(entity: IndicatorReadingEntity): IndicatorReadingType {
    return Object.assign(new IndicatorReadingType(), {
      id: entity.id,
      periodEnd: entity.periodEnd,
      value: entity.value,
      note: entity.note,
      recordedAt: entity.recordedAt,
      organizationId: entity.organizationId,
      lineageId: entity.lineageId,
    });
  }
}

@ObjectType('IndicatorTrendPoint', { description: 'One period of a trend (the latest reading for it).' })
export class IndicatorTrendPointType {
  @Field()
  periodEnd!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  meetsTarget!: boolean;
}

@ObjectType('ClauseComparison', {
  description: 'One clause lined up across two editions (matched by lineage).',
})
export class ClauseComparisonType extends ParagraphComparisonType {
  @Field(() => ID)
  lineageId!: string;
}

@ObjectType('CharterComparison')
export class CharterComparisonType {
  @Field(() => CharterEditionType)
  from!: CharterEditionType;

  @Field(() => CharterEditionType)
  to!: CharterEditionType;

  @Field(() => [ClauseComparisonType])
  clauses!: ClauseComparisonType[];
}

@ObjectType('StatuteChapter', { description: "A chapter of a country's national health statute." })
export class StatuteChapterType {
  @Field()
  code!: string;

  @Field()
  title!: string;

  countryId!: string;

  static from(entity: StatuteChapterEntity): StatuteChapterType {
    return Object.assign(new StatuteChapterType(), {
      code: entity.code,
      title: entity.title,
      countryId: entity.countryId,
    });
  }
}

@ObjectType('CharterSignatureReceipt')
export class SignatureReceiptType {
  @Field(() => CharterEditionType)
  edition!: CharterEditionType;

  @Field(() => SignatureCountType)
  signatures!: SignatureCountType;
}
