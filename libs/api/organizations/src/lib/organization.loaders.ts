import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry } from '@canopy/api/core';
import { OrganizationType } from './organization.type';
import { OrganizationsService } from './organizations.service';

@Injectable()
export class OrganizationLoaders {
  constructor(private readonly organizations: OrganizationsService) {}

  byId(registry: LoaderRegistry): DataLoader<string, OrganizationType | null> {
    return registry.get('organization.byId', async (ids: readonly string[]) => {
      const rows = await this.organizations.findByIds(ids);
      return byKeys(ids, rows.map(OrganizationType.from), (row) => row.id);
    });
  }

  memberCount(registry: LoaderRegistry): DataLoader<string, number> {
    return registry.get('organization.memberCount', async (ids: readonly string[]) => {
      const counts = await this.organizations.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }
}
