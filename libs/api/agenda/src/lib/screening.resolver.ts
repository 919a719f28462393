import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, IdArgs, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { AssemblyEditionType, AssemblyLoaders } from '@canopy/api/assemblies';
import { UserLoaders, UserType } from '@canopy/api/identity';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { AgendaLoaders } from './agenda.loaders';
import { AgendaService } from './agenda.service';
import { AgendaItemType, ProposalType, WorkingGroupMemberType } from './agenda.types';
import {
  AddWorkingGroupMemberInput,
  MergeProposalInput,
  ProposalIdInput,
  ProposalReasonInput,
  RemoveWorkingGroupMemberInput,
  ScoreProposalInput,
  SelectProposalInput,
} from './agenda.inputs';
import { ScreeningService } from './screening.service';

const proposal = ({ input }: { input: { proposalId: string } }) => ({ proposalId: input.proposalId });
const agendaItem = ({ input }: { input: { agendaItemId: string } }) => ({ agendaItemId: input.agendaItemId });

/** The secretariat's screening board: score, screen, merge, select, defer, reject; then the working groups. */
@Resolver(() => AgendaItemType)
export class ScreeningResolver {
  constructor(
    private readonly screening: ScreeningService,
    private readonly agenda: AgendaService,
    private readonly policy: PolicyService,
    private readonly loaders: AgendaLoaders,
    private readonly assemblyLoaders: AssemblyLoaders,
  ) {}

  @Query(() => AgendaItemType, { nullable: true })
  async agendaItem(@Args() { id }: IdArgs) {
    const item = await this.agenda.itemById(id);
    return item ? AgendaItemType.from(item) : null;
  }

  @Can('proposal.screen', proposal)
  @Mutation(() => ProposalType, {
    description: "The reviewer's scores (1–5) on published criteria; again replaces them.",
  })
  async scoreProposal(@Args('input') input: ScoreProposalInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ProposalType.from(await this.screening.score(actor, input.proposalId, input.scores));
  }

  @Can('proposal.screen', proposal)
  @Mutation(() => ProposalType, { description: 'Submitted → screened, once every criterion has a score.' })
  async screenProposal(@Args('input') input: ProposalIdInput, @Context() context: GraphQLContext) {
    return ProposalType.from(
      await this.screening.screen(await this.policy.requirePrincipal(context), input.proposalId),
    );
  }

  @Can('proposal.screen', proposal)
  @Mutation(() => AgendaItemType, {
    description: "Screened → selected: the proposal becomes the edition's next agenda item.",
  })
  async selectProposal(@Args('input') input: SelectProposalInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return AgendaItemType.from(await this.screening.select(actor, input.proposalId, input.title ?? null));
  }

  @Can('proposal.screen', proposal)
  @Mutation(() => ProposalType, { description: 'Folds the proposal into another of the same edition.' })
  async mergeProposal(@Args('input') input: MergeProposalInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ProposalType.from(
      await this.screening.merge(actor, input.proposalId, input.intoProposalId, input.reason ?? null),
    );
  }

  @Can('proposal.screen', proposal)
  @Mutation(() => ProposalType, {
    description: 'Screened → deferred; it may be proposed again to a later edition.',
  })
  async deferProposal(@Args('input') input: ProposalReasonInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ProposalType.from(await this.screening.defer(actor, input.proposalId, input.reason ?? null));
  }

  @Can('proposal.screen', proposal)
  @Mutation(() => ProposalType, { description: 'Submitted or screened → rejected, with a reason.' })
  async rejectProposal(@Args('input') input: ProposalReasonInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ProposalType.from(await this.screening.reject(actor, input.proposalId, input.reason ?? null));
  }

  @Can('agenda.manage', agendaItem)
  @Mutation(() => WorkingGroupMemberType, { description: 'A person (by e-mail) or an organization.' })
  async addWorkingGroupMember(
    @Args('input') input: AddWorkingGroupMemberInput,
    @Context() context: GraphQLContext,
  ) {
    const { agendaItemId, ...member } = input;
    const actor = await this.policy.requirePrincipal(context);
    return WorkingGroupMemberType.from(
      await this.screening.addWorkingGroupMember(actor, agendaItemId, member),
    );
  }

  @Can('agenda.manage', agendaItem)
  @Mutation(() => Boolean)
  async removeWorkingGroupMember(
    @Args('input') input: RemoveWorkingGroupMemberInput,
    @Context() context: GraphQLContext,
  ) {
    const actor = await this.policy.requirePrincipal(context);
    await this.screening.removeWorkingGroupMember(actor, input.agendaItemId, input.memberId);
    return true;
  }

  @ResolveField(() => AssemblyEditionType)
  edition(@Parent() parent: AgendaItemType, @Context() context: GraphQLContext) {
    return this.assemblyLoaders.editionById(context.loaders).load(parent.editionId);
  }

  @ResolveField(() => ProposalType, { description: 'The selected proposal.' })
  proposal(@Parent() parent: AgendaItemType, @Context() context: GraphQLContext) {
    return this.loaders.proposalById(context.loaders).load(parent.proposalId);
  }

  @ResolveField(() => [ProposalType], { description: 'The selected proposal, then those merged into it.' })
  async proposals(@Parent() parent: AgendaItemType, @Context() context: GraphQLContext) {
    const [selected, merged] = await Promise.all([
      this.loaders.proposalById(context.loaders).load(parent.proposalId),
      this.loaders.mergedInto(context.loaders).load(parent.proposalId),
    ]);
    return selected ? [selected, ...merged] : merged;
  }

  @ResolveField(() => [WorkingGroupMemberType], { description: 'Who drafts its resolution.' })
  workingGroup(@Parent() parent: AgendaItemType, @Context() context: GraphQLContext) {
    return this.loaders.workingGroup(context.loaders).load(parent.id);
  }
}

@Resolver(() => WorkingGroupMemberType)
export class WorkingGroupMembersResolver {
  constructor(
    private readonly users: UserLoaders,
    private readonly organizations: OrganizationLoaders,
  ) {}

  @ResolveField(() => UserType, { nullable: true })
  person(@Parent() parent: WorkingGroupMemberType, @Context() context: GraphQLContext) {
    return parent.userId ? this.users.byId(context.loaders).load(parent.userId) : null;
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() parent: WorkingGroupMemberType, @Context() context: GraphQLContext) {
    return parent.organizationId
      ? this.organizations.byId(context.loaders).load(parent.organizationId)
      : null;
  }
}
