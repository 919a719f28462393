import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry } from '@canopy/api/core';
import { AuditModule } from '@canopy/api/audit';
import { IdentityModule } from '@canopy/api/identity';
import { OrganizationsModule } from '@canopy/api/organizations';
import {
  CommentAppealEntity,
  CommentEntity,
  CommentFlagEntity,
  CommentRevisionEntity,
  ConsultationEntity,
  TallySlotEntity,
  VoteEntity,
  VoteEventEntity,
} from './consultation.entities';
import { ConsultationLoaders } from './consultation.loaders';
import { ConsultationRepository } from './consultation.repository';
import { CommentsResolver, ConsultationResolver } from './consultation.resolver';
import { ConsultationService } from './consultation.service';
import { CommentModerationService } from './comment-moderation.service';
import { ConsultationEvents } from './consultation.events';
import { ConsultationLiveResolver } from './consultation-live.resolver';
import { ConsultationSubjects } from './consultation-subjects';

export const CONSULTATION_ENTITIES = [
  ConsultationEntity,
  VoteEntity,
  VoteEventEntity,
  TallySlotEntity,
  CommentEntity,
  CommentRevisionEntity,
  CommentFlagEntity,
  CommentAppealEntity,
];

/** Public consultation, shared by every feature that consults on a text (resolutions, charters). */
@Module({
  imports: [
    TypeOrmModule.forFeature(CONSULTATION_ENTITIES),
    AuditModule,
    IdentityModule,
    OrganizationsModule,
  ],
  providers: [
    ConsultationRepository,
    ConsultationService,
    CommentModerationService,
    ConsultationEvents,
    ConsultationLiveResolver,
    ConsultationSubjects,
    ConsultationLoaders,
    ConsultationResolver,
    CommentsResolver,
  ],
  exports: [ConsultationService, ConsultationSubjects, ConsultationLoaders],
})
export class ConsultationModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly consultations: ConsultationService,
    private readonly subjects: ConsultationSubjects,
  ) {}

  /**
   * The policy learns which assembly a consultation belongs to (or, for one outside any assembly, what
   * its subject says looks after it), and who wrote a comment.
   */
  onModuleInit(): void {
    this.registry.addResourceExpander('consultationId', async (id) => {
      const consultation = await this.consultations.findById(id);
      if (!consultation) return {};
      if (consultation.assemblyId) return { assemblyId: consultation.assemblyId };
      return this.subjects.of(consultation.subjectType).scope?.(consultation) ?? {};
    });
    this.registry.addResourceExpander('commentId', async (id) => {
      const comment = await this.consultations.commentById(id);
      return comment ? { consultationId: comment.consultationId, userId: comment.authorId } : {};
    });
  }
}
