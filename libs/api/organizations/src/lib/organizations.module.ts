import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry } from '@canopy/api/core';
import { AuditModule } from '@canopy/api/audit';
import { AccountHooks, IdentityModule } from '@canopy/api/identity';
import { JurisdictionsModule } from '@canopy/api/jurisdictions';
import { OrganizationSector } from '@canopy/domain';
import { OrganizationLoaders } from './organization.loaders';
import {
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
} from './organization.entity';
import {
  OrganizationInvitationsResolver,
  OrganizationMembershipsResolver,
  OrganizationMembersResolver,
  OrganizationsResolver,
} from './organizations.resolver';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, OrganizationMemberEntity, OrganizationInvitationEntity]),
    AuditModule,
    IdentityModule,
    JurisdictionsModule,
  ],
  providers: [
    OrganizationsRepository,
    OrganizationsService,
    OrganizationLoaders,
    OrganizationsResolver,
    OrganizationMembersResolver,
    OrganizationMembershipsResolver,
    OrganizationInvitationsResolver,
  ],
  exports: [OrganizationsService, OrganizationLoaders],
})
export class OrganizationsModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly hooks: AccountHooks,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * Memberships are facts of the policy: the role in each organization, and the jurisdictions someone
   * acts for as an official (a member of a verified government agency).
   */
  onModuleInit(): void {
    this.registry.addFactsContributor(
      async (userId, facts) => {
        const memberships = await this.organizations.membershipsOf(userId);
        facts.organizationRoles = Object.fromEntries(memberships.map((m) => [m.organizationId, m.role]));
        facts.officialJurisdictions = memberships
          .filter((m) => m.sector === OrganizationSector.GOVERNMENT && m.verified)
          .map((m) => m.jurisdictionId);
      },
      ['organizationRoles', 'officialJurisdictions'],
    );
    this.hooks.addExportSection('organizations', async (userId) => ({
      memberships: await this.organizations.membershipsOf(userId),
    }));
    this.hooks.onDelete((tx, userId) => this.organizations.removeAllMemberships(tx, userId));
  }
}
