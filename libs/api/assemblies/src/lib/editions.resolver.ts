import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, IdArgs, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { proposalWindowState } from '@canopy/domain';
import { AssemblyLoaders } from './assembly.loaders';
import { AssemblyEditionType } from './assembly.type';
import {
  AddCommitteeMemberInput,
  CommitteeCompositionType,
  CommitteeMemberType,
  CreateEditionInput,
  EditionIdInput,
  OpenProposalWindowInput,
  ProposalWindowType,
  RemoveCommitteeMemberInput,
  ScreeningCriterionType,
  SetScreeningCriteriaInput,
  UpdateEditionInput,
} from './edition.type';
import { EditionsService } from './editions.service';

const edition = ({ input }: { input: { editionId: string } }) => ({ editionId: input.editionId });

/** An edition as the public reads it and as its secretariat sets it up. */
@Resolver(() => AssemblyEditionType)
export class EditionsResolver {
  constructor(
    private readonly editions: EditionsService,
    private readonly policy: PolicyService,
    private readonly loaders: AssemblyLoaders,
  ) {}

  @Query(() => AssemblyEditionType, { nullable: true })
  edition(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.loaders.editionById(context.loaders).load(id);
  }

  @Can('edition.manage', ({ input }: { input: CreateEditionInput }) => ({ assemblyId: input.assemblyId }))
  @Mutation(() => AssemblyEditionType, {
    description:
      'A new edition with the default screening criteria (importance, size, public interest, feasibility).',
  })
  async createEdition(@Args('input') input: CreateEditionInput, @Context() context: GraphQLContext) {
    return AssemblyEditionType.from(
      await this.editions.create(await this.policy.requirePrincipal(context), input),
    );
  }

  @Can('edition.manage', edition)
  @Mutation(() => AssemblyEditionType)
  async updateEdition(@Args('input') input: UpdateEditionInput, @Context() context: GraphQLContext) {
    const { editionId, ...changes } = input;
    return AssemblyEditionType.from(
      await this.editions.update(await this.policy.requirePrincipal(context), editionId, changes),
    );
  }

  @Can('edition.manage', edition)
  @Mutation(() => AssemblyEditionType, { description: 'Only before the edition opens for proposals.' })
  async setScreeningCriteria(
    @Args('input') input: SetScreeningCriteriaInput,
    @Context() context: GraphQLContext,
  ) {
    return AssemblyEditionType.from(
      await this.editions.setCriteria(
        await this.policy.requirePrincipal(context),
        input.editionId,
        input.criteria,
      ),
    );
  }

  @Can('edition.manage', edition)
  @Mutation(() => CommitteeMemberType)
  async addCommitteeMember(
    @Args('input') input: AddCommitteeMemberInput,
    @Context() context: GraphQLContext,
  ) {
    const { editionId, ...draft } = input;
    return CommitteeMemberType.from(
      await this.editions.addCommitteeMember(await this.policy.requirePrincipal(context), editionId, draft),
    );
  }

  @Can('edition.manage', edition)
  @Mutation(() => Boolean)
  async removeCommitteeMember(
    @Args('input') input: RemoveCommitteeMemberInput,
    @Context() context: GraphQLContext,
  ) {
    await this.editions.removeCommitteeMember(
      await this.policy.requirePrincipal(context),
      input.editionId,
      input.memberId,
    );
    return true;
  }

  @Can('edition.manage', edition)
  @Mutation(() => AssemblyEditionType, {
    description:
      'Opens (or moves) the proposal window. CONFLICT while the organizing committee has under 60% non-state members.',
  })
  async openProposalWindow(
    @Args('input') input: OpenProposalWindowInput,
    @Context() context: GraphQLContext,
  ) {
    return AssemblyEditionType.from(
      await this.editions.openProposalWindow(
        await this.policy.requirePrincipal(context),
        input.editionId,
        input.opensAt,
        input.closesAt,
      ),
    );
  }

  @Can('edition.manage', edition)
  @Mutation(() => AssemblyEditionType)
  async closeProposalWindow(@Args('input') input: EditionIdInput, @Context() context: GraphQLContext) {
    return AssemblyEditionType.from(
      await this.editions.closeProposalWindow(await this.policy.requirePrincipal(context), input.editionId),
    );
  }

  @ResolveField(() => ProposalWindowType)
  proposalWindow(@Parent() parent: AssemblyEditionType): ProposalWindowType {
    return {
      opensAt: parent.proposalsOpenAt,
      closesAt: parent.proposalsCloseAt,
      state: proposalWindowState(parent.proposalsOpenAt, parent.proposalsCloseAt),
    };
  }

  @ResolveField(() => [ScreeningCriterionType], { description: 'Published screening criteria, in order.' })
  criteria(@Parent() parent: AssemblyEditionType, @Context() context: GraphQLContext) {
    return this.loaders.criteria(context.loaders).load(parent.id);
  }

  @ResolveField(() => [CommitteeMemberType], { description: 'The organizing committee.' })
  committee(@Parent() parent: AssemblyEditionType, @Context() context: GraphQLContext) {
    return this.loaders.committee(context.loaders).load(parent.id);
  }

  @ResolveField(() => CommitteeCompositionType)
  async committeeComposition(@Parent() parent: AssemblyEditionType, @Context() context: GraphQLContext) {
    const members = await this.loaders.committee(context.loaders).load(parent.id);
    return this.editions.composition(members);
  }
}

@Resolver(() => CommitteeMemberType)
export class CommitteeMembersResolver {
  constructor(private readonly organizations: OrganizationLoaders) {}

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() member: CommitteeMemberType, @Context() context: GraphQLContext) {
    return member.organizationId
      ? this.organizations.byId(context.loaders).load(member.organizationId)
      : null;
  }
}
