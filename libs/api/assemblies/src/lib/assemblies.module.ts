import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry } from '@canopy/api/core';
import { AuditModule } from '@canopy/api/audit';
import { AccountHooks, IdentityModule } from '@canopy/api/identity';
import { JurisdictionEntity, JurisdictionsModule } from '@canopy/api/jurisdictions';
import { OrganizationsModule } from '@canopy/api/organizations';
import { AssemblyRole } from '@canopy/domain';
import { AssembliesRepository } from './assemblies.repository';
import { AssembliesResolver, AssemblyEditionsResolver } from './assemblies.resolver';
import { AssembliesService } from './assemblies.service';
import {
  AssemblyEditionEntity,
  CommitteeMemberEntity,
  EditionCriterionEntity,
} from './assembly-edition.entity';
import { EditionsRepository } from './editions.repository';
import { CommitteeMembersResolver, EditionsResolver } from './editions.resolver';
import { EditionsService } from './editions.service';
import { AssemblyRoleGrantEntity } from './assembly-role-grant.entity';
import { AssemblyRoleGrantsResolver, AssemblyRolesResolver } from './assembly-roles.resolver';
import { AssemblyRolesService } from './assembly-roles.service';
import { AssemblyEntity } from './assembly.entity';
import { AssemblyLoaders } from './assembly.loaders';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AssemblyEntity,
      AssemblyEditionEntity,
      EditionCriterionEntity,
      CommitteeMemberEntity,
      AssemblyRoleGrantEntity,
      JurisdictionEntity,
    ]),
    OrganizationsModule,
    AuditModule,
    IdentityModule,
    JurisdictionsModule,
  ],
  providers: [
    AssembliesRepository,
    AssembliesService,
    AssemblyRolesService,
    AssemblyLoaders,
    AssembliesResolver,
    AssemblyEditionsResolver,
    AssemblyRolesResolver,
    AssemblyRoleGrantsResolver,
    EditionsRepository,
    EditionsService,
    EditionsResolver,
    CommitteeMembersResolver,
  ],
  exports: [AssembliesService, AssemblyRolesService, EditionsService, AssemblyLoaders],
})
export class AssembliesModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly hooks: AccountHooks,
    private readonly roles: AssemblyRolesService,
    private readonly editions: EditionsService,
  ) {}

  /** Appointments are facts of the policy: roles per assembly, and the countries a secretariat serves. */
  onModuleInit(): void {
    this.registry.addFactsContributor(
      async (userId, facts) => {
        const grants = await this.roles.grantsOfUser(userId);
        const byAssembly: Record<string, AssemblyRole[]> = {};
        grants.forEach((grant) => (byAssembly[grant.assemblyId] ??= []).push(grant.role));
        facts.assemblyRoles = byAssembly;
        facts.secretariatCountries = [
          ...new Set(
            grants.filter((grant) => grant.role === AssemblyRole.SECRETARIAT).map((grant) => grant.countryId),
          ),
        ];
      },
      ['assemblyRoles', 'secretariatCountries'],
    );
    this.registry.addResourceExpander('editionId', async (editionId) => {
      const edition = await this.editions.findById(editionId);
      return edition ? { assemblyId: edition.assemblyId } : {};
    });
    this.hooks.addExportSection('assemblyRoles', async (userId) => ({
      grants: await this.roles.grantsOfUser(userId),
    }));
    this.hooks.onDelete((tx, userId) => this.roles.deleteGrantsOfUser(tx, userId));
  }
}
