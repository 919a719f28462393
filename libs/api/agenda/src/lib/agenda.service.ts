import { Injectable } from '@nestjs/common';
import { AgendaItemEntity, WorkingGroupMemberEntity } from './agenda.entities';
import { AgendaRepository, ParticipationRow } from './agenda.repository';

/** Reading an edition's agenda, its working groups, and who took part (the triangle). */
@Injectable()
export class AgendaService {
  constructor(private readonly repository: AgendaRepository) {}

  itemById(id: string): Promise<AgendaItemEntity | null> {
    return this.repository.agendaItemById(id);
  }

  itemsByIds(ids: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.repository.agendaItemsByIds(ids);
  }

  workingGroupItemsOf(userId: string): Promise<string[]> {
    return this.repository.workingGroupItemsOf(userId);
  }

  itemsOfEditions(editionIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.repository.agendaItemsOfEditions(editionIds);
  }

  itemsOfProposals(proposalIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.repository.agendaItemsOfProposals(proposalIds);
  }

  workingGroupsOf(itemIds: readonly string[]): Promise<WorkingGroupMemberEntity[]> {
    return this.repository.workingGroupsOf(itemIds);
  }

  participation(editionId: string): Promise<ParticipationRow[]> {
    return this.repository.participation(editionId);
  }
}
