import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentChange, AssessmentStatus } from '@canopy/domain';
import type { PublishedAssessment } from '@canopy/domain';
import { ReportVersionEntity } from './reporting.entities';
import { EvidenceType, IndicatorValueType, MechanismObjectType } from './reporting.types';

/** Published versions as GraphQL answers them: frozen documents, and two of them compared. */

@ObjectType('PublishedAssessment')
export class PublishedAssessmentType {
  @Field()
  itemCode!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field()
  narrative!: string;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  @Field(() => [IndicatorValueType])
  indicatorValues!: IndicatorValueType[];

  static from(assessment: PublishedAssessment): PublishedAssessmentType {
    return {
      itemCode: assessment.itemCode,
      status: assessment.status,
      narrative: assessment.narrative,
      evidence: assessment.evidence.map(EvidenceType.from),
      indicatorValues: assessment.indicatorValues.map(IndicatorValueType.from),
    };
  }
}

@ObjectType('PublishedSignOff')
export class PublishedSignOffType {
  @Field()
  itemCode!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'The name as it stood when the version was published.' })
  organizationName!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('ShadowAssessment', {
  description: "Civil society's own assessment, published beside the government's.",
})
export class ShadowAssessmentType {
  @Field()
  itemCode!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  organizationName!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field()
  narrative!: string;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];
}

@ObjectType('ReportVersion', { description: 'A published version: it never changes.' })
export class ReportVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;

  @Field(() => String, { nullable: true, description: 'What this version corrects.' })
  changeNote!: string | null;

  @Field(() => [PublishedAssessmentType])
  assessments!: PublishedAssessmentType[];

  @Field(() => [MechanismObjectType])
  mechanisms!: MechanismObjectType[];

  @Field(() => [PublishedSignOffType])
  signOffs!: PublishedSignOffType[];

  @Field(() => [ShadowAssessmentType])
  shadows!: ShadowAssessmentType[];
}

@ObjectType('AssessmentComparison', { description: 'One paragraph in two versions.' })
export class AssessmentComparisonType {
  @Field()
  itemCode!: string;

  @Field(() => AssessmentChange)
  change!: AssessmentChange;

  @Field(() => AssessmentStatus, { nullable: true })
  fromStatus!: AssessmentStatus | null;

  @Field(() => AssessmentStatus, { nullable: true })
  toStatus!: AssessmentStatus | null;

  @Field()
  narrativeChanged!: boolean;

  @Field(() => Int)
  evidenceAdded!: number;

  @Field(() => Int)
  evidenceRemoved!: number;

  @Field(() => Int)
  indicatorValuesChanged!: number;
}

@ObjectType('ReportComparison', { description: 'Two published versions lined up paragraph by paragraph.' })
export class ReportComparisonType {
  @Field(() => ReportVersionType)
  from!: ReportVersionType;

  @Field(() => ReportVersionType)
  to!: ReportVersionType;

  @Field(() => [AssessmentComparisonType])
  paragraphs!: AssessmentComparisonType[];
}

export function versionType(entity: ReportVersionEntity): ReportVersionType {
  const content = entity.content;
  return {
    id: entity.id,
    number: entity.number,
    publishedAt: entity.publishedAt,
    changeNote: entity.changeNote,
    assessments: content.assessments.map(PublishedAssessmentType.from),
    mechanisms: content.mechanisms.map(MechanismObjectType.from),
    signOffs: content.signOffs.map((signOff) => ({
      itemCode: signOff.itemCode,
      organizationId: signOff.organization.id,
      organizationName: signOff.organization.name,
      at: new Date(signOff.at),
    })),
    shadows: content.shadows.map((shadow) => ({
      itemCode: shadow.itemCode,
      organizationId: shadow.organization.id,
      organizationName: shadow.organization.name,
      status: shadow.status,
      narrative: shadow.narrative,
      evidence: shadow.evidence.map(EvidenceType.from),
    })),
  };
}
