import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, PolicyService, PrivateField } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { AssemblyEditionType, AssemblyLoaders } from '@canopy/api/assemblies';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { AgendaLoaders } from './agenda.loaders';
import { AgendaService } from './agenda.service';
import {
  AgendaItemType,
  ConstituencyConnection,
  ConstituencyType,
  CosponsorType,
  ParticipationType,
  ProposalConnection,
  ProposalType,
} from './agenda.types';
import {
  ApplyAsConstituencyInput,
  ConstituenciesArgs,
  DecideConstituencyInput,
  EditionProposalsArgs,
} from './agenda.inputs';
import { ConstituenciesService } from './constituencies.service';
import { ProposalsService } from './proposals.service';

@Resolver(() => ConstituencyType)
export class ConstituenciesResolver {
  constructor(
    private readonly constituencies: ConstituenciesService,
    private readonly policy: PolicyService,
    private readonly organizations: OrganizationLoaders,
    private readonly assemblyLoaders: AssemblyLoaders,
  ) {}

  @Can('constituency.apply', ({ input }: { input: ApplyAsConstituencyInput }) => ({
    organizationId: input.organizationId,
    editionId: input.editionId,
  }))
  @Mutation(() => ConstituencyType, {
    description: "An organization's admin applies for it to take part in an edition.",
  })
  async applyAsConstituency(
    @Args('input') input: ApplyAsConstituencyInput,
    @Context() context: GraphQLContext,
  ) {
    return ConstituencyType.from(
      await this.constituencies.apply(await this.policy.requirePrincipal(context), input),
    );
  }

  @Can('constituency.decide', ({ input }: { input: DecideConstituencyInput }) => ({
    constituencyId: input.constituencyId,
  }))
  @Mutation(() => ConstituencyType, { description: 'Approve, or decline with a reason.' })
  async decideConstituency(
    @Args('input') input: DecideConstituencyInput,
    @Context() context: GraphQLContext,
  ) {
    const actor = await this.policy.requirePrincipal(context);
    return ConstituencyType.from(
      await this.constituencies.decide(actor, input.constituencyId, input.approve, input.reason),
    );
  }

  @ResolveField(() => OrganizationType)
  organization(@Parent() parent: ConstituencyType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.organizationId);
  }

  @ResolveField(() => AssemblyEditionType)
  edition(@Parent() parent: ConstituencyType, @Context() context: GraphQLContext) {
    return this.assemblyLoaders.editionById(context.loaders).load(parent.editionId);
  }
}

/** What the assembly cycle adds to an edition: constituencies, proposals, agenda and the triangle. */
@Resolver(() => AssemblyEditionType)
export class EditionAgendaResolver {
  constructor(
    private readonly constituencyService: ConstituenciesService,
    private readonly proposalService: ProposalsService,
    private readonly agendaService: AgendaService,
    private readonly loaders: AgendaLoaders,
  ) {}

  @ResolveField(() => ConstituencyConnection, { description: 'Organizations registered to take part.' })
  async constituencies(
    @Parent() edition: AssemblyEditionType,
    @Args() args: ConstituenciesArgs,
  ): Promise<Connection<ConstituencyType>> {
    const page = await this.constituencyService.list(edition.id, args.state ?? undefined, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: ConstituencyType.from(edge.node) })),
    };
  }

  @ResolveField(() => ProposalConnection, {
    description: 'Submitted proposals by number (drafts are private).',
  })
  async proposals(
    @Parent() edition: AssemblyEditionType,
    @Args() args: EditionProposalsArgs,
  ): Promise<Connection<ProposalType>> {
    const page = await this.proposalService.editionProposals(
      { editionId: edition.id, states: args.states ?? undefined },
      args,
    );
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: ProposalType.from(edge.node) })) };
  }

  @ResolveField(() => [AgendaItemType], { description: 'The agenda, by item number.' })
  agenda(@Parent() edition: AssemblyEditionType, @Context() context: GraphQLContext) {
    return this.loaders.agendaOfEdition(context.loaders).load(edition.id);
  }

  @ResolveField(() => [ParticipationType], {
    description:
      'Organizations per sector at each stage: did government, academia and civil society move together?',
  })
  participation(@Parent() edition: AssemblyEditionType) {
    return this.agendaService.participation(edition.id);
  }
}

/** What the assembly cycle adds to an organization's page. */
@Resolver(() => OrganizationType)
export class OrganizationAgendaResolver {
  constructor(private readonly loaders: AgendaLoaders) {}

  @ResolveField(() => [ConstituencyType], {
    description: 'Editions it applied to take part in, newest first.',
  })
  constituencies(@Parent() organization: OrganizationType, @Context() context: GraphQLContext) {
    return this.loaders.constituenciesOfOrganization(context.loaders).load(organization.id);
  }

  @PrivateField('proposal.readDrafts', (organization: OrganizationType) => ({
    organizationId: organization.id,
  }))
  @ResolveField(() => [CosponsorType], {
    nullable: true,
    description: 'Requests to co-sponsor that await an answer (members only; null for others).',
  })
  cosponsorRequests(@Parent() organization: OrganizationType, @Context() context: GraphQLContext) {
    return this.loaders.cosponsorRequestsTo(context.loaders).load(organization.id);
  }
}
