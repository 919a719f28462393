import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { FollowUpService } from './follow-up.service';
import { FollowsService } from './follows.service';
import {
  CommitmentType,
  ProgressUpdateType,
  ReservationType,
  ResolutionType,
  ResolutionVersionType,
} from './resolution.types';
import { ResolutionsService } from './resolutions.service';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class ResolutionLoaders {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly followUp: FollowUpService,
    private readonly follows: FollowsService,
  ) {}

  byId(registry: LoaderRegistry): DataLoader<string, ResolutionType | null> {
    return registry.get('resolution.byId', async (ids: readonly string[]) => {
      const rows = await this.resolutions.findByIds(ids);
      return byKeys(ids, rows.map(ResolutionType.from), (row) => row.id);
    });
  }

  ofAgendaItem(registry: LoaderRegistry): DataLoader<string, ResolutionType | null> {
    return registry.get('resolution.ofAgendaItem', async (ids: readonly string[]) => {
      const rows = await this.resolutions.ofAgendaItems(ids);
      return byKeys(ids, rows.map(ResolutionType.from), (row) => row.agendaItemId);
    });
  }

  versions(registry: LoaderRegistry): DataLoader<string, ResolutionVersionType[]> {
    return registry.get('resolution.versions', async (ids: readonly string[]) => {
      const rows = await this.resolutions.versionsOf(ids);
      return groupByKeys(ids, rows.map(ResolutionVersionType.from), (row) => row.resolutionId);
    });
  }

  versionById(registry: LoaderRegistry): DataLoader<string, ResolutionVersionType | null> {
    return registry.get('resolutionVersion.byId', async (ids: readonly string[]) => {
      const rows = await this.resolutions.versionsByIds(ids);
      return byKeys(ids, rows.map(ResolutionVersionType.from), (row) => row.id);
    });
  }

  reservations(registry: LoaderRegistry): DataLoader<string, ReservationType[]> {
    return registry.get('resolution.reservations', async (ids: readonly string[]) => {
      const rows = await this.resolutions.reservationsOf(ids);
      return groupByKeys(ids, rows, (row) => row.resolutionId).map((group) =>
        group.map(ReservationType.from),
      );
    });
  }

  commitments(registry: LoaderRegistry): DataLoader<string, CommitmentType[]> {
    return registry.get('resolution.commitments', async (ids: readonly string[]) => {
      const rows = await this.followUp.commitmentsOf(ids);
      return groupByKeys(ids, rows.map(CommitmentType.from), (row) => row.resolutionId);
    });
  }

  progress(registry: LoaderRegistry): DataLoader<string, ProgressUpdateType[]> {
    return registry.get('commitment.progress', async (ids: readonly string[]) => {
      const rows = await this.followUp.progressOf(ids);
      return groupByKeys(ids, rows.map(ProgressUpdateType.from), (row) => row.commitmentId);
    });
  }

  following(registry: LoaderRegistry, userId: string): DataLoader<string, boolean> {
    return registry.get(`resolution.following.${userId}`, async (ids: readonly string[]) => {
      const follows = new Set((await this.follows.followedBy(userId, ids)).map((row) => row.subjectId));
      return ids.map((id) => follows.has(id));
    });
  }

  followerCount(registry: LoaderRegistry): DataLoader<string, number> {
    return registry.get('resolution.followerCount', async (ids: readonly string[]) => {
      const counts = await this.follows.followerCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
