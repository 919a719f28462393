import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { AssembliesService } from './assemblies.service';
import { AssemblyRolesService } from './assembly-roles.service';
import { AssemblyEditionType, AssemblyRoleGrantType, AssemblyType } from './assembly.type';
import { CommitteeMemberType, ScreeningCriterionType } from './edition.type';
import { EditionsService } from './editions.service';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class AssemblyLoaders {
  constructor(
    private readonly assemblies: AssembliesService,
    private readonly roles: AssemblyRolesService,
    private readonly editionsService: EditionsService,
  ) {}

  editionById(registry: LoaderRegistry): DataLoader<string, AssemblyEditionType | null> {
    return registry.get('edition.byId', async (ids: readonly string[]) => {
      const rows = await this.editionsService.findByIds(ids);
      return byKeys(ids, rows.map(AssemblyEditionType.from), (row) => row.id);
    });
  }

  criteria(registry: LoaderRegistry): DataLoader<string, ScreeningCriterionType[]> {
    return registry.get('edition.criteria', async (editionIds: readonly string[]) => {
      const rows = await this.editionsService.criteriaOf(editionIds);
      return groupByKeys(editionIds, rows, (row) => row.editionId).map((group) =>
        group.map(ScreeningCriterionType.from),
      );
    });
  }

  committee(registry: LoaderRegistry): DataLoader<string, CommitteeMemberType[]> {
    return registry.get('edition.committee', async (editionIds: readonly string[]) => {
      const rows = await this.editionsService.committeeOf(editionIds);
      return groupByKeys(editionIds, rows.map(CommitteeMemberType.from), (row) => row.editionId);
    });
  }

  byId(registry: LoaderRegistry): DataLoader<string, AssemblyType | null> {
    return registry.get('assembly.byId', async (ids: readonly string[]) => {
      const rows = await this.assemblies.findByIds(ids);
      return byKeys(ids, rows.map(AssemblyType.from), (row) => row.id);
    });
  }

  /** Editions per assembly, newest first. */
  editions(registry: LoaderRegistry): DataLoader<string, AssemblyEditionType[]> {
    return registry.get('assembly.editions', async (assemblyIds: readonly string[]) => {
      const rows = await this.assemblies.editionsOf(assemblyIds);
      return groupByKeys(assemblyIds, rows.map(AssemblyEditionType.from), (row) => row.assemblyId);
    });
  }

  roleGrants(registry: LoaderRegistry): DataLoader<string, AssemblyRoleGrantType[]> {
    return registry.get('assembly.roleGrants', async (assemblyIds: readonly string[]) => {
      const rows = await this.roles.grantsOf(assemblyIds);
      return groupByKeys(assemblyIds, rows.map(AssemblyRoleGrantType.from), (row) => row.assemblyId);
    });
  }
}
