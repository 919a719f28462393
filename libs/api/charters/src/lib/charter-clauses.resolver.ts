import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { indicatorTrend, IndicatorDirection } from '@canopy/domain';
import { RecordIndicatorReadingInput } from './charter.inputs';
import { CharterLoaders } from './charter.loaders';
import { CharterParticipationService } from './charter-participation.service';
import {
  CharterClauseType,
  CharterSectionType,
  IndicatorReadingType,
  IndicatorTrendPointType,
  ResponsibleActorType,
} from './charter.types';

@Resolver(() => CharterSectionType)
export class CharterSectionsResolver {
  constructor(private readonly loaders: CharterLoaders) {}

  @ResolveField(() => [CharterClauseType], { description: 'In order.' })
  async clauses(@Parent() parent: CharterSectionType, @Context() context: GraphQLContext) {
    const clauses = await this.loaders.clauses(context.loaders).load(parent.editionId);
    return clauses.filter((clause) => clause.sectionId === parent.id);
  }
}

/** A clause's indicator readings and their trend, and the readings responsible actors publish. */
@Resolver(() => CharterClauseType)
export class CharterClausesResolver {
  constructor(
    private readonly participation: CharterParticipationService,
    private readonly loaders: CharterLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => [IndicatorReadingType], {
    description: 'Every published reading of its indicator, in this and earlier editions, oldest first.',
  })
  readings(@Parent() parent: CharterClauseType, @Context() context: GraphQLContext) {
    return parent.indicator ? this.loaders.readings(context.loaders).load(parent.lineageId) : [];
  }

  @ResolveField(() => [IndicatorTrendPointType], {
    description: 'One value per period (the latest reading of it), oldest first, marked against the target.',
  })
  async trend(@Parent() parent: CharterClauseType, @Context() context: GraphQLContext) {
    if (!parent.indicator) return [];
    const readings = await this.loaders.readings(context.loaders).load(parent.lineageId);
    return indicatorTrend(
      readings,
      parent.indicator.target,
      parent.indicator.direction ?? IndicatorDirection.AT_LEAST,
    );
  }

  @Can('charter.report', ({ input }: { input: RecordIndicatorReadingInput }) => ({
    charterClauseId: input.clauseId,
    organizationId: input.organizationId ?? undefined,
  }))
  @Mutation(() => IndicatorReadingType, {
    description:
      "Publishes a reading of a clause's indicator (its committee, or a responsible organization).",
  })
  async recordIndicatorReading(
    @Args('input') input: RecordIndicatorReadingInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return IndicatorReadingType.from(await this.participation.recordReading(principal, input));
  }
}

@Resolver(() => ResponsibleActorType)
export class ResponsibleActorsResolver {
  constructor(private readonly organizations: OrganizationLoaders) {}

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() parent: ResponsibleActorType, @Context() context: GraphQLContext) {
    return parent.organizationId
      ? this.organizations.byId(context.loaders).load(parent.organizationId)
      : null;
  }
}
