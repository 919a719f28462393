import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry } from '@canopy/api/core';
import type { Transaction } from '@canopy/api/core';
import { AuditModule } from '@canopy/api/audit';
import { ConsultationEntity, ConsultationModule, ConsultationSubjects } from '@canopy/api/consultation';
import { IdentityModule } from '@canopy/api/identity';
import { JurisdictionsModule } from '@canopy/api/jurisdictions';
import { OrganizationsModule } from '@canopy/api/organizations';
import { CharterLifecycleService } from './charter-lifecycle.service';
import { CharterParticipationService } from './charter-participation.service';
import { CHARTER_SUBJECT, CharterSteps } from './charter-steps';
import {
  CharterClauseEntity,
  CharterCommitteeMemberEntity,
  CharterEditionEntity,
  CharterEntity,
  CharterSectionEntity,
  CharterSignatureEntity,
  IndicatorReadingEntity,
  StatuteChapterEntity,
} from './charter.entities';
import { CharterLoaders } from './charter.loaders';
import { ChartersRepository } from './charters.repository';
import {
  CharterClausesResolver,
  CharterSectionsResolver,
  ResponsibleActorsResolver,
} from './charter-clauses.resolver';
import { CharterEditionsResolver } from './charter-editions.resolver';
import { CharterCommitteeResolver, ChartersResolver } from './charters.resolver';
import { ChartersService } from './charters.service';

export const CHARTER_ENTITIES = [
  CharterEntity,
  CharterCommitteeMemberEntity,
  CharterEditionEntity,
  CharterSectionEntity,
  CharterClauseEntity,
  IndicatorReadingEntity,
  CharterSignatureEntity,
  StatuteChapterEntity,
];

/** Community health charters; their public hearings run on the shared consultation machinery. */
@Module({
  imports: [
    TypeOrmModule.forFeature(CHARTER_ENTITIES),
    AuditModule,
    ConsultationModule,
    IdentityModule,
    JurisdictionsModule,
    OrganizationsModule,
  ],
  providers: [
    ChartersRepository,
    CharterSteps,
    ChartersService,
    CharterLifecycleService,
    CharterParticipationService,
    CharterLoaders,
    ChartersResolver,
    CharterCommitteeResolver,
    CharterEditionsResolver,
    CharterSectionsResolver,
    CharterClausesResolver,
    ResponsibleActorsResolver,
  ],
  exports: [ChartersService],
})
export class ChartersModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly charters: ChartersService,
    private readonly repository: ChartersRepository,
    private readonly subjects: ConsultationSubjects,
  ) {}

  onModuleInit(): void {
    // The policy learns which charter an edition or a clause belongs to, and who sits on committees.
    this.registry.addResourceExpander('charterEditionId', async (id) => {
      const edition = await this.charters.editionById(id);
      return edition ? { charterId: edition.charterId } : {};
    });
    this.registry.addResourceExpander('charterClauseId', async (id) => {
      const clause = await this.charters.clauseById(id);
      return clause ? { charterEditionId: clause.editionId } : {};
    });
    this.registry.addFactsContributor(
      async (userId, facts) => {
        facts.charterCommittees = await this.charters.committeeChartersOf(userId);
      },
      ['charterCommittees'],
    );
    // A hearing's paragraphs are the edition's clauses; its committee moderates; residents vote.
    this.subjects.register(CHARTER_SUBJECT, {
      paragraphCount: (tx: Transaction, consultation: ConsultationEntity) =>
        this.repository.clauseCount(tx, consultation.subjectId),
      mayCommentFormally: async (
        tx: Transaction,
        consultation: ConsultationEntity,
        organizationId: string,
      ) => {
        const edition = await this.repository.editionById(consultation.subjectId, tx);
        const charter = edition ? await this.repository.charterById(edition.charterId, tx) : null;
        const [organization] = await this.repository.organizationFacts(tx, [organizationId]);
        if (!charter || !organization?.verified) return false;
        return (
          (await this.repository.isWithin(tx, charter.jurisdictionId, organization.jurisdictionId)) ||
          (await this.repository.isWithin(tx, organization.jurisdictionId, charter.jurisdictionId))
        );
      },
      scope: (consultation: ConsultationEntity) => ({ charterEditionId: consultation.subjectId }),
      voteProblem: async (
        tx: Transaction,
        consultation: Pick<ConsultationEntity, 'subjectId'>,
        userId: string,
      ) => {
        const edition = await this.repository.editionById(consultation.subjectId, tx);
        const charter = edition ? await this.repository.charterById(edition.charterId, tx) : null;
        const residence = await this.repository.residenceOf(tx, userId);
        if (charter && residence && (await this.repository.isWithin(tx, residence, charter.jurisdictionId))) {
          return null;
        }
        return { reason: 'NOT_A_RESIDENT', message: 'is a hearing for residents of the place' };
      },
    });
  }
}
