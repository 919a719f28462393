import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, IdArgs, notFound, PolicyService, PrivateField } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { AssemblyEditionType, AssemblyLoaders } from '@canopy/api/assemblies';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { isPublicProposal } from '@canopy/domain';
import { AgendaLoaders } from './agenda.loaders';
import {
  AgendaItemType,
  CosponsorType,
  EndorsementsType,
  ProposalConnection,
  ProposalType,
  ReviewerScoreType,
  ScoreSummaryType,
} from './agenda.types';
import {
  DraftProposalInput,
  OrganizationProposalsArgs,
  ProposalIdInput,
  ProposalOrganizationInput,
  RespondToCosponsorshipInput,
  SearchProposalsArgs,
  UpdateProposalInput,
} from './agenda.inputs';
import { ProposalsService } from './proposals.service';
import { ScreeningService } from './screening.service';

const proposal = ({ input }: { input: { proposalId: string } }) => ({ proposalId: input.proposalId });

function nodes(page: Connection<Parameters<typeof ProposalType.from>[0]>): Connection<ProposalType> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: ProposalType.from(edge.node) })) };
}

/** Proposals as the public reads them and as their organization drafts, submits and rallies support. */
@Resolver(() => ProposalType)
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly screening: ScreeningService,
    private readonly policy: PolicyService,
    private readonly loaders: AgendaLoaders,
    private readonly assemblyLoaders: AssemblyLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly jurisdictions: JurisdictionLoaders,
  ) {}

  @Query(() => ProposalType, {
    nullable: true,
    description: "Null for an unknown id, and for a draft the reader's organization does not own.",
  })
  async proposal(@Args() { id }: IdArgs, @Context() context: GraphQLContext): Promise<ProposalType | null> {
    const found = await this.loaders.proposalById(context.loaders).load(id);
    if (!found || isPublicProposal(found.state)) return found;
    const mayRead = await this.policy.can(context, 'proposal.readDrafts', {
      organizationId: found.organizationId,
    });
    return mayRead ? found : null;
  }

  @Query(() => ProposalConnection, { description: 'Submitted proposals ranked by how well they match.' })
  async searchProposals(@Args() args: SearchProposalsArgs) {
    return nodes(await this.proposals.search(args.query, args.editionId ?? undefined, args));
  }

  @Can('proposal.readDrafts', ({ organizationId }: OrganizationProposalsArgs) => ({ organizationId }))
  @Query(() => ProposalConnection, {
    description: "An organization's proposals, drafts included, newest first.",
  })
  async organizationProposals(@Args() args: OrganizationProposalsArgs) {
    return nodes(await this.proposals.organizationProposals(args.organizationId, args));
  }

  @Can('proposal.draft', ({ input }: { input: DraftProposalInput }) => ({
    organizationId: input.organizationId,
    editionId: input.editionId,
  }))
  @Mutation(() => ProposalType)
  async draftProposal(@Args('input') input: DraftProposalInput, @Context() context: GraphQLContext) {
    const { editionId, organizationId, previousProposalId, ...content } = input;
    const actor = await this.policy.requirePrincipal(context);
    return ProposalType.from(
      await this.proposals.draft(actor, editionId, organizationId, content, previousProposalId),
    );
  }

  @Can('proposal.edit', proposal)
  @Mutation(() => ProposalType, { description: 'Drafts only.' })
  async updateProposal(@Args('input') input: UpdateProposalInput, @Context() context: GraphQLContext) {
    const { proposalId, ...content } = input;
    const actor = await this.policy.requirePrincipal(context);
    return ProposalType.from(
      await this.proposals.update(actor, proposalId, { ...content, title: content.title ?? undefined }),
    );
  }

  @Can('proposal.edit', proposal)
  @Mutation(() => ProposalType, {
    description: "Inside the edition's proposal window, by an approved constituency.",
  })
  async submitProposal(@Args('input') input: ProposalIdInput, @Context() context: GraphQLContext) {
    return ProposalType.from(
      await this.proposals.submit(await this.policy.requirePrincipal(context), input.proposalId),
    );
  }

  @Can('proposal.edit', proposal)
  @Mutation(() => ProposalType)
  async withdrawProposal(@Args('input') input: ProposalIdInput, @Context() context: GraphQLContext) {
    return ProposalType.from(
      await this.proposals.withdraw(await this.policy.requirePrincipal(context), input.proposalId),
    );
  }

  @Can('proposal.edit', proposal)
  @Mutation(() => CosponsorType, { description: 'Asks another organization to co-sponsor; it must confirm.' })
  async requestCosponsor(
    @Args('input') input: ProposalOrganizationInput,
    @Context() context: GraphQLContext,
  ) {
    const actor = await this.policy.requirePrincipal(context);
    return CosponsorType.from(
      await this.proposals.requestCosponsor(actor, input.proposalId, input.organizationId),
    );
  }

  @Can('proposal.cosponsor', ({ input }: { input: RespondToCosponsorshipInput }) => ({
    proposalId: input.proposalId,
    organizationId: input.organizationId,
  }))
  @Mutation(() => CosponsorType, { description: 'An admin of the asked organization confirms or declines.' })
  async respondToCosponsorship(
    @Args('input') input: RespondToCosponsorshipInput,
    @Context() context: GraphQLContext,
  ) {
    const actor = await this.policy.requirePrincipal(context);
    return CosponsorType.from(
      await this.proposals.respondToCosponsorship(
        actor,
        input.proposalId,
        input.organizationId,
        input.confirm,
      ),
    );
  }

  @Can('proposal.endorse', proposal)
  @Mutation(() => ProposalType, {
    description: "A citizen's endorsement, once per person; needs the assembly's verification level.",
  })
  async endorseProposal(@Args('input') input: ProposalIdInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    const facts = await this.policy.facts(context);
    await this.proposals.endorseAsCitizen(actor, facts.verificationLevel, input.proposalId);
    return this.reload(input.proposalId);
  }

  @Can('proposal.endorseAsOrganization', ({ input }: { input: ProposalOrganizationInput }) => ({
    proposalId: input.proposalId,
    organizationId: input.organizationId,
  }))
  @Mutation(() => ProposalType, { description: "An organization's endorsement, once per organization." })
  async endorseProposalAsOrganization(
    @Args('input') input: ProposalOrganizationInput,
    @Context() context: GraphQLContext,
  ) {
    const actor = await this.policy.requirePrincipal(context);
    await this.proposals.endorseAsOrganization(actor, input.proposalId, input.organizationId);
    return this.reload(input.proposalId);
  }

  @ResolveField(() => AssemblyEditionType)
  edition(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.assemblyLoaders.editionById(context.loaders).load(parent.editionId);
  }

  @ResolveField(() => OrganizationType, { description: 'The proposing organization.' })
  organization(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.organizationId);
  }

  @ResolveField(() => JurisdictionType)
  jurisdiction(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.jurisdictions.byId(context.loaders).load(parent.jurisdictionId);
  }

  @ResolveField(() => [CosponsorType], { description: 'Asked, confirmed and declined co-sponsors.' })
  cosponsors(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.loaders.cosponsors(context.loaders).load(parent.id);
  }

  @ResolveField(() => EndorsementsType)
  endorsements(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.loaders.endorsements(context.loaders).load(parent.id);
  }

  @ResolveField(() => [OrganizationType])
  async endorsingOrganizations(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    const ids = await this.loaders.endorsingOrganizations(context.loaders).load(parent.id);
    const rows = await this.organizations.byId(context.loaders).loadMany(ids);
    return rows.filter((row): row is OrganizationType => !!row && !(row instanceof Error));
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person endorsed it as a citizen.' })
  async endorsedByMe(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    return principal ? this.loaders.endorsedBy(context.loaders, principal.userId).load(parent.id) : false;
  }

  @ResolveField(() => ScoreSummaryType, { description: 'Screening averages, per criterion and overall.' })
  async scoreSummary(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    const [scores, criteria] = await Promise.all([
      this.loaders.scores(context.loaders).load(parent.id),
      this.assemblyLoaders.criteria(context.loaders).load(parent.editionId),
    ]);
    return this.screening.summarize(
      scores,
      criteria.map((criterion) => criterion.key),
    );
  }

  @PrivateField('proposal.readScores', (parent: ProposalType) => ({ editionId: parent.editionId }))
  @ResolveField(() => [ReviewerScoreType], {
    nullable: true,
    description: "The signed-in reviewer's own scores (secretariat only; null for others).",
  })
  async myScores(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    const scores = await this.loaders.scores(context.loaders).load(parent.id);
    return scores.filter((row) => row.reviewerId === principal?.userId);
  }

  @ResolveField(() => AgendaItemType, {
    nullable: true,
    description: 'The agenda item it became, if selected.',
  })
  agendaItem(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.loaders.agendaItemOfProposal(context.loaders).load(parent.id);
  }

  @ResolveField(() => ProposalType, { nullable: true })
  mergedInto(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return parent.mergedIntoId ? this.loaders.proposalById(context.loaders).load(parent.mergedIntoId) : null;
  }

  @ResolveField(() => [ProposalType], { description: 'Proposals merged into this one.' })
  mergedProposals(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.loaders.mergedInto(context.loaders).load(parent.id);
  }

  @ResolveField(() => ProposalType, {
    nullable: true,
    description: 'The deferred or rejected proposal of an earlier edition that this one proposes again.',
  })
  previousProposal(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return parent.previousProposalId
      ? this.loaders.proposalById(context.loaders).load(parent.previousProposalId)
      : null;
  }

  @ResolveField(() => [ProposalType], { description: 'Later proposals that propose this one again.' })
  resubmissions(@Parent() parent: ProposalType, @Context() context: GraphQLContext) {
    return this.loaders.resubmissions(context.loaders).load(parent.id);
  }

  private async reload(id: string): Promise<ProposalType> {
    const row = await this.proposals.findById(id);
    if (!row) throw notFound('input.proposalId');
    return ProposalType.from(row);
  }
}

@Resolver(() => CosponsorType)
export class CosponsorsResolver {
  constructor(
    private readonly organizations: OrganizationLoaders,
    private readonly loaders: AgendaLoaders,
  ) {}

  @ResolveField(() => OrganizationType)
  organization(@Parent() parent: CosponsorType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.organizationId);
  }

  @ResolveField(() => ProposalType)
  proposal(@Parent() parent: CosponsorType, @Context() context: GraphQLContext) {
    return this.loaders.proposalById(context.loaders).load(parent.proposalId);
  }
}
