import { Injectable } from '@nestjs/common';
import { byNameThenId, Connection, emptyConnection, keysetConnection } from '@canopy/api/core';
import { JurisdictionEntity, JurisdictionsService } from '@canopy/api/jurisdictions';
import { AssemblyEditionEntity } from './assembly-edition.entity';
import { AssemblyEntity } from './assembly.entity';
import { AssembliesRepository, AssemblyFilter } from './assemblies.repository';
import { AssembliesArgs } from './assembly.type';

@Injectable()
export class AssembliesService {
  constructor(
    private readonly repository: AssembliesRepository,
    private readonly jurisdictions: JurisdictionsService,
  ) {}

  async list(args: AssembliesArgs): Promise<Connection<AssemblyEntity>> {
    const filter: AssemblyFilter = { kind: args.kind ?? undefined };
    if (args.countryCode) {
      const country = await this.jurisdictions.findCountry(args.countryCode);
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

  findByIds(ids: readonly string[]): Promise<AssemblyEntity[]> {
    return this.repository.findByIds(ids);
  }

  editionsOf(assemblyIds: readonly string[]): Promise<AssemblyEditionEntity[]> {
    return this.repository.editionsOf(assemblyIds);
  }

  countriesWithAssemblies(): Promise<JurisdictionEntity[]> {
    return this.repository.countriesWithAssemblies();
  }
}
