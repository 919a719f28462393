import { Injectable } from '@nestjs/common';
import { byNameThenId, Connection, emptyConnection, keysetConnection } from '@canopy/api/core';
import { JurisdictionEntity } from './jurisdiction.entity';
import { JurisdictionsArgs } from './jurisdiction.type';
import { JurisdictionFilter, JurisdictionsRepository } from './jurisdictions.repository';

@Injectable()
export class JurisdictionsService {
  constructor(private readonly repository: JurisdictionsRepository) {}

  async list(args: JurisdictionsArgs): Promise<Connection<JurisdictionEntity>> {
    const filter: JurisdictionFilter = {
      level: args.level ?? undefined,
      parentId: args.parentId ?? undefined,
    };
    if (args.countryCode) {
      const country = await this.repository.findCountry(args.countryCode);
      if (!country) return emptyConnection();
      filter.countryId = country.id;
    }
    return keysetConnection(
      args,
      {
        page: (after, limit) => this.repository.page(filter, after as [string, string] | null, limit),
        count: () => this.repository.count(filter),
      },
      byNameThenId,
    );
  }

  async findById(id: string): Promise<JurisdictionEntity | null> {
    const [found] = await this.repository.findByIds([id]);
    return found ?? null;
  }

  findByIds(ids: readonly string[]): Promise<JurisdictionEntity[]> {
    return this.repository.findByIds(ids);
  }

  findCountry(iso2: string): Promise<JurisdictionEntity | null> {
    return this.repository.findCountry(iso2);
  }
}
