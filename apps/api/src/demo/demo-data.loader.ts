import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { rootLogger } from '@canopy/api/core';
import { AssemblyEditionEntity, AssemblyEntity } from '@canopy/api/assemblies';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { AssemblyKind, JurisdictionLevel } from '@canopy/domain';
import demo from './demo.json' with { type: 'json' };

interface DemoData {
  country: string;
  jurisdictions: { key: string; name: string; level: string; parent: string | null }[];
  assemblies: {
    key: string;
    name: string;
    kind: string;
    jurisdiction: string | null;
    description: string;
    editions: { number: number; title: string; startsOn: string | null; endsOn: string | null }[];
  }[];
}

/**
 * A small, real-looking demo (Thailand's national, provincial and youth health assemblies) for a first
 * start. It loads only into a database that has no assembly yet, in one transaction.
 */
@Injectable()
export class DemoDataLoader {
  constructor(private readonly dataSource: DataSource) {}

  async loadIfEmpty(data: DemoData = demo): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(AssemblyEntity)) > 0) return false;
      await this.load(manager, data);
      rootLogger.info({ assemblies: data.assemblies.length }, 'demo data loaded');
      return true;
    });
  }

  private async load(manager: EntityManager, data: DemoData): Promise<void> {
    const country = await manager.findOneByOrFail(JurisdictionEntity, { iso2: data.country });
    const ids = new Map<string, string>();
    for (const place of data.jurisdictions) {
      const saved = await manager.save(
        manager.create(JurisdictionEntity, {
          name: place.name,
          level: place.level as JurisdictionLevel,
          parentId: place.parent ? ids.get(place.parent) : country.id,
          countryId: country.id,
        }),
      );
      ids.set(place.key, saved.id);
    }
    for (const item of data.assemblies) {
      const assembly = await manager.save(
        manager.create(AssemblyEntity, {
          name: item.name,
          kind: item.kind as AssemblyKind,
          description: item.description,
          jurisdictionId: item.jurisdiction ? ids.get(item.jurisdiction) : country.id,
        }),
      );
      await manager.insert(
        AssemblyEditionEntity,
        item.editions.map((edition) => ({ ...edition, assemblyId: assembly.id })),
      );
    }
  }
}
