import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry } from '@canopy/api/core';
import { JurisdictionType } from './jurisdiction.type';
import { JurisdictionsService } from './jurisdictions.service';

/** Batches every jurisdiction a GraphQL page refers to into one query. */
@Injectable()
export class JurisdictionLoaders {
  constructor(private readonly jurisdictions: JurisdictionsService) {}

  byId(registry: LoaderRegistry): DataLoader<string, JurisdictionType | null> {
    return registry.get('jurisdiction.byId', async (ids: readonly string[]) => {
      const rows = await this.jurisdictions.findByIds(ids);
      return byKeys(ids, rows.map(JurisdictionType.from), (row) => row.id);
    });
  }
}
