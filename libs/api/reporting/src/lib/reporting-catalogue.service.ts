import { Injectable } from '@nestjs/common';
import { badUserInput, badUserInputFields, conflict, notFound, UnitOfWork } from '@canopy/api/core';
import type { Principal, Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { CYCLE_YEARS, newCycleProblem, parseCatalogue } from '@canopy/domain';
import type { Catalogue } from '@canopy/domain';
import { ReportingCatalogueEntity, ReportingCycleEntity } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';

export interface NewCycle {
  year: number;
  deadline: string;
  catalogueVersion: string;
}

/** The catalogue of operative paragraphs, loaded from data, and the reporting cycles built on it. */
@Injectable()
export class ReportingCatalogueService {
  constructor(
    private readonly repository: ReportingRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  catalogues() {
    return this.repository.allCatalogues();
  }

  cataloguesByIds(ids: readonly string[]) {
    return this.repository.cataloguesByIds(ids);
  }

  catalogueByVersion(version: string) {
    return this.repository.catalogueByVersion(version);
  }

  itemsOf(catalogueIds: readonly string[]) {
    return this.repository.itemsOf(catalogueIds);
  }

  itemsByIds(ids: readonly string[]) {
    return this.repository.itemsByIds(ids);
  }

  cycles() {
    return this.repository.allCycles();
  }

  cycleById(id: string) {
    return this.repository.cycleById(id);
  }

  cyclesByIds(ids: readonly string[]) {
    return this.repository.cyclesByIds(ids);
  }

  cycleByYear(year: number) {
    return this.repository.cycleByYear(year);
  }

  /**
   * Loads a new version of a catalogue from its data file (the official wording, a corrected summary,
   * a later resolution): checked field by field, never replacing a version already loaded.
   */
  async load(actor: Principal, file: string): Promise<ReportingCatalogueEntity> {
    const parsed = parseCatalogue(file);
    if (parsed.problems) {
      throw badUserInputFields(
        parsed.problems.map((problem) => ({ ...problem, field: `input.catalogue.${problem.field}` })),
      );
    }
    return this.uow.run(async (tx) => {
      const catalogue = await this.insert(tx, parsed.catalogue, actor.userId);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'reporting.load_catalogue',
        entityType: 'reporting_catalogue',
        entityId: catalogue.id,
        details: {
          resolution: catalogue.resolution,
          version: catalogue.version,
          items: parsed.catalogue.items.length,
        },
      });
      return catalogue;
    });
  }

  /** Writes a parsed catalogue and its paragraphs (the migration that ships the first one uses it too). */
  async insert(
    tx: Transaction,
    catalogue: Catalogue,
    loadedBy: string | null,
  ): Promise<ReportingCatalogueEntity> {
    if (await this.repository.catalogueByVersion(catalogue.version, tx)) {
      throw conflict('input.catalogue.version', `${catalogue.version} is already loaded`, {
        reason: 'CATALOGUE_VERSION_EXISTS',
        details: { version: catalogue.version },
      });
    }
    return this.repository.insertCatalogue(
      tx,
      {
        resolution: catalogue.resolution,
        version: catalogue.version,
        title: catalogue.title,
        source: catalogue.source,
        status: catalogue.status,
        languages: [...catalogue.languages],
        loadedBy,
      },
      catalogue.items.map((item, position) => ({
        position,
        code: item.code,
        addressee: item.addressee,
        summary: item.summary,
        indicators: item.indicators.map((indicator) => ({
          ...indicator,
          breakdowns: [...indicator.breakdowns],
        })),
      })),
    );
  }

  /** A biennial round of reporting on a catalogue version, with its deadline (platform admins). */
  async createCycle(actor: Principal, input: NewCycle): Promise<ReportingCycleEntity> {
    const problem = newCycleProblem(input.year, input.deadline);
    if (problem === 'year') {
      throw badUserInput('input.year', `must be a year between ${CYCLE_YEARS.first} and ${CYCLE_YEARS.last}`);
    }
    if (problem === 'deadline') throw badUserInput('input.deadline', 'must be a date (YYYY-MM-DD)');
    return this.uow.run(async (tx) => {
      const catalogue = await this.repository.catalogueByVersion(input.catalogueVersion, tx);
      if (!catalogue) throw notFound('input.catalogueVersion');
      if (await this.repository.cycleByYear(input.year, tx)) {
        throw conflict('input.year', `already has a reporting cycle`, {
          reason: 'CYCLE_EXISTS',
          details: { year: input.year },
        });
      }
      const cycle = await this.repository.insertCycle(tx, {
        year: input.year,
        deadline: input.deadline,
        catalogueId: catalogue.id,
        createdBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'reporting.create_cycle',
        entityType: 'reporting_cycle',
        entityId: cycle.id,
        details: { year: cycle.year, deadline: cycle.deadline, catalogueVersion: catalogue.version },
      });
      return cycle;
    });
  }
}
