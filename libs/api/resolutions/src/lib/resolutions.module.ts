import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry, Transaction } from '@canopy/api/core';
import { AgendaModule } from '@canopy/api/agenda';
import { AssembliesModule } from '@canopy/api/assemblies';
import { AuditModule } from '@canopy/api/audit';
import { ConsultationEntity, ConsultationModule, ConsultationSubjects } from '@canopy/api/consultation';
import { IdentityModule } from '@canopy/api/identity';
import { OrganizationsModule } from '@canopy/api/organizations';
import { FollowUpService } from './follow-up.service';
import { FollowsService } from './follows.service';
import { RESOLUTION_SUBJECT, ResolutionSteps } from './resolution-steps';
import {
  CommitmentEntity,
  FollowEntity,
  NotificationEntity,
  ProgressUpdateEntity,
  ReservationEntity,
  ResolutionEntity,
  ResolutionVersionEntity,
} from './resolution.entities';
import { ResolutionLoaders } from './resolution.loaders';
import { ResolutionsRepository } from './resolutions.repository';
import {
  AgendaItemResolutionResolver,
  CommitmentsResolver,
  EditionResolutionsResolver,
  NotificationsResolver,
  ProgressUpdatesResolver,
  ReservationsResolver,
  ResolutionsResolver,
} from './resolutions.resolver';
import { ResolutionsService } from './resolutions.service';

export const RESOLUTION_ENTITIES = [
  ResolutionEntity,
  ResolutionVersionEntity,
  ReservationEntity,
  CommitmentEntity,
  ProgressUpdateEntity,
  FollowEntity,
  NotificationEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(RESOLUTION_ENTITIES),
    AgendaModule,
    AssembliesModule,
    AuditModule,
    ConsultationModule,
    IdentityModule,
    OrganizationsModule,
  ],
  providers: [
    ResolutionsRepository,
    ResolutionSteps,
    ResolutionsService,
    FollowUpService,
    FollowsService,
    ResolutionLoaders,
    ResolutionsResolver,
    CommitmentsResolver,
    ProgressUpdatesResolver,
    ReservationsResolver,
    EditionResolutionsResolver,
    AgendaItemResolutionResolver,
    NotificationsResolver,
  ],
  exports: [ResolutionsService, FollowsService],
})
export class ResolutionsModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly resolutions: ResolutionsService,
    private readonly followUp: FollowUpService,
    private readonly repository: ResolutionsRepository,
    private readonly subjects: ConsultationSubjects,
  ) {}

  onModuleInit(): void {
    // The policy learns which edition and agenda item a resolution belongs to, and who champions a commitment.
    this.registry.addResourceExpander('resolutionId', async (id) => {
      const resolution = await this.resolutions.findById(id);
      return resolution ? { editionId: resolution.editionId, agendaItemId: resolution.agendaItemId } : {};
    });
    this.registry.addResourceExpander('commitmentId', async (id) => {
      const commitment = await this.followUp.commitmentById(id);
      const resolution = commitment ? await this.resolutions.findById(commitment.resolutionId) : null;
      // Only once a champion is named: expansions are remembered.
      return resolution?.championOrganizationId ? { organizationId: resolution.championOrganizationId } : {};
    });
    this.subjects.register(RESOLUTION_SUBJECT, {
      paragraphCount: async (tx: Transaction, consultation: ConsultationEntity) => {
        const version = await this.repository.versionById(tx, consultation.versionId);
        return version?.paragraphs.length ?? 0;
      },
      mayCommentFormally: async (
        tx: Transaction,
        consultation: ConsultationEntity,
        organizationId: string,
      ) => {
        const resolution = await this.repository.resolutionById(consultation.subjectId, tx);
        return (
          !!resolution && this.repository.isApprovedConstituency(tx, resolution.editionId, organizationId)
        );
      },
    });
  }
}
