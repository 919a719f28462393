import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, ConnectionArgs, IdArgs, PolicyService, PrivateField, SignedIn } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { UserLoaders, UserType } from '@canopy/api/identity';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import { OrganizationRole } from '@canopy/domain';
import { TokenArgs } from './organization-args';
import { OrganizationLoaders } from './organization.loaders';
import {
  CreateOrganizationInput,
  InviteMemberInput,
  OrganizationConnection,
  OrganizationInvitationType,
  OrganizationMemberConnection,
  OrganizationMembershipType,
  OrganizationMemberType,
  OrganizationsArgs,
  OrganizationType,
  RemoveMemberInput,
  UpdateOrganizationInput,
} from './organization.type';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly policy: PolicyService,
    private readonly loaders: OrganizationLoaders,
    private readonly jurisdictions: JurisdictionLoaders,
  ) {}

  @Query(() => OrganizationConnection)
  async organizations(@Args() args: OrganizationsArgs): Promise<Connection<OrganizationType>> {
    const page = await this.service.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: OrganizationType.from(edge.node) })),
    };
  }

  @Query(() => OrganizationType, { nullable: true })
  organization(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(id);
  }

  @SignedIn()
  @Query(() => [OrganizationMembershipType])
  async myOrganizations(@Context() context: GraphQLContext): Promise<OrganizationMembershipType[]> {
    const principal = await this.policy.requirePrincipal(context);
    const memberships = await this.service.membershipsOf(principal.userId);
    return memberships.map((membership) =>
      Object.assign(new OrganizationMembershipType(), {
        role: membership.role,
        organizationId: membership.organizationId,
      }),
    );
  }

  @Can('organization.create')
  @Mutation(() => OrganizationType)
  async createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @Context() context: GraphQLContext,
  ) {
    return OrganizationType.from(
      await this.service.create(await this.policy.requirePrincipal(context), input),
    );
  }

  @Can('organization.update', ({ input }: { input: UpdateOrganizationInput }) => ({
    organizationId: input.id,
  }))
  @Mutation(() => OrganizationType)
  async updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @Context() context: GraphQLContext,
  ) {
    const { id, ...changes } = input;
    return OrganizationType.from(
      await this.service.update(await this.policy.requirePrincipal(context), id, changes),
    );
  }

  @Can('organization.invite', ({ input }: { input: InviteMemberInput }) => ({
    organizationId: input.organizationId,
  }))
  @Mutation(() => OrganizationInvitationType)
  async inviteMember(@Args('input') input: InviteMemberInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return OrganizationInvitationType.from(
      await this.service.invite(principal, input.organizationId, input.email, input.role),
    );
  }

  @SignedIn()
  @Mutation(() => OrganizationMembershipType)
  async acceptInvitation(@Args() { token }: TokenArgs, @Context() context: GraphQLContext) {
    const member = await this.service.acceptInvitation(await this.policy.requirePrincipal(context), token);
    return Object.assign(new OrganizationMembershipType(), {
      role: member.role,
      organizationId: member.organizationId,
    });
  }

  @Can('organization.removeMember', ({ input }: { input: RemoveMemberInput }) => ({
    organizationId: input.organizationId,
  }))
  @Mutation(() => Boolean)
  async removeMember(@Args('input') input: RemoveMemberInput, @Context() context: GraphQLContext) {
    await this.service.removeMember(
      await this.policy.requirePrincipal(context),
      input.organizationId,
      input.userId,
    );
    return true;
  }

  @Can('organization.verify')
  @Mutation(() => OrganizationType, { description: 'Platform admins only.' })
  async verifyOrganization(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return OrganizationType.from(await this.service.verify(await this.policy.requirePrincipal(context), id));
  }

  @ResolveField(() => JurisdictionType)
  jurisdiction(@Parent() organization: OrganizationType, @Context() context: GraphQLContext) {
    return this.jurisdictions.byId(context.loaders).load(organization.jurisdictionId);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() organization: OrganizationType, @Context() context: GraphQLContext) {
    return this.loaders.memberCount(context.loaders).load(organization.id);
  }

  @ResolveField(() => OrganizationRole, {
    nullable: true,
    description: "The signed-in person's role in it, if a member.",
  })
  async viewerRole(@Parent() organization: OrganizationType, @Context() context: GraphQLContext) {
    return (await this.policy.facts(context)).organizationRoles[organization.id] ?? null;
  }

  @PrivateField('organization.readMembers', (organization: OrganizationType) => ({
    organizationId: organization.id,
  }))
  @ResolveField(() => OrganizationMemberConnection, {
    nullable: true,
    description: "Members only for the organization's members and platform admins; null for others.",
  })
  async members(@Parent() organization: OrganizationType, @Args() args: ConnectionArgs) {
    const page = await this.service.members(organization.id, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: OrganizationMemberType.from(edge.node) })),
    };
  }
}

@Resolver(() => OrganizationMemberType)
export class OrganizationMembersResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => UserType)
  user(@Parent() member: OrganizationMemberType, @Context() context: GraphQLContext) {
    return this.users.byId(context.loaders).load(member.userId);
  }
}

@Resolver(() => OrganizationMembershipType)
export class OrganizationMembershipsResolver {
  constructor(private readonly loaders: OrganizationLoaders) {}

  @ResolveField(() => OrganizationType)
  organization(@Parent() membership: OrganizationMembershipType, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(membership.organizationId);
  }
}

@Resolver(() => OrganizationInvitationType)
export class OrganizationInvitationsResolver {
  constructor(private readonly loaders: OrganizationLoaders) {}

  @ResolveField(() => OrganizationType)
  organization(@Parent() invitation: OrganizationInvitationType, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(invitation.organizationId);
  }
}
