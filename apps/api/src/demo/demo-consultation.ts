import { EntityManager } from 'typeorm';
import { CommentEntity, TallySlotEntity, VoteEntity, VoteEventEntity } from '@canopy/api/consultation';
import { CONSULTATION_LIMITS, Stance, tallyDelta, tallySlot, VoteChoice } from '@canopy/domain';

export interface DemoVote {
  person: string;
  choice: string;
  hoursAgo: number;
  /** The choice the person first made, six hours before changing it. */
  changedFrom?: string;
}

export interface DemoComment {
  key: string;
  person: string;
  body: string;
  stance: string;
  hoursAgo: number;
  paragraph?: number;
  replyTo?: string;
  organization?: string;
}

const HOUR = 3_600_000;

/**
 * The votes of a demo consultation with their events, and the tally's counter rows as those votes
 * would have moved them, so the tally equals a count of the votes.
 */
export async function insertDemoVotes(
  manager: EntityManager,
  consultationId: string,
  votes: readonly DemoVote[],
  people: ReadonlyMap<string, string>,
): Promise<void> {
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const slots = Array.from({ length: CONSULTATION_LIMITS.tallySlots }, (_, slot) => ({
    consultationId,
    slot,
    support: 0,
    oppose: 0,
    abstain: 0,
  }));
  for (const vote of votes) {
    const userId = people.get(vote.person) as string;
    const choice = vote.choice as VoteChoice;
    const previous = (vote.changedFrom as VoteChoice | undefined) ?? null;
    const castAt = ago(vote.hoursAgo + (previous ? 6 : 0));
    await manager.insert(VoteEntity, {
      consultationId,
      userId,
      choice,
      castAt,
      changedAt: previous ? ago(vote.hoursAgo) : null,
    });
    const events = previous
      ? [
          { choice: previous, previous: null, occurredAt: castAt },
          { choice, previous, occurredAt: ago(vote.hoursAgo) },
        ]
      : [{ choice, previous: null, occurredAt: castAt }];
    await manager.insert(
      VoteEventEntity,
      events.map((event) => ({ ...event, consultationId, userId })),
    );
    const slot = slots[tallySlot(userId)];
    for (const event of events) {
      const delta = tallyDelta(event.previous, event.choice);
      slot.support += delta.support;
      slot.oppose += delta.oppose;
      slot.abstain += delta.abstain;
    }
  }
  await manager.insert(TallySlotEntity, slots);
}

/** Top comments and replies of a demo consultation; a reply belongs to its thread's paragraph. */
export async function insertDemoComments(
  manager: EntityManager,
  consultationId: string,
  comments: readonly DemoComment[],
  people: ReadonlyMap<string, string>,
  organizations: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const now = Date.now();
  const saved = new Map<string, CommentEntity>();
  for (const comment of comments) {
    const parent = comment.replyTo ? saved.get(comment.replyTo) : undefined;
    const row = await manager.save(
      manager.create(CommentEntity, {
        consultationId,
        authorId: people.get(comment.person),
        organizationId: comment.organization ? organizations.get(comment.organization) : null,
        parentId: parent?.id ?? null,
        rootId: parent ? (parent.rootId ?? parent.id) : null,
        depth: parent ? parent.depth + 1 : 0,
        paragraph: parent ? parent.paragraph : (comment.paragraph ?? null),
        stance: comment.stance as Stance,
        body: comment.body,
        createdAt: new Date(now - comment.hoursAgo * HOUR),
      }),
    );
    saved.set(comment.key, row);
  }
}
