import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry } from '@canopy/api/core';
import { AssembliesModule } from '@canopy/api/assemblies';
import { AuditModule } from '@canopy/api/audit';
import { IdentityModule } from '@canopy/api/identity';
import { JurisdictionsModule } from '@canopy/api/jurisdictions';
import { OrganizationsModule } from '@canopy/api/organizations';
import {
  AgendaItemEntity,
  ConstituencyEntity,
  CosponsorEntity,
  EndorsementEntity,
  ProposalEntity,
  ScoreEntity,
  WorkingGroupMemberEntity,
} from './agenda.entities';
import { AgendaLoaders } from './agenda.loaders';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import {
  ConstituenciesResolver,
  EditionAgendaResolver,
  OrganizationAgendaResolver,
} from './constituencies.resolver';
import { ConstituenciesService } from './constituencies.service';
import { CosponsorsResolver, ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { ScreeningResolver, WorkingGroupMembersResolver } from './screening.resolver';
import { ScreeningService } from './screening.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConstituencyEntity,
      ProposalEntity,
      CosponsorEntity,
      EndorsementEntity,
      ScoreEntity,
      AgendaItemEntity,
      WorkingGroupMemberEntity,
    ]),
    AssembliesModule,
    AuditModule,
    IdentityModule,
    JurisdictionsModule,
    OrganizationsModule,
  ],
  providers: [
    AgendaRepository,
    AgendaService,
    ConstituenciesService,
    ProposalsService,
    ScreeningService,
    AgendaLoaders,
    ConstituenciesResolver,
    EditionAgendaResolver,
    OrganizationAgendaResolver,
    ProposalsResolver,
    CosponsorsResolver,
    ScreeningResolver,
    WorkingGroupMembersResolver,
  ],
  exports: [AgendaLoaders, AgendaService, ProposalsService],
})
export class AgendaModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly proposals: ProposalsService,
    private readonly constituencies: ConstituenciesService,
    private readonly agenda: AgendaService,
  ) {}

  /** The policy learns which assembly and organization a proposal, constituency or agenda item belongs to. */
  onModuleInit(): void {
    this.registry.addResourceExpander('proposalId', async (id) => {
      const proposal = await this.proposals.findById(id);
      return proposal ? { organizationId: proposal.organizationId, editionId: proposal.editionId } : {};
    });
    this.registry.addResourceExpander('constituencyId', async (id) => {
      const constituency = await this.constituencies.findById(id);
      return constituency ? { editionId: constituency.editionId } : {};
    });
    this.registry.addResourceExpander('agendaItemId', async (id) => {
      const item = await this.agenda.itemById(id);
      return item ? { editionId: item.editionId } : {};
    });
    this.registry.addFactsContributor(
      async (userId, facts) => {
        facts.workingGroupItems = await this.agenda.workingGroupItemsOf(userId);
      },
      ['workingGroupItems'],
    );
  }
}
