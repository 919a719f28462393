import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { ScoreEntity } from './agenda.entities';
import { EndorsementCounts } from './agenda.repository';
import {
  AgendaItemType,
  ConstituencyType,
  CosponsorType,
  ProposalType,
  WorkingGroupMemberType,
} from './agenda.types';
import { AgendaService } from './agenda.service';
import { ConstituenciesService } from './constituencies.service';
import { ProposalsService } from './proposals.service';
import { ScreeningService } from './screening.service';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class AgendaLoaders {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly screening: ScreeningService,
    private readonly agenda: AgendaService,
    private readonly constituencies: ConstituenciesService,
  ) {}

  constituenciesOfOrganization(registry: LoaderRegistry): DataLoader<string, ConstituencyType[]> {
    return registry.get('organization.constituencies', async (ids: readonly string[]) => {
      const rows = await this.constituencies.ofOrganizations(ids);
      return groupByKeys(ids, rows.map(ConstituencyType.from), (row) => row.organizationId);
    });
  }

  cosponsorRequestsTo(registry: LoaderRegistry): DataLoader<string, CosponsorType[]> {
    return registry.get('organization.cosponsorRequests', async (ids: readonly string[]) => {
      const rows = await this.proposals.cosponsorRequestsFor(ids);
      return groupByKeys(ids, rows.map(CosponsorType.from), (row) => row.organizationId);
    });
  }

  proposalById(registry: LoaderRegistry): DataLoader<string, ProposalType | null> {
    return registry.get('proposal.byId', async (ids: readonly string[]) => {
      const rows = await this.proposals.findByIds(ids);
      return byKeys(ids, rows.map(ProposalType.from), (row) => row.id);
    });
  }

  cosponsors(registry: LoaderRegistry): DataLoader<string, CosponsorType[]> {
    return registry.get('proposal.cosponsors', async (ids: readonly string[]) => {
      const rows = await this.proposals.cosponsorsOf(ids);
      return groupByKeys(ids, rows.map(CosponsorType.from), (row) => row.proposalId);
    });
  }

  endorsements(registry: LoaderRegistry): DataLoader<string, EndorsementCounts> {
    return registry.get('proposal.endorsements', async (ids: readonly string[]) => {
      const counts = await this.proposals.endorsementCounts(ids);
      return ids.map((id) => counts.get(id) ?? { organizations: 0, citizens: 0 });
    });
  }

  endorsingOrganizations(registry: LoaderRegistry): DataLoader<string, string[]> {
    return registry.get('proposal.endorsingOrganizations', async (ids: readonly string[]) => {
      const rows = await this.proposals.endorsingOrganizations(ids);
      return groupByKeys(ids, rows, (row) => row.proposalId).map((group) =>
        group.map((row) => row.organizationId as string),
      );
    });
  }

  endorsedBy(registry: LoaderRegistry, userId: string): DataLoader<string, boolean> {
    return registry.get(`proposal.endorsedBy:${userId}`, async (ids: readonly string[]) => {
      const endorsed = await this.proposals.endorsedBy(userId, ids);
      return ids.map((id) => endorsed.has(id));
    });
  }

  scores(registry: LoaderRegistry): DataLoader<string, ScoreEntity[]> {
    return registry.get('proposal.scores', async (ids: readonly string[]) => {
      const rows = await this.screening.scoresOf(ids);
      return groupByKeys(ids, rows, (row) => row.proposalId);
    });
  }

  mergedInto(registry: LoaderRegistry): DataLoader<string, ProposalType[]> {
    return registry.get('proposal.mergedInto', async (ids: readonly string[]) => {
      const rows = await this.proposals.mergedInto(ids);
      return groupByKeys(ids, rows, (row) => row.mergedIntoId as string).map((group) =>
        group.map(ProposalType.from),
      );
    });
  }

  resubmissions(registry: LoaderRegistry): DataLoader<string, ProposalType[]> {
    return registry.get('proposal.resubmissions', async (ids: readonly string[]) => {
      const rows = await this.proposals.resubmissionsOf(ids);
      return groupByKeys(ids, rows, (row) => row.previousProposalId as string).map((group) =>
        group.map(ProposalType.from),
      );
    });
  }

  agendaItemById(registry: LoaderRegistry): DataLoader<string, AgendaItemType | null> {
    return registry.get('agendaItem.byId', async (ids: readonly string[]) => {
      const rows = await this.agenda.itemsByIds(ids);
      return byKeys(ids, rows.map(AgendaItemType.from), (row) => row.id);
    });
  }

  agendaItemOfProposal(registry: LoaderRegistry): DataLoader<string, AgendaItemType | null> {
    return registry.get('proposal.agendaItem', async (ids: readonly string[]) => {
      const rows = await this.agenda.itemsOfProposals(ids);
      return byKeys(ids, rows.map(AgendaItemType.from), (row) => row.proposalId);
    });
  }

  agendaOfEdition(registry: LoaderRegistry): DataLoader<string, AgendaItemType[]> {
    return registry.get('edition.agenda', async (ids: readonly string[]) => {
      const rows = await this.agenda.itemsOfEditions(ids);
      return groupByKeys(ids, rows.map(AgendaItemType.from), (row) => row.editionId);
    });
  }

  workingGroup(registry: LoaderRegistry): DataLoader<string, WorkingGroupMemberType[]> {
    return registry.get('agendaItem.workingGroup', async (ids: readonly string[]) => {
      const rows = await this.agenda.workingGroupsOf(ids);
      return groupByKeys(ids, rows, (row) => row.agendaItemId).map((group) =>
        group.map(WorkingGroupMemberType.from),
      );
    });
  }
}
