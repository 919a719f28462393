import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { CharterParticipationService } from './charter-participation.service';
import {
  CharterClauseType,
  CharterCommitteeMemberType,
  CharterEditionType,
  CharterSectionType,
  CharterType,
  IndicatorReadingType,
  SignatureCountType,
  StatuteChapterType,
} from './charter.types';
import { ChartersService } from './charters.service';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class CharterLoaders {
  constructor(
    private readonly charters: ChartersService,
    private readonly participation: CharterParticipationService,
  ) {}

  byId(registry: LoaderRegistry): DataLoader<string, CharterType | null> {
    return registry.get('charter.byId', async (ids: readonly string[]) => {
      const rows = await this.charters.findByIds(ids);
      return byKeys(ids, rows.map(CharterType.from), (row) => row.id);
    });
  }

  editions(registry: LoaderRegistry): DataLoader<string, CharterEditionType[]> {
    return registry.get('charter.editions', async (ids: readonly string[]) => {
      const rows = await this.charters.editionsOf(ids);
      return groupByKeys(ids, rows.map(CharterEditionType.from), (row) => row.charterId);
    });
  }

  editionById(registry: LoaderRegistry): DataLoader<string, CharterEditionType | null> {
    return registry.get('charterEdition.byId', async (ids: readonly string[]) => {
      const rows = await this.charters.editionsByIds(ids);
      return byKeys(ids, rows.map(CharterEditionType.from), (row) => row.id);
    });
  }

  committee(registry: LoaderRegistry): DataLoader<string, CharterCommitteeMemberType[]> {
    return registry.get('charter.committee', async (ids: readonly string[]) => {
      const rows = await this.charters.committeeOf(ids);
      return groupByKeys(ids, rows.map(CharterCommitteeMemberType.from), (row) => row.charterId);
    });
  }

  sections(registry: LoaderRegistry): DataLoader<string, CharterSectionType[]> {
    return registry.get('charterEdition.sections', async (ids: readonly string[]) => {
      const rows = await this.charters.sectionsOf(ids);
      return groupByKeys(ids, rows.map(CharterSectionType.from), (row) => row.editionId);
    });
  }

  /** Every clause of an edition, in number order. */
  clauses(registry: LoaderRegistry): DataLoader<string, CharterClauseType[]> {
    return registry.get('charterEdition.clauses', async (ids: readonly string[]) => {
      const rows = await this.charters.clausesOf(ids);
      return groupByKeys(ids, rows.map(CharterClauseType.from), (row) => row.editionId);
    });
  }

  /** Readings by clause lineage, oldest period first. */
  readings(registry: LoaderRegistry): DataLoader<string, IndicatorReadingType[]> {
    return registry.get('charterClause.readings', async (lineageIds: readonly string[]) => {
      const rows = await this.participation.readingsOf(lineageIds);
      return groupByKeys(lineageIds, rows.map(IndicatorReadingType.from), (row) => row.lineageId);
    });
  }

  signatureCount(registry: LoaderRegistry): DataLoader<string, SignatureCountType> {
    return registry.get('charterEdition.signatureCount', async (ids: readonly string[]) => {
      const rows = await this.participation.signatureCounts(ids);
      return byKeys(ids, rows, (row) => row.editionId).map((row) => ({
        people: row?.people ?? 0,
        organizations: row?.organizations ?? 0,
      }));
    });
  }

  /** The signed-in person's standing signatures per edition: organization ids, null for in person. */
  mySignatures(registry: LoaderRegistry, userId: string): DataLoader<string, (string | null)[]> {
    return registry.get(`charterEdition.signatures.${userId}`, async (ids: readonly string[]) => {
      const rows = await this.participation.signaturesOf(userId, ids);
      return groupByKeys(ids, rows, (row) => row.editionId).map((group) =>
        group.map((row) => row.organizationId),
      );
    });
  }

  signingOrganizations(registry: LoaderRegistry): DataLoader<string, string[]> {
    return registry.get('charterEdition.signingOrganizations', async (ids: readonly string[]) => {
      const rows = await this.participation.signingOrganizationsOf(ids);
      return groupByKeys(ids, rows, (row) => row.editionId).map((group) =>
        group.map((row) => row.organizationId as string),
      );
    });
  }

  statuteChapters(registry: LoaderRegistry): DataLoader<string, StatuteChapterType[]> {
    return registry.get('statute.chapters', async (countryIds: readonly string[]) => {
      const rows = await this.charters.chaptersOf(countryIds);
      return groupByKeys(countryIds, rows.map(StatuteChapterType.from), (row) => row.countryId);
    });
  }
}
