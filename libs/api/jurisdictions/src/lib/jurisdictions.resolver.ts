import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionConnection, JurisdictionsArgs, JurisdictionType } from './jurisdiction.type';
import { JurisdictionsService } from './jurisdictions.service';

@Resolver(() => JurisdictionType)
export class JurisdictionsResolver {
  constructor(
    private readonly service: JurisdictionsService,
    private readonly loaders: JurisdictionLoaders,
  ) {}

  @Query(() => JurisdictionConnection, { description: 'Jurisdictions by name, filtered and paginated.' })
  async jurisdictions(@Args() args: JurisdictionsArgs): Promise<Connection<JurisdictionType>> {
    const page = await this.service.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: JurisdictionType.from(edge.node) })),
    };
  }

  @Query(() => JurisdictionType, { nullable: true })
  jurisdiction(@Args() { id }: IdArgs, @Context() context: GraphQLContext): Promise<JurisdictionType | null> {
    return this.loaders.byId(context.loaders).load(id);
  }

  @ResolveField(() => JurisdictionType, { nullable: true })
  parent(@Parent() jurisdiction: JurisdictionType, @Context() context: GraphQLContext) {
    return jurisdiction.parentId ? this.loaders.byId(context.loaders).load(jurisdiction.parentId) : null;
  }

  @ResolveField(() => JurisdictionType, { description: 'The country this lies in (itself for a country).' })
  async country(@Parent() jurisdiction: JurisdictionType, @Context() context: GraphQLContext) {
    if (jurisdiction.countryId === jurisdiction.id) return jurisdiction;
    return this.loaders.byId(context.loaders).load(jurisdiction.countryId);
  }
}
