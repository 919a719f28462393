import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import { JurisdictionLevel } from '@canopy/domain';
import { JurisdictionEntity } from './jurisdiction.entity';

export interface JurisdictionFilter {
  countryId?: string;
  level?: JurisdictionLevel;
  parentId?: string;
}

/** The only place jurisdictions meet SQL. Lists are ordered by (name, id), the keyset of their cursors. */
@Injectable()
export class JurisdictionsRepository {
  constructor(@InjectRepository(JurisdictionEntity) private readonly rows: Repository<JurisdictionEntity>) {}

  findByIds(ids: readonly string[]): Promise<JurisdictionEntity[]> {
    return this.rows.findBy({ id: In([...ids]) });
  }

  findCountry(iso2: string): Promise<JurisdictionEntity | null> {
    return this.rows.findOneBy({ iso2, level: JurisdictionLevel.COUNTRY });
  }

  /** Up to `limit` rows after the keyset `after` (exclusive). */
  page(
    filter: JurisdictionFilter,
    after: [string, string] | null,
    limit: number,
  ): Promise<JurisdictionEntity[]> {
    const query = this.filtered(filter).orderBy('j.name', 'ASC').addOrderBy('j.id', 'ASC').limit(limit);
    if (after) query.andWhere('(j.name, j.id) > (:name, :id)', { name: after[0], id: after[1] });
    return query.getMany();
  }

  count(filter: JurisdictionFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: JurisdictionFilter): SelectQueryBuilder<JurisdictionEntity> {
    const query = this.rows.createQueryBuilder('j');
    if (filter.countryId)
      query.andWhere('(j.country_id = :country OR j.id = :country)', { country: filter.countryId });
    if (filter.level) query.andWhere('j.level = :level', { level: filter.level });
    if (filter.parentId) query.andWhere('j.parent_id = :parent', { parent: filter.parentId });
    return query;
  }
}
