import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry } from '@canopy/api/core';
import { AccountsService } from './accounts.service';
import { DemographicsEntity } from './demographics.entity';
import { UserType } from './user.type';

@Injectable()
export class UserLoaders {
  constructor(private readonly accounts: AccountsService) {}

  byId(registry: LoaderRegistry): DataLoader<string, UserType | null> {
    return registry.get('user.byId', async (ids: readonly string[]) => {
      const rows = await this.accounts.findByIds(ids);
      return byKeys(ids, rows.map(UserType.from), (row) => row.id);
    });
  }

  demographics(registry: LoaderRegistry): DataLoader<string, DemographicsEntity | null> {
    return registry.get('user.demographics', async (ids: readonly string[]) =>
      byKeys(ids, await this.accounts.demographicsOf(ids), (row) => row.userId),
    );
  }
}
