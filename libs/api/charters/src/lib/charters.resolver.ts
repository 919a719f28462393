import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badUserInput, Can, IdArgs, PolicyService } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import {
  CommentConnection,
  CommentType,
  ConsultationLoaders,
  ConsultationService,
  ConsultationType,
} from '@canopy/api/consultation';
import type { CommentEntity } from '@canopy/api/consultation';
import { UserLoaders, UserType } from '@canopy/api/identity';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { compareClauses, indicatorTrend, IndicatorDirection } from '@canopy/domain';
import type { CharterEntity } from './charter.entities';
import {
  AddCharterCommitteeMemberInput,
  CharterComparisonArgs,
  CharterEditionIdInput,
  CharterEditionNumberArgs,
  CharterIdInput,
  CharterModerationArgs,
  ChartersArgs,
  CharterSignatureInput,
  InitiateCharterInput,
  OpenCharterHearingInput,
  RecordCharterAdoptionInput,
  RecordIndicatorReadingInput,
  RemoveCharterCommitteeMemberInput,
  SaveCharterTextInput,
  SetStatuteChaptersInput,
} from './charter.inputs';
import { CharterLifecycleService } from './charter-lifecycle.service';
import { CharterLoaders } from './charter.loaders';
import { CharterParticipationService } from './charter-participation.service';
import { CHARTER_SUBJECT } from './charter-steps';
import {
  CharterClauseType,
  CharterCommitteeMemberType,
  CharterComparisonType,
  CharterConnection,
  CharterEditionType,
  CharterSectionType,
  CharterType,
  IndicatorReadingType,
  IndicatorTrendPointType,
  ResponsibleActorType,
  SignatureReceiptType,
  SignatureCountType,
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
const edition = ({ input }: { input: CharterEditionIdInput }) => ({ charterEditionId: input.editionId });

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

/** An edition: its text, hearing, signatures, and the committee's moves through its life cycle. */
@Resolver(() => CharterEditionType)
export class CharterEditionsResolver {
  constructor(
    private readonly charters: ChartersService,
    private readonly lifecycle: CharterLifecycleService,
    private readonly participation: CharterParticipationService,
    private readonly loaders: CharterLoaders,
    private readonly consultationLoaders: ConsultationLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => CharterType)
  charter(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(parent.charterId);
  }

  @ResolveField(() => [CharterSectionType], { description: 'In order; definitions first.' })
  sections(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.sections(context.loaders).load(parent.id);
  }

  @ResolveField(() => [CharterClauseType], { description: 'Every clause, in number order.' })
  clauses(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.clauses(context.loaders).load(parent.id);
  }

  @ResolveField(() => ConsultationType, {
    nullable: true,
    description:
      'The public hearing: votes and comments clause by clause (clause numbers are its paragraphs).',
  })
  hearing(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.consultationLoaders.ofSubject(context.loaders, CHARTER_SUBJECT).load(parent.id);
  }

  @ResolveField(() => CharterEditionType, {
    nullable: true,
    description: 'The edition its text started from: the previous edition, or another community\u2019s.',
  })
  copiedFrom(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return parent.copiedFromId ? this.loaders.editionById(context.loaders).load(parent.copiedFromId) : null;
  }

  @ResolveField(() => SignatureCountType)
  signatures(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.signatureCount(context.loaders).load(parent.id);
  }

  @ResolveField(() => [OrganizationType], { description: 'Organizations standing behind it.' })
  async signingOrganizations(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    const ids = await this.loaders.signingOrganizations(context.loaders).load(parent.id);
    const found = await this.organizations.byId(context.loaders).loadMany(ids);
    return found.filter((row): row is OrganizationType => !!row && !(row instanceof Error));
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person has signed it in person.' })
  async signedByMe(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    if (!principal) return false;
    const mine = await this.loaders.mySignatures(context.loaders, principal.userId).load(parent.id);
    return mine.includes(null);
  }

  @ResolveField(() => [ID], {
    description: "Organizations of the signed-in person's that have signed it.",
  })
  async signedForOrganizations(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    if (!principal) return [];
    const mine = await this.loaders.mySignatures(context.loaders, principal.userId).load(parent.id);
    return mine.filter((id): id is string => id !== null);
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, { description: 'The committee is in place: writing begins.' })
  async startCharterDrafting(
    @Args('input') input: CharterEditionIdInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.startDrafting(principal, input.editionId));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'Saves the whole text of an edition being drafted (refused if someone saved since).',
  })
  async saveCharterText(@Args('input') input: SaveCharterTextInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(
      await this.charters.saveText(principal, input.editionId, input.expectedRevision, input.sections),
    );
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'Opens the public hearing on the text as it stands; the text is frozen from then on.',
  })
  async openCharterHearing(
    @Args('input') input: OpenCharterHearingInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.openHearing(principal, input.editionId, input));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, { description: 'Ends the hearing now; votes in flight finish first.' })
  async closeCharterHearing(@Args('input') input: CharterEditionIdInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.closeHearing(principal, input.editionId));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'Records the community forum that adopted the edition.',
  })
  async recordCharterAdoption(
    @Args('input') input: RecordCharterAdoptionInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.recordAdoption(principal, input.editionId, input));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'From its effective date the edition is in force; the one it replaces is superseded.',
  })
  async bringCharterIntoForce(
    @Args('input') input: CharterEditionIdInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.bringIntoForce(principal, input.editionId));
  }

  @Can('charter.sign')
  @Mutation(() => SignatureReceiptType, {
    description: 'Signs an adopted edition: in person (residents of the place) or for an organization.',
  })
  async signCharter(@Args('input') input: CharterSignatureInput, @Context() context: GraphQLContext) {
    return this.signature(input, context, 'sign');
  }

  @Can('charter.sign')
  @Mutation(() => SignatureReceiptType, {
    description: 'Withdraws your (or your organization\u2019s) signature.',
  })
  async withdrawCharterSignature(
    @Args('input') input: CharterSignatureInput,
    @Context() context: GraphQLContext,
  ) {
    return this.signature(input, context, 'withdraw');
  }

  private async signature(
    input: CharterSignatureInput,
    context: GraphQLContext,
    action: 'sign' | 'withdraw',
  ): Promise<SignatureReceiptType> {
    const principal = await this.policy.requirePrincipal(context);
    const organizationId = input.organizationId ?? null;
    if (organizationId) {
      await this.policy.assert(context, 'charter.signAsOrganization', { organizationId });
    }
    const count = await this.participation[action](principal, input.editionId, organizationId);
    const found = await this.charters.editionById(input.editionId);
    if (!found) throw badUserInput('input.editionId', 'does not exist');
    return { edition: CharterEditionType.from(found), signatures: count };
  }
}

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
