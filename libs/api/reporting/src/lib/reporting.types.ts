import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@canopy/api/core';
import {
  AssessmentChange,
  AssessmentStatus,
  CatalogueAddressee,
  EvidenceKind,
  MechanismFrequency,
  MechanismLevel,
  MechanismType,
  ReportEvent,
  ReportState,
} from '@canopy/domain';
import type { CatalogueIndicator, Evidence, IndicatorValue, LocalizedText, Mechanism } from '@canopy/domain';
import {
  CatalogueItemEntity,
  CountryReportEntity,
  ParagraphAssessmentEntity,
  ReportingCatalogueEntity,
  ReportingCycleEntity,
  ValidationKind,
  ValidationResponseEntity,
} from './reporting.entities';

/** What progress reports answer: catalogue, cycles, reports, their versions and civil society's answers. */

registerEnumType(ReportState, { name: 'ReportState' });
registerEnumType(ReportEvent, { name: 'ReportEvent' });
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'How far a paragraph has come, from not started to achieved; not applicable stands apart.',
});
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
registerEnumType(MechanismType, { name: 'MechanismType' });
registerEnumType(MechanismLevel, { name: 'MechanismLevel' });
registerEnumType(MechanismFrequency, { name: 'MechanismFrequency' });
registerEnumType(CatalogueAddressee, { name: 'CatalogueAddressee' });
registerEnumType(ValidationKind, { name: 'ValidationKind' });
registerEnumType(AssessmentChange, { name: 'AssessmentChange' });

@ObjectType('LocalizedText')
export class LocalizedTextType {
  @Field({ description: 'Language code, e.g. en, ar.' })
  language!: string;

  @Field()
  text!: string;

  static list(text: LocalizedText): LocalizedTextType[] {
    return Object.entries(text).map(([language, value]) => ({ language, text: value }));
  }
}

@ObjectType('CatalogueIndicator', { description: 'An indicator a paragraph suggests, e.g. SDG 16.7.2.' })
export class CatalogueIndicatorType {
  @Field()
  code!: string;

  @Field(() => [LocalizedTextType])
  name!: LocalizedTextType[];

  @Field()
  unit!: string;

  @Field(() => [String], { description: 'Dimensions values may be broken down by.' })
  breakdowns!: string[];

  static from(indicator: CatalogueIndicator): CatalogueIndicatorType {
    return {
      code: indicator.code,
      name: LocalizedTextType.list(indicator.name),
      unit: indicator.unit,
      breakdowns: [...indicator.breakdowns],
    };
  }
}

@ObjectType('CatalogueItem', { description: 'An operative paragraph of the resolution.' })
export class CatalogueItemType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. OP1(3)' })
  code!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => CatalogueAddressee)
  addressee!: CatalogueAddressee;

  @Field(() => [LocalizedTextType])
  summary!: LocalizedTextType[];

  @Field(() => [CatalogueIndicatorType])
  indicators!: CatalogueIndicatorType[];

  catalogueId!: string;

  static from(entity: CatalogueItemEntity): CatalogueItemType {
    return Object.assign(new CatalogueItemType(), {
      id: entity.id,
      code: entity.code,
      position: entity.position,
      addressee: entity.addressee,
      summary: LocalizedTextType.list(entity.summary),
      indicators: entity.indicators.map(CatalogueIndicatorType.from),
      catalogueId: entity.catalogueId,
    });
  }
}

@ObjectType('ReportingCatalogue', { description: "A version of a resolution's catalogue, loaded from data." })
export class ReportingCatalogueType {
  @Field(() => ID)
  id!: string;

  @Field()
  resolution!: string;

  @Field()
  version!: string;

  @Field(() => [LocalizedTextType])
  title!: LocalizedTextType[];

  @Field({ description: 'Where the text comes from.' })
  source!: string;

  @Field({ description: 'How far the text may be trusted, e.g. UNVERIFIED_SUMMARY or OFFICIAL.' })
  status!: string;

  @Field(() => [String])
  languages!: string[];

  @Field(() => GraphQLISODateTime)
  loadedAt!: Date;

  static from(entity: ReportingCatalogueEntity): ReportingCatalogueType {
    return Object.assign(new ReportingCatalogueType(), {
      id: entity.id,
      resolution: entity.resolution,
      version: entity.version,
      title: LocalizedTextType.list(entity.title),
      source: entity.source,
      status: entity.status,
      languages: entity.languages,
      loadedAt: entity.loadedAt,
    });
  }
}

@ObjectType('ReportingCycle', { description: 'A biennial round of reporting (2026, 2028, 2030…).' })
export class ReportingCycleType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  deadline!: string;

  catalogueId!: string;

  static from(entity: ReportingCycleEntity): ReportingCycleType {
    return Object.assign(new ReportingCycleType(), {
      id: entity.id,
      year: entity.year,
      deadline: entity.deadline,
      catalogueId: entity.catalogueId,
    });
  }
}

@ObjectType('ReportProgress', { description: 'How far the officials have come through the report.' })
export class ReportProgressType {
  @Field(() => Int, { description: 'Paragraphs with an assessment saved.' })
  assessed!: number;

  @Field(() => Int, { description: "Member states' paragraphs of the catalogue." })
  total!: number;

  @Field(() => Int, { description: 'Paragraphs past not started.' })
  started!: number;
}

@ObjectType('CountryReport', { description: "A country's progress report for a cycle." })
export class CountryReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportState)
  state!: ReportState;

  @Field(() => Int, { description: 'The latest published version; 0 before the first publication.' })
  publishedVersion!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  cycleId!: string;
  countryId!: string;
  mechanismRows!: Mechanism[];

  static from(entity: CountryReportEntity): CountryReportType {
    return Object.assign(new CountryReportType(), {
      id: entity.id,
      state: entity.state,
      publishedVersion: entity.publishedVersion,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      cycleId: entity.cycleId,
      countryId: entity.countryId,
      mechanismRows: entity.mechanisms,
    });
  }
}

@ObjectType('CountryReportConnection')
export class CountryReportConnection extends ConnectionType(CountryReportType, 'CountryReport') {}

@ObjectType('EvidenceFile', { description: 'An uploaded evidence document.' })
export class EvidenceFileType {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field({ description: 'SHA-256 of the bytes, hexadecimal.' })
  sha256!: string;

  @Field({ description: 'Where to download it, relative to the API.' })
  url!: string;
}

@ObjectType('Evidence')
export class EvidenceType {
  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field()
  description!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => ID, { nullable: true })
  assemblyId!: string | null;

  fileId!: string | null;

  static from(evidence: Evidence): EvidenceType {
    return Object.assign(new EvidenceType(), {
      kind: evidence.kind,
      description: evidence.description,
      date: evidence.date,
      url: evidence.url ?? null,
      assemblyId: evidence.assemblyId ?? null,
      fileId: evidence.fileId ?? null,
    });
  }
}

@ObjectType('Breakdown')
export class BreakdownType {
  @Field()
  dimension!: string;

  @Field()
  group!: string;
}

@ObjectType('IndicatorValue')
export class IndicatorValueType {
  @Field()
  indicator!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => [BreakdownType], { description: 'Empty for the whole population.' })
  breakdown!: BreakdownType[];

  static from(value: IndicatorValue): IndicatorValueType {
    return {
      indicator: value.indicator,
      year: value.year,
      value: value.value,
      breakdown: Object.entries(value.breakdown).map(([dimension, group]) => ({ dimension, group })),
    };
  }
}

@ObjectType('ParagraphAssessment', { description: "The government's assessment of one paragraph." })
export class ParagraphAssessmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field()
  narrative!: string;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  @Field(() => [IndicatorValueType])
  indicatorValues!: IndicatorValueType[];

  @Field(() => Int, { description: 'Counts saves; send it back as expectedRevision.' })
  revision!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  static from(entity: ParagraphAssessmentEntity): ParagraphAssessmentType {
    return Object.assign(new ParagraphAssessmentType(), {
      id: entity.id,
      itemId: entity.itemId,
      status: entity.status,
      narrative: entity.narrative,
      evidence: entity.evidence.map(EvidenceType.from),
      indicatorValues: entity.indicatorValues.map(IndicatorValueType.from),
      revision: entity.revision,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('ParticipatoryMechanism', { description: 'A participatory mechanism the country runs.' })
export class MechanismObjectType {
  @Field()
  name!: string;

  @Field(() => MechanismType)
  type!: MechanismType;

  @Field(() => MechanismLevel)
  level!: MechanismLevel;

  @Field()
  legalBasis!: string;

  @Field(() => MechanismFrequency)
  frequency!: MechanismFrequency;

  @Field(() => Float, { nullable: true })
  budget!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field({ description: 'Who takes part.' })
  participants!: string;

  @Field(() => ID, { nullable: true })
  assemblyId!: string | null;

  static from(mechanism: Mechanism): MechanismObjectType {
    return {
      ...mechanism,
      budget: mechanism.budget ?? null,
      currency: mechanism.currency ?? null,
      assemblyId: mechanism.assemblyId ?? null,
    };
  }
}

@ObjectType('ValidationResponse', { description: "A civil society organization's answer to one paragraph." })
export class ValidationResponseType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => ValidationKind)
  kind!: ValidationKind;

  @Field(() => AssessmentStatus, { nullable: true, description: "A shadow assessment's own status." })
  status!: AssessmentStatus | null;

  @Field({ description: "A shadow's narrative, or the comment with a sign-off." })
  narrative!: string;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  @Field(() => GraphQLISODateTime)
  filedAt!: Date;

  organizationId!: string;
  reportId!: string;
  round!: number;

  static from(entity: ValidationResponseEntity): ValidationResponseType {
    return Object.assign(new ValidationResponseType(), {
      id: entity.id,
      itemId: entity.itemId,
      kind: entity.kind,
      status: entity.status,
      narrative: entity.narrative,
      evidence: entity.evidence.map(EvidenceType.from),
      filedAt: entity.filedAt,
      organizationId: entity.organizationId,
      reportId: entity.reportId,
      round: entity.round,
    });
  }
}
