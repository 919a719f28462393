import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { EMPTY_TALLY, VoteChoice } from '@canopy/domain';
import { ConsultationService } from './consultation.service';
import {
  CommentAppealType,
  CommentFlagType,
  CommentRevisionType,
  CommentType,
  ConsultationType,
  ParagraphCommentCountType,
  TallyType,
} from './consultation.types';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class ConsultationLoaders {
  constructor(private readonly consultations: ConsultationService) {}

  byId(registry: LoaderRegistry): DataLoader<string, ConsultationType | null> {
    return registry.get('consultation.byId', async (ids: readonly string[]) => {
      const rows = await this.consultations.findByIds(ids);
      return byKeys(ids, rows.map(ConsultationType.from), (row) => row.id);
    });
  }

  /** A subject's consultation (one per subject), keyed by subject id. */
  ofSubject(registry: LoaderRegistry, subjectType: string): DataLoader<string, ConsultationType | null> {
    return registry.get(`consultation.of.${subjectType}`, async (ids: readonly string[]) => {
      const rows = await this.consultations.ofSubjects(subjectType, ids);
      return byKeys(ids, rows.map(ConsultationType.from), (row) => row.subjectId);
    });
  }

  tally(registry: LoaderRegistry): DataLoader<string, TallyType> {
    return registry.get('consultation.tally', async (ids: readonly string[]) => {
      const tallies = await this.consultations.tallies(ids);
      return ids.map((id) => TallyType.from(tallies.get(id) ?? EMPTY_TALLY));
    });
  }

  myVote(registry: LoaderRegistry, userId: string): DataLoader<string, VoteChoice | null> {
    return registry.get(`consultation.vote.${userId}`, async (ids: readonly string[]) => {
      const votes = await this.consultations.votesOf(userId, ids);
      return byKeys(ids, votes, (vote) => vote.consultationId).map((vote) => vote?.choice ?? null);
    });
  }

  paragraphCounts(registry: LoaderRegistry): DataLoader<string, ParagraphCommentCountType[]> {
    return registry.get('consultation.paragraphCounts', async (ids: readonly string[]) => {
      const rows = await this.consultations.paragraphCounts(ids);
      return groupByKeys(ids, rows, (row) => row.consultationId).map((counts) =>
        counts
          .map(({ paragraph, comments }) => ({ paragraph, comments }))
          .sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0)),
      );
    });
  }

  commentById(registry: LoaderRegistry): DataLoader<string, CommentType | null> {
    return registry.get('comment.byId', async (ids: readonly string[]) => {
      const rows = await this.consultations.commentsByIds(ids);
      return byKeys(ids, rows.map(CommentType.from), (row) => row.id);
    });
  }

  /** All replies of a thread, keyed by its top comment. */
  replies(registry: LoaderRegistry): DataLoader<string, CommentType[]> {
    return registry.get('comment.replies', async (rootIds: readonly string[]) => {
      const rows = await this.consultations.repliesOf(rootIds);
      return groupByKeys(rootIds, rows.map(CommentType.from), (row) => row.rootId ?? '');
    });
  }

  revisions(registry: LoaderRegistry): DataLoader<string, CommentRevisionType[]> {
    return registry.get('comment.revisions', async (ids: readonly string[]) => {
      const rows = await this.consultations.revisionsOf(ids);
      return groupByKeys(ids, rows.map(CommentRevisionType.from), (row) => row.commentId);
    });
  }

  flags(registry: LoaderRegistry): DataLoader<string, CommentFlagType[]> {
    return registry.get('comment.flags', async (ids: readonly string[]) => {
      const rows = await this.consultations.flagsOf(ids);
      return groupByKeys(ids, rows.map(CommentFlagType.from), (row) => row.commentId);
    });
  }

  appeal(registry: LoaderRegistry): DataLoader<string, CommentAppealType | null> {
    return registry.get('comment.appeal', async (ids: readonly string[]) => {
      const rows = await this.consultations.appealsOf(ids);
      return byKeys(ids, rows.map(CommentAppealType.from), (row) => row.commentId);
    });
  }
}
