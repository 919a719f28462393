import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { badUserInput, Can, LoaderRegistry, notFound, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { ConsultationLiveArgs, ModerationLiveArgs } from './consultation.inputs';
import {
  commentOfSnapshot,
  ConsultationEvents,
  type CommentEvent,
  type ModerationEvent,
  type ModerationScopeKey,
  type TallyEvent,
} from './consultation.events';
import { ConsultationService } from './consultation.service';
import { CommentType, ModerationQueueChangeType, TallyUpdateType } from './consultation.types';

/**
 * Each event is answered with fresh DataLoaders: a subscription's context lives as long as the
 * subscription, and what one event loaded must neither be served stale to the next nor pile up.
 */
function freshLoaders(context: GraphQLContext): void {
  context.loaders = new LoaderRegistry();
}

function moderationScope({ assemblyId, charterId }: ModerationLiveArgs): ModerationScopeKey {
  if (assemblyId && !charterId) return { assemblyId };
  if (charterId && !assemblyId) return { charterId };
  throw badUserInput('assemblyId', 'name an assembly or a charter, one of them');
}

/**
 * Consultation as it happens, over graphql-ws: the tally after every vote, new comments, and the
 * moderation queues. The same policy as queries applies when a subscription starts.
 */
@Resolver()
export class ConsultationLiveResolver {
  constructor(
    private readonly consultations: ConsultationService,
    private readonly events: ConsultationEvents,
    private readonly policy: PolicyService,
  ) {}

  @Subscription(() => TallyUpdateType, {
    description: "The consultation's tally each time a vote moves it (public, like the tally).",
    resolve: (event: TallyEvent) => TallyUpdateType.from(event),
  })
  async tallyChanged(@Args() { consultationId }: ConsultationLiveArgs) {
    await this.existing(consultationId);
    return this.events.tallies(consultationId);
  }

  @Subscription(() => CommentType, {
    description: 'Comments and replies as they are posted in the consultation.',
    resolve: (event: CommentEvent, _args: unknown, context: GraphQLContext) => {
      freshLoaders(context);
      return CommentType.from(commentOfSnapshot(event.comment));
    },
  })
  async commentPosted(@Args() { consultationId }: ConsultationLiveArgs) {
    await this.existing(consultationId);
    return this.events.comments(consultationId);
  }

  @Can('comment.moderate', (args: ModerationLiveArgs) => moderationScope(args))
  @Subscription(() => ModerationQueueChangeType, {
    description: "Changes to an assembly's or a charter's moderation queue (their moderators only).",
    resolve(
      this: ConsultationLiveResolver,
      event: ModerationEvent,
      args: ModerationLiveArgs,
      context: GraphQLContext,
    ) {
      return this.moderationChange(event, args, context);
    },
  })
  moderationQueueChanged(@Args() args: ModerationLiveArgs) {
    return this.events.moderation(moderationScope(args));
  }

  /**
   * Hidden comments travel in this queue, so each event is authorized again, with the session looked
   * up anew: someone signed out, or no longer a moderator, gets an error instead of the comment.
   */
  async moderationChange(event: ModerationEvent, args: ModerationLiveArgs, context: GraphQLContext) {
    freshLoaders(context);
    context.principal = undefined;
    context.actor = undefined;
    context.facts = undefined;
    await this.policy.assert(context, 'comment.moderate', moderationScope(args));
    return Object.assign(new ModerationQueueChangeType(), {
      change: event.change,
      comment: CommentType.from(commentOfSnapshot(event.comment)),
    });
  }

  private async existing(consultationId: string): Promise<void> {
    if (!(await this.consultations.findById(consultationId))) throw notFound('consultationId');
  }
}
