import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { Transaction } from '@canopy/api/core';
import { AssessmentStatus, OrganizationSector } from '@canopy/domain';
import type { CountryItemStatus } from '@canopy/domain';
import {
  CatalogueItemEntity,
  CountryReportEntity,
  EvidenceFileEntity,
  ParagraphAssessmentEntity,
  ReportingCatalogueEntity,
  ReportingCycleEntity,
  ReportVersionEntity,
  ValidationResponseEntity,
} from './reporting.entities';

export interface CountryFacts {
  id: string;
  name: string;
  iso2: string;
  iso3: string;
  whoRegion: string | null;
}

export interface OrganizationFacts {
  id: string;
  name: string;
  sector: OrganizationSector;
  verified: boolean;
  /** The country the organization works in (its jurisdiction, or the country that lies in). */
  countryId: string;
}

/** The only place progress reports, their catalogue, cycles, versions and evidence files meet SQL. */
@Injectable()
export class ReportingRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ReportingCatalogueEntity)
    private readonly catalogues: Repository<ReportingCatalogueEntity>,
    @InjectRepository(CatalogueItemEntity) private readonly items: Repository<CatalogueItemEntity>,
    @InjectRepository(ReportingCycleEntity) private readonly cycles: Repository<ReportingCycleEntity>,
    @InjectRepository(CountryReportEntity) private readonly reports: Repository<CountryReportEntity>,
    @InjectRepository(ParagraphAssessmentEntity)
    private readonly assessments: Repository<ParagraphAssessmentEntity>,
    @InjectRepository(ValidationResponseEntity)
    private readonly validations: Repository<ValidationResponseEntity>,
    @InjectRepository(ReportVersionEntity) private readonly versions: Repository<ReportVersionEntity>,
    @InjectRepository(EvidenceFileEntity) private readonly files: Repository<EvidenceFileEntity>,
  ) {}

  // The catalogue

  catalogueByVersion(version: string, tx?: Transaction): Promise<ReportingCatalogueEntity | null> {
    return (tx?.getRepository(ReportingCatalogueEntity) ?? this.catalogues).findOneBy({ version });
  }

  cataloguesByIds(ids: readonly string[], tx?: Transaction): Promise<ReportingCatalogueEntity[]> {
    return (tx?.getRepository(ReportingCatalogueEntity) ?? this.catalogues).findBy({ id: In([...ids]) });
  }

  allCatalogues(): Promise<ReportingCatalogueEntity[]> {
    return this.catalogues.find({ order: { loadedAt: 'DESC', id: 'ASC' } });
  }

  async insertCatalogue(
    tx: Transaction,
    row: Partial<ReportingCatalogueEntity>,
    items: Partial<CatalogueItemEntity>[],
  ): Promise<ReportingCatalogueEntity> {
    const repository = tx.getRepository(ReportingCatalogueEntity);
    const catalogue = await repository.save(repository.create(row));
    await tx
      .getRepository(CatalogueItemEntity)
      .insert(items.map((item) => ({ ...item, catalogueId: catalogue.id })));
    return catalogue;
  }

  /** Every paragraph of the catalogues, in catalogue order. */
  itemsOf(catalogueIds: readonly string[], tx?: Transaction): Promise<CatalogueItemEntity[]> {
    return (tx?.getRepository(CatalogueItemEntity) ?? this.items).find({
      where: { catalogueId: In([...catalogueIds]) },
      order: { position: 'ASC' },
    });
  }

  itemsByIds(ids: readonly string[]): Promise<CatalogueItemEntity[]> {
    return this.items.findBy({ id: In([...ids]) });
  }

  // Cycles

  allCycles(): Promise<ReportingCycleEntity[]> {
    return this.cycles.find({ order: { year: 'DESC' } });
  }

  cycleById(id: string, tx?: Transaction): Promise<ReportingCycleEntity | null> {
    return (tx?.getRepository(ReportingCycleEntity) ?? this.cycles).findOneBy({ id });
  }

  cyclesByIds(ids: readonly string[]): Promise<ReportingCycleEntity[]> {
    return this.cycles.findBy({ id: In([...ids]) });
  }

  cycleByYear(year: number, tx?: Transaction): Promise<ReportingCycleEntity | null> {
    return (tx?.getRepository(ReportingCycleEntity) ?? this.cycles).findOneBy({ year });
  }

  insertCycle(tx: Transaction, row: Partial<ReportingCycleEntity>): Promise<ReportingCycleEntity> {
    const repository = tx.getRepository(ReportingCycleEntity);
    return repository.save(repository.create(row));
  }

  // Reports

  reportById(id: string, tx?: Transaction): Promise<CountryReportEntity | null> {
    return (tx?.getRepository(CountryReportEntity) ?? this.reports).findOneBy({ id });
  }

  reportsByIds(ids: readonly string[]): Promise<CountryReportEntity[]> {
    return this.reports.findBy({ id: In([...ids]) });
  }

  reportIn(cycleId: string, countryId: string, tx?: Transaction): Promise<CountryReportEntity | null> {
    return (tx?.getRepository(CountryReportEntity) ?? this.reports).findOneBy({ cycleId, countryId });
  }

  /** Every report of the countries, for loaders: keyed by `${cycleId}:${countryId}` by the caller. */
  reportsOfCountries(countryIds: readonly string[]): Promise<CountryReportEntity[]> {
    return this.reports.findBy({ countryId: In([...countryIds]) });
  }

  lockReport(tx: Transaction, id: string): Promise<CountryReportEntity | null> {
    return tx
      .getRepository(CountryReportEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  insertReport(tx: Transaction, row: Partial<CountryReportEntity>): Promise<CountryReportEntity> {
    const repository = tx.getRepository(CountryReportEntity);
    return repository.save(repository.create(row));
  }

  async updateReport(
    tx: Transaction,
    id: string,
    changes: Partial<CountryReportEntity>,
  ): Promise<CountryReportEntity> {
    await tx.getRepository(CountryReportEntity).update({ id }, changes);
    return (await this.reportById(id, tx)) as CountryReportEntity;
  }

  /** Up to `limit` reports of a cycle after the keyset (country name, id), in country name order. */
  async reportsPage(
    cycleId: string,
    publishedOnly: boolean,
    after: [string, string] | null,
    limit: number,
  ): Promise<CountryReportEntity[]> {
    const params: unknown[] = [cycleId];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = 'AND (j.name, r.id) > ($2, $3)';
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM country_reports r JOIN jurisdictions j ON j.id = r.country_id
        WHERE r.cycle_id = $1 ${publishedOnly ? 'AND r.published_version > 0' : ''} ${keyset}
        ORDER BY j.name, r.id LIMIT ${Math.trunc(limit)}`,
      params,
    );
    const found = new Map((await this.reportsByIds(rows.map((row) => row.id))).map((row) => [row.id, row]));
    return rows.map((row) => found.get(row.id)).filter((row): row is CountryReportEntity => !!row);
  }

  async countryNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM jurisdictions WHERE id = ANY($1)`,
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async reportsCount(cycleId: string, publishedOnly: boolean): Promise<number> {
    const [row]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM country_reports WHERE cycle_id = $1 ${publishedOnly ? 'AND published_version > 0' : ''}`,
      [cycleId],
    );
    return Number(row.n);
  }

  // Assessments and validation

  assessmentsOf(reportIds: readonly string[], tx?: Transaction): Promise<ParagraphAssessmentEntity[]> {
    return (tx?.getRepository(ParagraphAssessmentEntity) ?? this.assessments).find({
      where: { reportId: In([...reportIds]) },
    });
  }

  async saveAssessment(
    tx: Transaction,
    row: Omit<ParagraphAssessmentEntity, 'id' | 'updatedAt' | 'report' | 'item'>,
  ): Promise<ParagraphAssessmentEntity> {
    const repository = tx.getRepository(ParagraphAssessmentEntity);
    await repository.upsert(row, { conflictPaths: ['reportId', 'itemId'] });
    return (await repository.findOneBy({
      reportId: row.reportId,
      itemId: row.itemId,
    })) as ParagraphAssessmentEntity;
  }

  validationsOf(reportIds: readonly string[], tx?: Transaction): Promise<ValidationResponseEntity[]> {
    return (tx?.getRepository(ValidationResponseEntity) ?? this.validations).find({
      where: { reportId: In([...reportIds]) },
      order: { filedAt: 'ASC', id: 'ASC' },
    });
  }

  async saveValidation(
    tx: Transaction,
    row: Omit<ValidationResponseEntity, 'id' | 'filedAt' | 'report' | 'item' | 'organization'>,
  ): Promise<ValidationResponseEntity> {
    const repository = tx.getRepository(ValidationResponseEntity);
    await repository.upsert(row, { conflictPaths: ['reportId', 'round', 'itemId', 'organizationId'] });
    return (await repository.findOneBy({
      reportId: row.reportId,
      round: row.round,
      itemId: row.itemId,
      organizationId: row.organizationId,
    })) as ValidationResponseEntity;
  }

  // Published versions

  insertVersion(tx: Transaction, row: Partial<ReportVersionEntity>): Promise<ReportVersionEntity> {
    const repository = tx.getRepository(ReportVersionEntity);
    return repository.save(repository.create(row));
  }

  versionsOf(reportIds: readonly string[]): Promise<ReportVersionEntity[]> {
    return this.versions.find({ where: { reportId: In([...reportIds]) }, order: { number: 'ASC' } });
  }

  /** The latest published version of every report of a cycle, in country name order. */
  latestVersionsOfCycle(cycleId: string): Promise<ReportVersionEntity[]> {
    return this.versions
      .createQueryBuilder('v')
      .innerJoin(CountryReportEntity, 'r', 'r.id = v.report_id AND v.number = r.published_version')
      .innerJoin('jurisdictions', 'j', 'j.id = r.country_id')
      .where('r.cycle_id = :cycleId', { cycleId })
      .orderBy('j.name', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** The latest published version of a country's report in every cycle. */
  latestVersionsOfCountry(countryId: string): Promise<ReportVersionEntity[]> {
    return this.versions
      .createQueryBuilder('v')
      .innerJoin(CountryReportEntity, 'r', 'r.id = v.report_id AND v.number = r.published_version')
      .where('r.country_id = :countryId', { countryId })
      .getMany();
  }

  /** Each country's latest published status of each paragraph in a cycle, read inside the frozen versions. */
  async cycleStatuses(cycleId: string): Promise<CountryItemStatus[]> {
    const rows: { countryId: string; region: string | null; itemCode: string; status: AssessmentStatus }[] =
      await this.dataSource.query(
        `SELECT r.country_id AS "countryId", j.who_region AS region,
                a->>'itemCode' AS "itemCode", a->>'status' AS status
           FROM country_reports r
           JOIN report_versions v ON v.report_id = r.id AND v.number = r.published_version
           JOIN jurisdictions j ON j.id = r.country_id
           CROSS JOIN LATERAL jsonb_array_elements(v.content->'assessments') a
          WHERE r.cycle_id = $1`,
        [cycleId],
      );
    return rows;
  }

  // Evidence files

  insertFile(tx: Transaction, row: Partial<EvidenceFileEntity>): Promise<EvidenceFileEntity> {
    const repository = tx.getRepository(EvidenceFileEntity);
    return repository.save(repository.create(row));
  }

  fileById(id: string): Promise<EvidenceFileEntity | null> {
    return this.files.findOneBy({ id });
  }

  filesByIds(ids: readonly string[], tx?: Transaction): Promise<EvidenceFileEntity[]> {
    return (tx?.getRepository(EvidenceFileEntity) ?? this.files).findBy({ id: In([...ids]) });
  }

  // What other features own, read as plain facts

  async countryFacts(countryIds: readonly string[], tx?: Transaction): Promise<CountryFacts[]> {
    return (tx ?? this.dataSource).query(
      `SELECT id, name, iso2, iso3, who_region AS "whoRegion" FROM jurisdictions
        WHERE id = ANY($1) AND level = 'COUNTRY'`,
      [[...countryIds]],
    );
  }

  async countryByIso3(iso3: string): Promise<CountryFacts | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, name, iso2, iso3, who_region AS "whoRegion" FROM jurisdictions
        WHERE iso3 = $1 AND level = 'COUNTRY'`,
      [iso3],
    );
    return row ?? null;
  }

  async organizationFacts(tx: Transaction, ids: readonly string[]): Promise<OrganizationFacts[]> {
    return tx.query(
      `SELECT o.id, o.name, o.sector, o.verified_at IS NOT NULL AS verified,
              COALESCE(j.country_id, j.id) AS "countryId"
         FROM organizations o JOIN jurisdictions j ON j.id = o.jurisdiction_id
        WHERE o.id = ANY($1)`,
      [[...ids]],
    );
  }

  async organizationNames(ids: readonly string[], tx?: Transaction): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await (tx ?? this.dataSource).query(
      `SELECT id, name FROM organizations WHERE id = ANY($1)`,
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * The verified civil society and academic organizations a person belongs to, with the country each
   * works in: through them the person may validate that country's reports.
   */
  async validatorOrganizationsOf(userId: string): Promise<{ organizationId: string; countryId: string }[]> {
    return this.dataSource.query(
      `SELECT o.id AS "organizationId", COALESCE(j.country_id, j.id) AS "countryId"
         FROM organization_members m
         JOIN organizations o ON o.id = m.organization_id
         JOIN jurisdictions j ON j.id = o.jurisdiction_id
        WHERE m.user_id = $1 AND o.verified_at IS NOT NULL
          AND o.sector IN ('CIVIL_SOCIETY', 'ACADEMIC_PROFESSIONAL')`,
      [userId],
    );
  }

  async existingAssemblies(tx: Transaction, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await tx.query(`SELECT id FROM assemblies WHERE id = ANY($1)`, [[...ids]]);
    return rows.map((row) => row.id);
  }

  async assemblyNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM assemblies WHERE id = ANY($1)`,
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
