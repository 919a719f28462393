import { Injectable } from '@nestjs/common';
import { EventBus, rootLogger, SecurityRegistry } from '@canopy/api/core';
import type { ResourceFacts } from '@canopy/domain';
import type { CommentEntity } from './consultation.entities';
import type { StampedTally } from './consultation.repository';

const log = rootLogger.child({ module: 'consultation-events' });

export interface TallyEvent extends StampedTally {
  consultationId: string;
}

/** What happened to a comment in a moderation queue. */
export enum ModerationChange {
  FLAGGED = 'FLAGGED',
  HIDDEN = 'HIDDEN',
  FLAGS_DISMISSED = 'FLAGS_DISMISSED',
  APPEALED = 'APPEALED',
  APPEAL_DECIDED = 'APPEAL_DECIDED',
}

/** A comment as it travels on the bus: its columns, dates as ISO strings. */
export type CommentSnapshot = Omit<CommentEntity, 'createdAt' | 'editedAt' | 'hiddenAt'> & {
  createdAt: string;
  editedAt: string | null;
  hiddenAt: string | null;
};

export interface CommentEvent {
  comment: CommentSnapshot;
}

export interface ModerationEvent extends CommentEvent {
  change: ModerationChange;
}

/** Whose moderation queue a consultation's comments land in: its assembly's, or its charter's. */
export type ModerationScopeKey = { assemblyId: string } | { charterId: string };

const channels = {
  tally: (consultationId: string) => `tally:${consultationId}`,
  comments: (consultationId: string) => `comments:${consultationId}`,
  moderation: (scope: ModerationScopeKey) =>
    'assemblyId' in scope
      ? `moderation:assembly:${scope.assemblyId}`
      : `moderation:charter:${scope.charterId}`,
};

/**
 * Consultation's live events: the tally after each vote, new comments, and changes to the moderation
 * queues. Services publish them once their transaction has committed; a failure to publish is logged
 * and never undoes or fails what was stored.
 */
@Injectable()
export class ConsultationEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly registry: SecurityRegistry,
  ) {}

  tallyMoved(consultationId: string, tally: StampedTally): void {
    this.send(channels.tally(consultationId), { consultationId, ...tally } satisfies TallyEvent);
  }

  commentPosted(comment: CommentEntity): void {
    this.send(channels.comments(comment.consultationId), {
      comment: snapshot(comment),
    } satisfies CommentEvent);
  }

  /** Looks up whose queue the comment is in (remembered by the policy layer), then tells its moderators. */
  moderationChanged(change: ModerationChange, comment: CommentEntity): void {
    this.registry
      .expand({ consultationId: comment.consultationId })
      .then((facts) => {
        const scope = scopeOf(facts);
        if (scope) this.send(channels.moderation(scope), { change, comment: snapshot(comment) });
      })
      .catch((error: unknown) => log.warn({ err: error }, 'moderation event not published'));
  }

  /** Tallies of one consultation, each newer than the last one this subscriber received. */
  tallies(consultationId: string): Promise<AsyncIterableIterator<TallyEvent>> {
    let latest = -1;
    return this.bus.subscribe<TallyEvent>(channels.tally(consultationId), (event) => {
      if (event.moves <= latest) return false;
      latest = event.moves;
      return true;
    });
  }

  comments(consultationId: string): Promise<AsyncIterableIterator<CommentEvent>> {
    return this.bus.subscribe<CommentEvent>(channels.comments(consultationId));
  }

  moderation(scope: ModerationScopeKey): Promise<AsyncIterableIterator<ModerationEvent>> {
    return this.bus.subscribe<ModerationEvent>(channels.moderation(scope));
  }

  private send(channel: string, payload: unknown): void {
    this.bus
      .publish(channel, payload)
      .catch((error: unknown) => log.warn({ err: error, channel }, 'live event not published'));
  }
}

function scopeOf(facts: ResourceFacts): ModerationScopeKey | null {
  if (facts.assemblyId) return { assemblyId: facts.assemblyId };
  if (facts.charterId) return { charterId: facts.charterId };
  return null;
}

function snapshot(comment: CommentEntity): CommentSnapshot {
  return {
    id: comment.id,
    consultationId: comment.consultationId,
    authorId: comment.authorId,
    organizationId: comment.organizationId,
    parentId: comment.parentId,
    rootId: comment.rootId,
    depth: comment.depth,
    paragraph: comment.paragraph,
    stance: comment.stance,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    openFlags: comment.openFlags,
    hiddenAt: comment.hiddenAt?.toISOString() ?? null,
    hiddenBy: comment.hiddenBy,
    hiddenReason: comment.hiddenReason,
  };
}

/** The comment a snapshot describes, as the GraphQL types take it. */
export function commentOfSnapshot(comment: CommentSnapshot): CommentEntity {
  return Object.assign({} as CommentEntity, comment, {
    createdAt: new Date(comment.createdAt),
    editedAt: comment.editedAt ? new Date(comment.editedAt) : null,
    hiddenAt: comment.hiddenAt ? new Date(comment.hiddenAt) : null,
  });
}
