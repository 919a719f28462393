import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderRegistry } from '@canopy/api/core';
import { AssembliesService } from './assemblies.service';
import { AssemblyRolesService } from './assembly-roles.service';
import { AssemblyEditionType, AssemblyRoleGrantType, AssemblyType } from './assembly.type';

/** One query per relation per GraphQL page, whatever the page size. */
@Injectable()
export class AssemblyLoaders {
  constructor(
    private readonly assemblies: AssembliesService,
    private readonly roles: AssemblyRolesService,
  ) {}

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
