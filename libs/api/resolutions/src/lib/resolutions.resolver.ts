import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badUserInput, Can, IdArgs, PolicyService, SignedIn } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { AgendaItemType, AgendaLoaders, ProposalType } from '@canopy/api/agenda';
import { AssemblyEditionType, AssemblyLoaders } from '@canopy/api/assemblies';
import { ConsultationLoaders, ConsultationType, ParagraphComparisonType } from '@canopy/api/consultation';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { compareParagraphs, ConsultationWindowState, isAdopted, ResolutionState } from '@canopy/domain';
import { ConnectionArgs } from '@canopy/api/core';
import type { ResolutionEntity } from './resolution.entities';
import {
  AddCommitmentInput,
  AdoptResolutionInput,
  ChampionResolutionsArgs,
  DeferResolutionInput,
  DraftResolutionInput,
  EditionResolutionsArgs,
  OpenConsultationInput,
  PublishProgressInput,
  ResolutionIdInput,
  ReviseResolutionInput,
  TransmitResolutionInput,
} from './resolution.inputs';
import { ResolutionLoaders } from './resolution.loaders';
import { resolutionTimeline } from './resolution-timeline';
import {
  CommitmentType,
  NotificationConnection,
  NotificationType,
  ProgressUpdateType,
  ReservationType,
  ResolutionConnection,
  ResolutionType,
  ResolutionVersionType,
  TraceEventType,
} from './resolution.types';
import { FollowsService } from './follows.service';
import { FollowUpService } from './follow-up.service';
import { RESOLUTION_SUBJECT } from './resolution-steps';
import { ResolutionsService } from './resolutions.service';
import { ResolutionsRepository } from './resolutions.repository';

function nodes(page: Connection<ResolutionEntity>): Connection<ResolutionType> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: ResolutionType.from(edge.node) })) };
}

const resolution = ({ input }: { input: ResolutionIdInput }) => ({ resolutionId: input.resolutionId });

/** Resolutions as the public reads them, the secretariat steers them and champions follow them up. */
@Resolver(() => ResolutionType)
export class ResolutionsResolver {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly followUp: FollowUpService,
    private readonly follows: FollowsService,
    private readonly repository: ResolutionsRepository,
    private readonly loaders: ResolutionLoaders,
    private readonly agendaLoaders: AgendaLoaders,
    private readonly assemblyLoaders: AssemblyLoaders,
    private readonly consultationLoaders: ConsultationLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => ResolutionType, {
    nullable: true,
    description: 'Every resolution is public, from its first draft.',
  })
  resolution(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(id);
  }

  @Query(() => ResolutionConnection, {
    description: 'Resolutions an organization is the policy champion of.',
  })
  async championResolutions(@Args() args: ChampionResolutionsArgs) {
    return nodes(await this.resolutions.list({ championOrganizationId: args.organizationId }, args));
  }

  @ResolveField(() => AssemblyEditionType, { nullable: true })
  edition(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.assemblyLoaders.editionById(context.loaders).load(parent.editionId);
  }

  @ResolveField(() => AgendaItemType, { nullable: true })
  agendaItem(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.agendaLoaders.agendaItemById(context.loaders).load(parent.agendaItemId);
  }

  @ResolveField(() => [ProposalType], { description: 'The proposal it grew from, and those merged into it.' })
  async proposals(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    const item = await this.agendaLoaders.agendaItemById(context.loaders).load(parent.agendaItemId);
    if (!item) return [];
    const [main, merged] = await Promise.all([
      this.agendaLoaders.proposalById(context.loaders).load(item.proposalId),
      this.agendaLoaders.mergedInto(context.loaders).load(item.proposalId),
    ]);
    return main ? [main, ...merged] : merged;
  }

  @ResolveField(() => ResolutionVersionType)
  async currentVersion(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    const versions = await this.loaders.versions(context.loaders).load(parent.id);
    return (
      versions.find((version) => version.number === parent.currentVersionNumber) ??
      versions[versions.length - 1]
    );
  }

  @ResolveField(() => [ResolutionVersionType], { description: 'Every version, oldest first.' })
  versions(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.loaders.versions(context.loaders).load(parent.id);
  }

  @ResolveField(() => [ParagraphComparisonType], {
    description:
      'Two versions lined up paragraph by paragraph (default: the one before the current, and the current).',
  })
  async comparison(
    @Parent() parent: ResolutionType,
    @Context() context: GraphQLContext,
    @Args('from', { type: () => Int, nullable: true }) from?: number | null,
    @Args('to', { type: () => Int, nullable: true }) to?: number | null,
  ) {
    const versions = await this.loaders.versions(context.loaders).load(parent.id);
    const after = to ?? parent.currentVersionNumber;
    const before = from ?? Math.max(1, after - 1);
    const older = versions.find((version) => version.number === before);
    const newer = versions.find((version) => version.number === after);
    if (!older) throw badUserInput('from', `must be a version number between 1 and ${versions.length}`);
    if (!newer) throw badUserInput('to', `must be a version number between 1 and ${versions.length}`);
    return compareParagraphs(older.texts, newer.texts);
  }

  @ResolveField(() => ConsultationType, { nullable: true })
  consultation(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.consultationLoaders.ofSubject(context.loaders, RESOLUTION_SUBJECT).load(parent.id);
  }

  @ResolveField(() => [ReservationType])
  reservations(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.loaders.reservations(context.loaders).load(parent.id);
  }

  @ResolveField(() => OrganizationType, {
    nullable: true,
    description: 'The government organization that answers for it.',
  })
  champion(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return parent.championOrganizationId
      ? this.organizations.byId(context.loaders).load(parent.championOrganizationId)
      : null;
  }

  @ResolveField(() => [CommitmentType])
  commitments(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.loaders.commitments(context.loaders).load(parent.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person follows it.' })
  async following(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    return principal ? this.loaders.following(context.loaders, principal.userId).load(parent.id) : false;
  }

  @ResolveField(() => Int)
  followerCount(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    return this.loaders.followerCount(context.loaders).load(parent.id);
  }

  @ResolveField(() => [TraceEventType], {
    description: 'Its path from proposal to progress, oldest first, for the public trace page.',
  })
  async timeline(@Parent() parent: ResolutionType, @Context() context: GraphQLContext) {
    const [proposals, agendaItem, versions, consultation, reservations, commitments] = await Promise.all([
      this.proposals(parent, context),
      this.agendaItem(parent, context),
      this.versions(parent, context),
      this.consultation(parent, context),
      this.reservations(parent, context),
      this.commitments(parent, context),
    ]);
    const [tally, counts, progress] = await Promise.all([
      consultation ? this.consultationLoaders.tally(context.loaders).loadMany([consultation.id]) : [],
      consultation ? this.consultationLoaders.paragraphCounts(context.loaders).load(consultation.id) : [],
      this.loaders.progress(context.loaders).loadMany(commitments.map((commitment) => commitment.id)),
    ]);
    const votes = tally[0] instanceof Error || !tally[0] ? { support: 0, oppose: 0, abstain: 0 } : tally[0];
    const actions = new Map(commitments.map((commitment) => [commitment.id, commitment.action]));
    const decided =
      parent.decidedAt && (isAdopted(parent.state) || parent.state === ResolutionState.DEFERRED);
    return resolutionTimeline({
      proposals: proposals.map((proposal) => ({ title: proposal.title, submittedAt: proposal.submittedAt })),
      agendaItem,
      versions,
      consultation: consultation
        ? {
            opensAt: consultation.opensAt,
            closesAt: consultation.closesAt,
            state: consultation.state as ConsultationWindowState,
            votes,
            comments: counts.reduce((sum, row) => sum + row.comments, 0),
          }
        : null,
      decision:
        decided && parent.decidedAt
          ? {
              adopted: isAdopted(parent.state),
              at: parent.decidedAt,
              reservations: reservations.length,
              reason: parent.deferralReason,
            }
          : null,
      transmission:
        parent.transmittedTo && parent.transmittedAt
          ? { to: parent.transmittedTo, at: parent.transmittedAt }
          : null,
      progress: progress
        .flatMap((updates) => (updates instanceof Error ? [] : updates))
        .map((update) => ({
          commitment: actions.get(update.commitmentId) ?? '',
          status: update.status,
          narrative: update.narrative,
          publishedAt: update.publishedAt,
        })),
    }) satisfies TraceEventType[];
  }

  @Can('resolution.draft', ({ input }: { input: DraftResolutionInput }) => ({
    agendaItemId: input.agendaItemId,
  }))
  @Mutation(() => ResolutionType, {
    description: "The agenda item's secretariat or working group writes version 1.",
  })
  async draftResolution(@Args('input') input: DraftResolutionInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(
      await this.resolutions.draft(actor, input.agendaItemId, {
        title: input.title,
        paragraphs: input.paragraphs,
      }),
    );
  }

  @Can('resolution.draft', resolution)
  @Mutation(() => ResolutionType, { description: 'A new immutable version, saying what changed and why.' })
  async reviseResolution(@Args('input') input: ReviseResolutionInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(
      await this.resolutions.revise(actor, input.resolutionId, {
        title: input.title ?? undefined,
        paragraphs: input.paragraphs,
        changeNote: input.changeNote,
      }),
    );
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, { description: 'Opens public consultation on the current version.' })
  async openConsultation(@Args('input') input: OpenConsultationInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(
      await this.resolutions.openConsultation(actor, input.resolutionId, {
        opensAt: input.opensAt,
        closesAt: input.closesAt,
      }),
    );
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, { description: 'Ends consultation now; the text becomes the final draft.' })
  async closeConsultation(@Args('input') input: ResolutionIdInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(await this.resolutions.closeConsultation(actor, input.resolutionId));
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, { description: 'Puts it before the sitting.' })
  async tableResolution(@Args('input') input: ResolutionIdInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(await this.resolutions.table(actor, input.resolutionId));
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, {
    description: 'Records adoption by consensus, with reservations and commitments.',
  })
  async adoptResolution(@Args('input') input: AdoptResolutionInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(
      await this.resolutions.adopt(actor, input.resolutionId, input.reservations, input.commitments),
    );
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, { description: 'Records that the sitting deferred it, and why.' })
  async deferResolution(@Args('input') input: DeferResolutionInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(await this.resolutions.defer(actor, input.resolutionId, input.reason));
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, {
    description: 'Sends it to the government body that acts on it and names its champion.',
  })
  async transmitResolution(
    @Args('input') input: TransmitResolutionInput,
    @Context() context: GraphQLContext,
  ) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(
      await this.followUp.transmit(
        actor,
        input.resolutionId,
        input.governmentBody,
        input.championOrganizationId,
      ),
    );
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => CommitmentType)
  async addCommitment(@Args('input') input: AddCommitmentInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    const { resolutionId, ...commitment } = input;
    return CommitmentType.from(await this.followUp.addCommitment(actor, resolutionId, commitment));
  }

  @Can('resolution.manage', resolution)
  @Mutation(() => ResolutionType, { description: 'Implementation is over.' })
  async closeResolution(@Args('input') input: ResolutionIdInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    return ResolutionType.from(await this.followUp.close(actor, input.resolutionId));
  }

  @SignedIn()
  @Mutation(() => ResolutionType, {
    description: 'Hear of new versions, consultation, the decision and progress.',
  })
  async followResolution(@Args('input') input: ResolutionIdInput, @Context() context: GraphQLContext) {
    await this.follows.follow(await this.policy.requirePrincipal(context), input.resolutionId);
    return this.loaders.byId(context.loaders).load(input.resolutionId);
  }

  @SignedIn()
  @Mutation(() => ResolutionType, { nullable: true })
  async unfollowResolution(@Args('input') input: ResolutionIdInput, @Context() context: GraphQLContext) {
    await this.follows.unfollow(await this.policy.requirePrincipal(context), input.resolutionId);
    return this.loaders.byId(context.loaders).load(input.resolutionId);
  }

  @SignedIn()
  @Query(() => ResolutionConnection, { description: 'What the signed-in person follows, latest first.' })
  async myFollows(@Args() args: ConnectionArgs, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    const page = await this.follows.myFollows(principal.userId, args);
    const found = await this.loaders
      .byId(context.loaders)
      .loadMany(page.edges.map((edge) => edge.node.subjectId));
    return {
      ...page,
      edges: page.edges
        .map((edge, index) => ({ cursor: edge.cursor, node: found[index] }))
        .filter(
          (edge): edge is { cursor: string; node: ResolutionType } => edge.node instanceof ResolutionType,
        ),
    };
  }
}

@Resolver(() => CommitmentType)
export class CommitmentsResolver {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly loaders: ResolutionLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => [ProgressUpdateType], { description: 'Oldest first.' })
  progress(@Parent() parent: CommitmentType, @Context() context: GraphQLContext) {
    return this.loaders.progress(context.loaders).load(parent.id);
  }

  @Can('commitment.report', ({ input }: { input: PublishProgressInput }) => ({
    commitmentId: input.commitmentId,
  }))
  @Mutation(() => ProgressUpdateType, {
    description: "The policy champion's members publish where a commitment stands.",
  })
  async publishProgress(@Args('input') input: PublishProgressInput, @Context() context: GraphQLContext) {
    const actor = await this.policy.requirePrincipal(context);
    const { commitmentId, ...report } = input;
    return ProgressUpdateType.from(await this.followUp.publishProgress(actor, commitmentId, report));
  }
}

@Resolver(() => ProgressUpdateType)
export class ProgressUpdatesResolver {
  constructor(private readonly organizations: OrganizationLoaders) {}

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() parent: ProgressUpdateType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.organizationId);
  }
}

@Resolver(() => ReservationType)
export class ReservationsResolver {
  constructor(private readonly organizations: OrganizationLoaders) {}

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() parent: ReservationType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.organizationId);
  }
}

/** Resolutions where the assembly cycle shows them: on the edition, on the agenda item. */
@Resolver(() => AssemblyEditionType)
export class EditionResolutionsResolver {
  constructor(private readonly service: ResolutionsService) {}

  @ResolveField(() => ResolutionConnection, { description: 'Its resolutions by agenda item number.' })
  async resolutions(@Parent() parent: AssemblyEditionType, @Args() args: EditionResolutionsArgs) {
    return nodes(await this.service.list({ editionId: parent.id, states: args.states ?? undefined }, args));
  }
}

@Resolver(() => AgendaItemType)
export class AgendaItemResolutionResolver {
  constructor(private readonly loaders: ResolutionLoaders) {}

  @ResolveField(() => ResolutionType, { nullable: true })
  resolution(@Parent() parent: AgendaItemType, @Context() context: GraphQLContext) {
    return this.loaders.ofAgendaItem(context.loaders).load(parent.id);
  }
}

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly loaders: ResolutionLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => ResolutionType, { nullable: true })
  resolution(@Parent() parent: NotificationType, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(parent.resolutionId);
  }

  @SignedIn()
  @Query(() => NotificationConnection, { description: "The signed-in person's notifications, latest first." })
  async myNotifications(@Args() args: ConnectionArgs, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    const page = await this.follows.notifications(principal.userId, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: NotificationType.from(edge.node) })),
    };
  }

  @SignedIn()
  @Query(() => Int)
  async unreadNotificationCount(@Context() context: GraphQLContext) {
    return this.follows.unreadCount((await this.policy.requirePrincipal(context)).userId);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks every notification read; answers how many were unread.' })
  async markNotificationsRead(@Context() context: GraphQLContext) {
    return this.follows.markAllRead((await this.policy.requirePrincipal(context)).userId);
  }
}
