import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import { AssembliesService } from './assemblies.service';
import { AssemblyLoaders } from './assembly.loaders';
import { AssembliesArgs, AssemblyConnection, AssemblyEditionType, AssemblyType } from './assembly.type';

@Resolver(() => AssemblyType)
export class AssembliesResolver {
  constructor(
    private readonly service: AssembliesService,
    private readonly loaders: AssemblyLoaders,
    private readonly jurisdictionLoaders: JurisdictionLoaders,
  ) {}

  @Query(() => AssemblyConnection, { description: 'Assemblies by name, filtered and paginated.' })
  async assemblies(@Args() args: AssembliesArgs): Promise<Connection<AssemblyType>> {
    const page = await this.service.list(args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: AssemblyType.from(edge.node) })) };
  }

  @Query(() => AssemblyType, { nullable: true })
  assembly(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(id);
  }

  @Query(() => [JurisdictionType], {
    description: 'Countries that have at least one assembly, by name: the choices of the assemblies filter.',
  })
  async assemblyCountries(): Promise<JurisdictionType[]> {
    return (await this.service.countriesWithAssemblies()).map(JurisdictionType.from);
  }

  @ResolveField(() => JurisdictionType)
  jurisdiction(@Parent() assembly: AssemblyType, @Context() context: GraphQLContext) {
    return this.jurisdictionLoaders.byId(context.loaders).load(assembly.jurisdictionId);
  }

  @ResolveField(() => [AssemblyEditionType], { description: 'Editions, newest first.' })
  editions(@Parent() assembly: AssemblyType, @Context() context: GraphQLContext) {
    return this.loaders.editions(context.loaders).load(assembly.id);
  }

  @ResolveField(() => AssemblyEditionType, {
    nullable: true,
    description: 'The most recent edition, if any.',
  })
  async latestEdition(@Parent() assembly: AssemblyType, @Context() context: GraphQLContext) {
    const [latest] = await this.loaders.editions(context.loaders).load(assembly.id);
    return latest ?? null;
  }
}

@Resolver(() => AssemblyEditionType)
export class AssemblyEditionsResolver {
  constructor(private readonly loaders: AssemblyLoaders) {}

  @ResolveField(() => AssemblyType)
  assembly(@Parent() edition: AssemblyEditionType, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(edition.assemblyId);
  }
}
