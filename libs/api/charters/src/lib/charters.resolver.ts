import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badUserInput, Can, IdArgs, PolicyService } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { CommentConnection, CommentType, ConsultationService } from '@canopy/api/consultation';
import type { CommentEntity } from '@canopy/api/consultation';
import { UserLoaders, UserType } from '@canopy/api/identity';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { compareClauses } from '@canopy/domain';
import type { CharterEntity } from './charter.entities';
import {
  AddCharterCommitteeMemberInput,
  CharterComparisonArgs,
  CharterEditionNumberArgs,
  CharterIdInput,
  CharterModerationArgs,
  ChartersArgs,
  InitiateCharterInput,
  RemoveCharterCommitteeMemberInput,
  SetStatuteChaptersInput,
} from './charter.inputs';
import { CharterLifecycleService } from './charter-lifecycle.service';
import { CharterLoaders } from './charter.loaders';
import { CHARTER_SUBJECT } from './charter-steps';
import {
  CharterCommitteeMemberType,
  CharterComparisonType,
  CharterConnection,
  CharterEditionType,
  CharterType,
  StatuteChapterType,
} from './charter.types';
import { ChartersService } from './charters.service';

function nodes(page: Connection<CharterEntity>): Connection<CharterType> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: CharterType.from(edge.node) })) };
}

function comments(page: Connection<CommentEntity>): Connection<CommentType> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: CommentType.from(edge.node) })) };
}

const charter = ({ input }: { input: CharterIdInput }) => ({ charterId: input.charterId });

/** Charters as the public browses them and their development committees steer them. */
@Resolver(() => CharterType)
export class ChartersResolver {
  constructor(
    private readonly charters: ChartersService,
    private readonly lifecycle: CharterLifecycleService,
    private readonly consultations: ConsultationService,
    private readonly loaders: CharterLoaders,
    private readonly jurisdictions: JurisdictionLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => CharterConnection, {
    name: 'charters',
    description: 'Community health charters by title, within a place (and the places inside it).',
  })
  async list(@Args() args: ChartersArgs) {
    const filter = {
      jurisdictionId: args.jurisdictionId ?? undefined,
      adoptedOnly: args.adoptedOnly ?? undefined,
      search: args.search?.trim() || undefined,
    };
    return nodes(await this.charters.list(filter, args));
  }

  @Query(() => CharterType, { nullable: true, description: 'Every charter is public, from its initiation.' })
  charter(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(id);
  }

  @Can('comment.moderate', ({ charterId }: CharterModerationArgs) => ({ charterId }))
  @Query(() => CommentConnection, {
    description: "Flagged comments and pending appeals of a charter's hearings (its committee).",
  })
  async charterModerationQueue(@Args() args: CharterModerationArgs, @Context() context: GraphQLContext) {
    const editions = await this.loaders.editions(context.loaders).load(args.charterId);
    const scope = { subjectType: CHARTER_SUBJECT, subjectIds: editions.map((row) => row.id) };
    return comments(await this.consultations.moderationQueue(scope, args));
  }

  @Query(() => [StatuteChapterType], {
    name: 'statuteChapters',
    description: "The chapters of a country's national health statute that charter sections may answer.",
  })
  chaptersOfCountry(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.loaders.statuteChapters(context.loaders).load(id);
  }

  @ResolveField(() => JurisdictionType, { nullable: true })
  jurisdiction(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    return this.jurisdictions.byId(context.loaders).load(parent.jurisdictionId);
  }

  @ResolveField(() => OrganizationType, {
    nullable: true,
    description: 'The organization that convened the committee.',
  })
  convener(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.convenerId);
  }

  @ResolveField(() => [CharterCommitteeMemberType], { description: 'The development committee.' })
  committee(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    return this.loaders.committee(context.loaders).load(parent.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person sits on the committee.' })
  async onCommittee(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    return this.policy.can(context, 'charter.manage', { charterId: parent.id });
  }

  @ResolveField(() => [CharterEditionType], { description: 'Every edition, oldest first.' })
  editions(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    return this.loaders.editions(context.loaders).load(parent.id);
  }

  @ResolveField(() => CharterEditionType, {
    description: 'The edition in force (or under review); before any is, the latest one.',
  })
  async currentEdition(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    const editions = await this.loaders.editions(context.loaders).load(parent.id);
    return (
      editions.find((row) => row.state === 'IN_FORCE' || row.state === 'UNDER_REVIEW') ??
      editions[editions.length - 1]
    );
  }

  @ResolveField(() => CharterEditionType)
  async latestEdition(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    const editions = await this.loaders.editions(context.loaders).load(parent.id);
    return editions[editions.length - 1];
  }

  @ResolveField(() => CharterEditionType, {
    nullable: true,
    description: 'One edition by its number; null when the charter has no such edition.',
  })
  async edition(
    @Parent() parent: CharterType,
    @Args() args: CharterEditionNumberArgs,
    @Context() context: GraphQLContext,
  ) {
    const editions = await this.loaders.editions(context.loaders).load(parent.id);
    return editions.find((row) => row.number === args.number) ?? null;
  }

  @ResolveField(() => CharterComparisonType, {
    description:
      'Two editions lined up clause by clause (clauses carried over are matched by lineage); by default the latest and the one before it.',
  })
  async comparison(
    @Parent() parent: CharterType,
    @Args() args: CharterComparisonArgs,
    @Context() context: GraphQLContext,
  ) {
    const editions = await this.loaders.editions(context.loaders).load(parent.id);
    const toNumber = args.to ?? editions.length;
    const to = editions.find((row) => row.number === toNumber);
    const from = editions.find((row) => row.number === (args.from ?? Math.max(1, toNumber - 1)));
    if (!from) throw badUserInput('from', `must be an edition number between 1 and ${editions.length}`);
    if (!to) throw badUserInput('to', `must be an edition number between 1 and ${editions.length}`);
    const [before, after] = await this.loaders.clauses(context.loaders).loadMany([from.id, to.id]);
    if (before instanceof Error) throw before;
    if (after instanceof Error) throw after;
    return { from, to, clauses: compareClauses(before, after) };
  }

  @ResolveField(() => [StatuteChapterType], {
    description: "The chapters of its country's national health statute.",
  })
  async statuteChapters(@Parent() parent: CharterType, @Context() context: GraphQLContext) {
    const place = await this.jurisdictions.byId(context.loaders).load(parent.jurisdictionId);
    const country = place ? (place.level === 'COUNTRY' ? place.id : place.countryId) : null;
    return country ? this.loaders.statuteChapters(context.loaders).load(country) : [];
  }

  @Can('charter.initiate', ({ input }: { input: InitiateCharterInput }) => ({
    organizationId: input.organizationId,
  }))
  @Mutation(() => CharterType, {
    description: 'A member of an organization of the place convenes a development committee.',
  })
  async initiateCharter(@Args('input') input: InitiateCharterInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterType.from(await this.charters.initiate(principal, input));
  }

  @Can('charter.manage', charter)
  @Mutation(() => CharterType)
  async addCharterCommitteeMember(
    @Args('input') input: AddCharterCommitteeMemberInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    await this.charters.addCommitteeMember(principal, input.charterId, input);
    return this.loaders.byId(context.loaders).load(input.charterId);
  }

  @Can('charter.manage', charter)
  @Mutation(() => CharterType)
  async removeCharterCommitteeMember(
    @Args('input') input: RemoveCharterCommitteeMemberInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    await this.charters.removeCommitteeMember(principal, input.charterId, input.memberId);
    return this.loaders.byId(context.loaders).load(input.charterId);
  }

  @Can('charter.manage', charter)
  @Mutation(() => CharterEditionType, {
    description: 'The edition in force goes under review; the next edition starts as its copy.',
  })
  async startCharterReview(@Args('input') input: CharterIdInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.startReview(principal, input.charterId));
  }

  @Can('statute.configure')
  @Mutation(() => [StatuteChapterType], {
    description: "Sets the chapters of a country's national health statute (platform admins).",
  })
  async setStatuteChapters(
    @Args('input') input: SetStatuteChaptersInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    await this.charters.setStatuteChapters(principal, input.countryId, input.chapters);
    return this.loaders.statuteChapters(context.loaders).load(input.countryId);
  }
}

@Resolver(() => CharterCommitteeMemberType)
export class CharterCommitteeResolver {
  constructor(
    private readonly users: UserLoaders,
    private readonly organizations: OrganizationLoaders,
  ) {}

  @ResolveField(() => UserType, { nullable: true })
  person(@Parent() parent: CharterCommitteeMemberType, @Context() context: GraphQLContext) {
    return parent.userId ? this.users.byId(context.loaders).load(parent.userId) : null;
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() parent: CharterCommitteeMemberType, @Context() context: GraphQLContext) {
    return parent.organizationId
      ? this.organizations.byId(context.loaders).load(parent.organizationId)
      : null;
  }
}
