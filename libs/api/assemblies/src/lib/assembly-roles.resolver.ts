import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, PolicyService, PrivateField } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { UserLoaders, UserType } from '@canopy/api/identity';
import { AssemblyRole } from '@canopy/domain';
import { AssemblyLoaders } from './assembly.loaders';
import { AssemblyRolesService } from './assembly-roles.service';
import {
  AssemblyRoleGrantType,
  AssemblyType,
  GrantAssemblyRoleInput,
  RevokeAssemblyRoleInput,
  SetResolutionPrefixInput,
  SetVotingLevelInput,
} from './assembly.type';

@Resolver(() => AssemblyType)
export class AssemblyRolesResolver {
  constructor(
    private readonly roles: AssemblyRolesService,
    private readonly policy: PolicyService,
    private readonly loaders: AssemblyLoaders,
  ) {}

  @Can('assembly.grantRole', ({ input }: { input: GrantAssemblyRoleInput }) => ({
    assemblyId: input.assemblyId,
  }))
  @Mutation(() => AssemblyRoleGrantType, { description: "Platform admins, or that assembly's secretariat." })
  async grantAssemblyRole(@Args('input') input: GrantAssemblyRoleInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return AssemblyRoleGrantType.from(
      await this.roles.grant(principal, input.assemblyId, input.email, input.role),
    );
  }

  @Can('assembly.grantRole', ({ input }: { input: RevokeAssemblyRoleInput }) => ({
    assemblyId: input.assemblyId,
  }))
  @Mutation(() => Boolean)
  async revokeAssemblyRole(
    @Args('input') input: RevokeAssemblyRoleInput,
    @Context() context: GraphQLContext,
  ) {
    await this.roles.revoke(
      await this.policy.requirePrincipal(context),
      input.assemblyId,
      input.userId,
      input.role,
    );
    return true;
  }

  @Can('assembly.setVotingLevel', ({ input }: { input: SetVotingLevelInput }) => ({
    assemblyId: input.assemblyId,
  }))
  @Mutation(() => AssemblyType)
  async setAssemblyVotingLevel(
    @Args('input') input: SetVotingLevelInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return AssemblyType.from(await this.roles.setVotingLevel(principal, input.assemblyId, input.level));
  }

  @Can('assembly.setResolutionPrefix', ({ input }: { input: SetResolutionPrefixInput }) => ({
    assemblyId: input.assemblyId,
  }))
  @Mutation(() => AssemblyType, { description: 'What its resolutions are numbered with from now on.' })
  async setResolutionPrefix(
    @Args('input') input: SetResolutionPrefixInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return AssemblyType.from(await this.roles.setResolutionPrefix(principal, input.assemblyId, input.prefix));
  }

  @PrivateField('assembly.readRoles', (assembly: AssemblyType) => ({ assemblyId: assembly.id }))
  @ResolveField(() => [AssemblyRoleGrantType], {
    nullable: true,
    description:
      "Secretariat and moderators; only for platform admins and the assembly's secretariat, null for others.",
  })
  roleGrants(@Parent() assembly: AssemblyType, @Context() context: GraphQLContext) {
    return this.loaders.roleGrants(context.loaders).load(assembly.id);
  }

  @ResolveField(() => [AssemblyRole], { description: "The signed-in person's roles in this assembly." })
  async viewerRoles(@Parent() assembly: AssemblyType, @Context() context: GraphQLContext) {
    return (await this.policy.facts(context)).assemblyRoles[assembly.id] ?? [];
  }
}

@Resolver(() => AssemblyRoleGrantType)
export class AssemblyRoleGrantsResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => UserType)
  user(@Parent() grant: AssemblyRoleGrantType, @Context() context: GraphQLContext) {
    return this.users.byId(context.loaders).load(grant.userId);
  }
}
