import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@canopy/api/core';
import {
  ConstituencyBasis,
  ConstituencyState,
  CosponsorState,
  OrganizationSector,
  ParticipationStage,
  ProposalState,
} from '@canopy/domain';
import {
  AgendaItemEntity,
  ConstituencyEntity,
  CosponsorEntity,
  ProposalEntity,
  WorkingGroupMemberEntity,
} from './agenda.entities';

/** What the assembly cycle answers: constituencies, proposals, scores, the agenda, the triangle. */

registerEnumType(ProposalState, { name: 'ProposalState' });
registerEnumType(ConstituencyBasis, { name: 'ConstituencyBasis', description: 'Area-based or issue-based.' });
registerEnumType(ConstituencyState, { name: 'ConstituencyState' });
registerEnumType(CosponsorState, { name: 'CosponsorState' });
registerEnumType(ParticipationStage, { name: 'ParticipationStage' });

@ObjectType('Constituency', { description: 'An organization registered to take part in an edition.' })
export class ConstituencyType {
  @Field(() => ID)
  id!: string;

  @Field(() => ConstituencyBasis)
  basis!: ConstituencyBasis;

  @Field({ description: 'The area or issue it speaks for.' })
  focus!: string;

  @Field(() => ConstituencyState)
  state!: ConstituencyState;

  @Field(() => String, { nullable: true, description: 'Why it was declined (or a note on approval).' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  appliedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  editionId!: string;
  organizationId!: string;

  static from(entity: ConstituencyEntity): ConstituencyType {
    return Object.assign(new ConstituencyType(), {
      id: entity.id,
      basis: entity.basis,
      focus: entity.focus,
      state: entity.state,
      reason: entity.reason,
      appliedAt: entity.appliedAt,
      decidedAt: entity.decidedAt,
      editionId: entity.editionId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType()
export class ConstituencyConnection extends ConnectionType(ConstituencyType, 'Constituency') {}

@ObjectType('Proposal', { description: 'An agenda proposal of an organization to an assembly edition.' })
export class ProposalType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Its number within the edition, given on submission.' })
  number!: number | null;

  @Field(() => ProposalState)
  state!: ProposalState;

  @Field()
  title!: string;

  @Field()
  problem!: string;

  @Field()
  proposedAction!: string;

  @Field()
  expectedEffect!: string;

  @Field(() => [String])
  evidenceLinks!: string[];

  @Field(() => [String])
  affectedGroups!: string[];

  @Field(() => String, { nullable: true, description: 'Why it was rejected, deferred or merged.' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  editionId!: string;
  organizationId!: string;
  jurisdictionId!: string;
  mergedIntoId!: string | null;
  previousProposalId!: string | null;

  static from(entity: ProposalEntity): ProposalType {
    return Object.assign(new ProposalType(), {
      id: entity.id,
      number: entity.number,
      state: entity.state,
      title: entity.title,
      problem: entity.problem,
      proposedAction: entity.proposedAction,
      expectedEffect: entity.expectedEffect,
      evidenceLinks: entity.evidenceLinks,
      affectedGroups: entity.affectedGroups,
      reason: entity.reason,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      submittedAt: entity.submittedAt,
      editionId: entity.editionId,
      organizationId: entity.organizationId,
      jurisdictionId: entity.jurisdictionId,
      mergedIntoId: entity.mergedIntoId,
      previousProposalId: entity.previousProposalId,
    });
  }
}

@ObjectType()
export class ProposalConnection extends ConnectionType(ProposalType, 'Proposal') {}

@ObjectType('Cosponsor')
export class CosponsorType {
  @Field(() => CosponsorState)
  state!: CosponsorState;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt!: Date | null;

  proposalId!: string;
  organizationId!: string;

  static from(entity: CosponsorEntity): CosponsorType {
    return Object.assign(new CosponsorType(), {
      state: entity.state,
      requestedAt: entity.requestedAt,
      respondedAt: entity.respondedAt,
      proposalId: entity.proposalId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('Endorsements')
export class EndorsementsType {
  @Field(() => Int)
  organizations!: number;

  @Field(() => Int)
  citizens!: number;
}

@ObjectType('CriterionScore')
export class CriterionScoreType {
  @Field()
  criterionKey!: string;

  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Int, { description: 'How many scores were given on this criterion.' })
  scores!: number;
}

@ObjectType('ScoreSummary', { description: 'Screening scores: averages are public, reviewers stay unnamed.' })
export class ScoreSummaryType {
  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Int)
  reviewers!: number;

  @Field(() => [CriterionScoreType])
  byCriterion!: CriterionScoreType[];
}

@ObjectType('ReviewerScore', { description: "One reviewer's score on one criterion (secretariat only)." })
export class ReviewerScoreType {
  @Field()
  criterionKey!: string;

  @Field(() => Int)
  score!: number;

  @Field(() => GraphQLISODateTime)
  scoredAt!: Date;

  reviewerId!: string;
}

@ObjectType('AgendaItem', { description: 'A selected proposal (and any merged into it) on the agenda.' })
export class AgendaItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  editionId!: string;
  proposalId!: string;

  static from(entity: AgendaItemEntity): AgendaItemType {
    return Object.assign(new AgendaItemType(), {
      id: entity.id,
      number: entity.number,
      title: entity.title,
      createdAt: entity.createdAt,
      editionId: entity.editionId,
      proposalId: entity.proposalId,
    });
  }
}

@ObjectType('WorkingGroupMember')
export class WorkingGroupMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  role!: string;

  userId!: string | null;
  organizationId!: string | null;

  static from(entity: WorkingGroupMemberEntity): WorkingGroupMemberType {
    return Object.assign(new WorkingGroupMemberType(), {
      id: entity.id,
      role: entity.role,
      userId: entity.userId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('Participation', {
  description: 'How many organizations of a sector took part at a stage of an edition (the triangle).',
})
export class ParticipationType {
  @Field(() => ParticipationStage)
  stage!: ParticipationStage;

  @Field(() => OrganizationSector)
  sector!: OrganizationSector;

  @Field(() => Int)
  organizations!: number;
}
