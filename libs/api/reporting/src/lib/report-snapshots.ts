import { Injectable } from '@nestjs/common';
import type { Transaction } from '@canopy/api/core';
import { memberStateItems } from '@canopy/domain';
import type { PublishedReport } from '@canopy/domain';
import { CountryReportEntity, ValidationKind } from './reporting.entities';
import { ReportingRepository } from './reporting.repository';

/**
 * Freezes a report as published: the government's assessments in catalogue order, its mechanisms, and
 * civil society's sign-offs and shadow assessments of this round, with the names as they stand today.
 */
@Injectable()
export class ReportSnapshots {
  constructor(private readonly repository: ReportingRepository) {}

  async build(
    tx: Transaction,
    report: CountryReportEntity,
    version: number,
    changeNote: string | null,
  ): Promise<PublishedReport> {
    const cycle = await this.repository.cycleById(report.cycleId, tx);
    if (!cycle) throw new Error(`Report ${report.id} has no cycle`);
    const [catalogue] = await this.repository.cataloguesByIds([cycle.catalogueId], tx);
    const items = memberStateItems(await this.repository.itemsOf([cycle.catalogueId], tx));
    const codes = new Map(items.map((item) => [item.id, item.code]));
    const [country] = await this.repository.countryFacts([report.countryId], tx);
    const assessments = await this.repository.assessmentsOf([report.id], tx);
    const byItem = new Map(assessments.map((assessment) => [assessment.itemId, assessment]));
    const validations = (await this.repository.validationsOf([report.id], tx)).filter(
      (validation) => validation.round === version && codes.has(validation.itemId),
    );
    const names = await this.repository.organizationNames(
      [...new Set(validations.map((validation) => validation.organizationId))],
      tx,
    );
    const organization = (id: string) => ({ id, name: names.get(id) ?? '' });
    return {
      cycle: cycle.year,
      catalogueVersion: catalogue?.version ?? '',
      country: { iso2: country.iso2, iso3: country.iso3, name: country.name, whoRegion: country.whoRegion },
      version,
      publishedAt: new Date().toISOString(),
      changeNote,
      assessments: items
        .filter((item) => byItem.has(item.id))
        .map((item) => {
          const assessment = byItem.get(item.id)!;
          return {
            itemCode: item.code,
            status: assessment.status,
            narrative: assessment.narrative,
            evidence: assessment.evidence,
            indicatorValues: assessment.indicatorValues,
          };
        }),
      mechanisms: report.mechanisms,
      signOffs: validations
        .filter((validation) => validation.kind === ValidationKind.SIGN_OFF)
        .map((validation) => ({
          itemCode: codes.get(validation.itemId) as string,
          organization: organization(validation.organizationId),
          at: validation.filedAt.toISOString(),
        })),
      shadows: validations
        .filter((validation) => validation.kind === ValidationKind.SHADOW && validation.status)
        .map((validation) => ({
          itemCode: codes.get(validation.itemId) as string,
          organization: organization(validation.organizationId),
          status: validation.status!,
          narrative: validation.narrative,
          evidence: validation.evidence,
        })),
    };
  }
}
