import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, PolicyService, PrivateField } from '@canopy/api/core';
import type { Connection, GraphQLContext } from '@canopy/api/core';
import { UserLoaders, UserType } from '@canopy/api/identity';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { ConsultationWindowState, VoteChoice } from '@canopy/domain';
import type { CommentEntity } from './consultation.entities';
import {
  AppealHidingInput,
  CastVoteInput,
  CommentIdInput,
  CommentsArgs,
  DecideAppealInput,
  EditCommentInput,
  FlagCommentInput,
  HideCommentInput,
  ModerationQueueArgs,
  PostCommentInput,
} from './consultation.inputs';
import { ConsultationLoaders } from './consultation.loaders';
import { ConsultationService } from './consultation.service';
import { CommentModerationService } from './comment-moderation.service';
import {
  CommentAppealType,
  CommentConnection,
  CommentFlagType,
  CommentRevisionType,
  CommentType,
  ConsultationType,
  ParagraphCommentCountType,
  TallyType,
  VoteReceiptType,
} from './consultation.types';

function comments(page: Connection<CommentEntity>): Connection<CommentType> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: CommentType.from(edge.node) })) };
}

const comment = ({ input }: { input: CommentIdInput }) => ({ commentId: input.commentId });

/** The window, its tally and its threads, as the public reads them and citizens take part. */
@Resolver(() => ConsultationType)
export class ConsultationResolver {
  constructor(
    private readonly consultations: ConsultationService,
    private readonly loaders: ConsultationLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => TallyType)
  tally(@Parent() parent: ConsultationType, @Context() context: GraphQLContext) {
    return this.loaders.tally(context.loaders).load(parent.id);
  }

  @ResolveField(() => VoteChoice, {
    nullable: true,
    description: "The signed-in person's vote; null for others.",
  })
  async myVote(@Parent() parent: ConsultationType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    return principal ? this.loaders.myVote(context.loaders, principal.userId).load(parent.id) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'While the window is open, why the signed-in person may not vote here beyond verification (NOT_A_RESIDENT for a charter hearing outside their place); null when nothing else stands in the way, when the window is not open, and for anonymous readers.',
  })
  async myVoteProblem(@Parent() parent: ConsultationType, @Context() context: GraphQLContext) {
    if (parent.state !== ConsultationWindowState.OPEN) return null;
    const principal = await this.policy.principal(context);
    return principal ? this.consultations.voteProblemOf(parent, principal.userId) : null;
  }

  @ResolveField(() => CommentConnection, {
    description: 'Top comments, oldest first, each with its replies.',
  })
  async comments(@Parent() parent: ConsultationType, @Args() args: CommentsArgs) {
    const filter = { consultationId: parent.id, paragraph: args.paragraph ?? undefined };
    return comments(await this.consultations.comments(filter, args));
  }

  @ResolveField(() => [ParagraphCommentCountType], {
    description: 'Comments per paragraph, replies included.',
  })
  paragraphCounts(@Parent() parent: ConsultationType, @Context() context: GraphQLContext) {
    return this.loaders.paragraphCounts(context.loaders).load(parent.id);
  }

  @Can('consultation.vote')
  @Mutation(() => VoteReceiptType, {
    description: 'Casts or changes your one vote while the window is open.',
  })
  async castVote(@Args('input') input: CastVoteInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    const receipt = await this.consultations.castVote(
      { userId: principal.userId, verificationLevel: await this.policy.fact(context, 'verificationLevel') },
      input.consultationId,
      input.choice,
    );
    return {
      choice: receipt.choice,
      tally: TallyType.from(receipt.tally),
      consultation: ConsultationType.from(receipt.consultation),
    };
  }
}

/** Comments, their history, and moderation. */
@Resolver(() => CommentType)
export class CommentsResolver {
  constructor(
    private readonly consultations: ConsultationService,
    private readonly loaders: ConsultationLoaders,
    private readonly users: UserLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly policy: PolicyService,
    private readonly moderation: CommentModerationService,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The text; null once hidden, except for its author and the moderators.',
  })
  async body(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    if (!parent.hidden) return parent.storedBody;
    const mayRead = await this.policy.can(context, 'comment.readHidden', {
      userId: parent.authorId,
      consultationId: parent.consultationId,
    });
    return mayRead ? parent.storedBody : null;
  }

  @ResolveField(() => UserType, { nullable: true })
  author(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    return this.users.byId(context.loaders).load(parent.authorId);
  }

  @ResolveField(() => OrganizationType, { nullable: true, description: 'For a formal comment.' })
  organization(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    return parent.organizationId
      ? this.organizations.byId(context.loaders).load(parent.organizationId)
      : null;
  }

  @ResolveField(() => [CommentType], {
    description: 'For a top comment, every reply in its thread, oldest first (each names its parent).',
  })
  async replies(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    return parent.depth === 0 ? this.loaders.replies(context.loaders).load(parent.id) : [];
  }

  @ResolveField(() => Int)
  async replyCount(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    return parent.depth === 0 ? (await this.loaders.replies(context.loaders).load(parent.id)).length : 0;
  }

  @ResolveField(() => [CommentRevisionType], {
    description: 'Earlier wordings, oldest first (empty while hidden, except for its author and moderators).',
  })
  async revisions(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    if (!parent.editedAt) return [];
    if (parent.hidden && !(await this.mayReadHidden(parent, context))) return [];
    return this.loaders.revisions(context.loaders).load(parent.id);
  }

  @PrivateField('comment.moderate', (parent: CommentType) => ({ consultationId: parent.consultationId }))
  @ResolveField(() => [CommentFlagType], { nullable: true, description: 'Moderators only.' })
  flags(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    return this.loaders.flags(context.loaders).load(parent.id);
  }

  @PrivateField('comment.moderate', (parent: CommentType) => ({ consultationId: parent.consultationId }))
  @ResolveField(() => Int, {
    nullable: true,
    description: 'Flags no moderator has handled (moderators only).',
  })
  openFlags(@Parent() parent: CommentType) {
    return parent.openFlags;
  }

  @ResolveField(() => CommentAppealType, {
    nullable: true,
    description: "The author's appeal against hiding (its author and the moderators).",
  })
  async appeal(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    if (!(await this.mayReadHidden(parent, context))) return null;
    return this.loaders.appeal(context.loaders).load(parent.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person wrote it.' })
  async mine(@Parent() parent: CommentType, @Context() context: GraphQLContext) {
    return (await this.policy.principal(context))?.userId === parent.authorId;
  }

  @Can('comment.moderate', ({ assemblyId }: ModerationQueueArgs) => ({ assemblyId }))
  @Query(() => CommentConnection, {
    description: "An assembly's flagged comments and pending appeals, oldest first (its moderators).",
  })
  async moderationQueue(@Args() args: ModerationQueueArgs) {
    return comments(await this.consultations.moderationQueue({ assemblyId: args.assemblyId }, args));
  }

  @Can('comment.post')
  @Mutation(() => CommentType, { description: 'Comments or replies while the window is open.' })
  async postComment(@Args('input') input: PostCommentInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    if (input.organizationId) {
      await this.policy.assert(context, 'comment.postFormal', { organizationId: input.organizationId });
    }
    return CommentType.from(await this.consultations.postComment(principal.userId, input));
  }

  @Can('comment.edit', comment)
  @Mutation(() => CommentType, { description: 'The author rewords it; earlier wordings stay readable.' })
  async editComment(@Args('input') input: EditCommentInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CommentType.from(
      await this.consultations.editComment(principal.userId, input.commentId, input.body),
    );
  }

  @Can('comment.flag', comment)
  @Mutation(() => CommentType, { description: 'Reports it to the moderators, once per person.' })
  async flagComment(@Args('input') input: FlagCommentInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CommentType.from(
      await this.moderation.flagComment(principal.userId, input.commentId, input.reason, input.note ?? null),
    );
  }

  @Can('comment.moderate', comment)
  @Mutation(() => CommentType, { description: 'Hides it with a reason; it stays in the record.' })
  async hideComment(@Args('input') input: HideCommentInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CommentType.from(
      await this.moderation.hideComment(principal.userId, input.commentId, input.reason),
    );
  }

  @Can('comment.moderate', comment)
  @Mutation(() => CommentType, { description: 'Leaves a flagged comment visible and clears its flags.' })
  async dismissFlags(@Args('input') input: CommentIdInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CommentType.from(await this.moderation.dismissFlags(principal.userId, input.commentId));
  }

  @Can('comment.appeal', comment)
  @Mutation(() => CommentType, {
    description: 'The author asks, once, for a hidden comment to be shown again.',
  })
  async appealHiding(@Args('input') input: AppealHidingInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    await this.moderation.appeal(principal.userId, input.commentId, input.argument);
    return this.loaders.commentById(context.loaders).load(input.commentId);
  }

  @Can('comment.moderate', comment)
  @Mutation(() => CommentType, { description: 'Another moderator than the one who hid it decides.' })
  async decideAppeal(@Args('input') input: DecideAppealInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CommentType.from(
      await this.moderation.decideAppeal(principal.userId, input.commentId, input.reinstate, input.reason),
    );
  }

  private mayReadHidden(parent: CommentType, context: GraphQLContext): Promise<boolean> {
    return this.policy.can(context, 'comment.readHidden', {
      userId: parent.authorId,
      consultationId: parent.consultationId,
    });
  }
}
