import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { rootLogger } from '@canopy/api/core';
import { ConstituencyEntity, CosponsorEntity, ProposalEntity } from '@canopy/api/agenda';
import {
  AssemblyEditionEntity,
  AssemblyEntity,
  CommitteeMemberEntity,
  EditionCriterionEntity,
} from '@canopy/api/assemblies';
import { UserEntity } from '@canopy/api/identity';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { OrganizationEntity } from '@canopy/api/organizations';
import {
  AssemblyKind,
  ConstituencyBasis,
  ConstituencyState,
  CosponsorState,
  DEFAULT_SCREENING_CRITERIA,
  JurisdictionLevel,
  OrganizationSector,
  ProposalState,
} from '@canopy/domain';
import demo from './demo.json' with { type: 'json' };
import { DemoCharters, loadDemoCharters } from './demo-charters';
import { DemoResolutions, loadDemoResolutions } from './demo-resolutions';
import { DemoReporting, loadDemoReporting } from './demo-reporting';
import demoReporting from './demo-reporting.json' with { type: 'json' };

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
  /** One edition in its proposal window: organizations, committee, constituencies and proposals. */
  cycle: {
    assembly: string;
    edition: { number: number; title: string; proposalWindowDays: number };
    organizations: { key: string; name: string; sector: string; description: string }[];
    committee: { name: string; sector: string; role: string }[];
    constituencies: { organization: string; basis: string; focus: string }[];
    proposals: {
      organization: string;
      title: string;
      problem: string;
      proposedAction: string;
      expectedEffect: string;
      affectedGroups: string[];
      cosponsors: string[];
    }[];
  };
  /** Resolutions of the national assembly: decided ones on a past edition, one in consultation now. */
  resolutions: DemoResolutions;
  charters: DemoCharters;
}

const DAY = 86_400_000;

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
    const assemblies = new Map<string, string>();
    const pastEditions = new Map<number, string>();
    for (const item of data.assemblies) {
      const assembly = await manager.save(
        manager.create(AssemblyEntity, {
          name: item.name,
          kind: item.kind as AssemblyKind,
          description: item.description,
          jurisdictionId: item.jurisdiction ? ids.get(item.jurisdiction) : country.id,
        }),
      );
      assemblies.set(item.key, assembly.id);
      const editions = await manager.save(
        item.editions.map((edition) =>
          manager.create(AssemblyEditionEntity, { ...edition, assemblyId: assembly.id }),
        ),
      );
      if (item.key === data.resolutions.assembly) {
        for (const edition of editions) pastEditions.set(edition.number, edition.id);
      }
      await manager.insert(
        EditionCriterionEntity,
        editions.flatMap((edition) =>
          DEFAULT_SCREENING_CRITERIA.map((criterion, position) => ({
            ...criterion,
            position,
            editionId: edition.id,
          })),
        ),
      );
    }
    const assemblyId = assemblies.get(data.cycle.assembly) as string;
    const cycle = await this.loadCycle(manager, data.cycle, assemblyId, country.id);
    await loadDemoResolutions(manager, data.resolutions, {
      countryId: country.id,
      assemblyId: assemblies.get(data.resolutions.assembly) as string,
      editions: pastEditions,
      openEditionId: cycle.editionId,
      organizations: cycle.organizations,
    });
    const admin = await manager.findOneBy(UserEntity, { platformAdmin: true });
    await loadDemoCharters(manager, data.charters, {
      countryId: country.id,
      ids,
      verifiedBy: admin?.id ?? null,
    });
    // JSON widens enums to strings and empty breakdowns to `{}` types: the file is checked by loading it.
    await loadDemoReporting(manager, demoReporting as unknown as DemoReporting, {
      verifiedBy: admin?.id ?? null,
    });
  }

  /** An edition open for proposals now, so a first start shows the assembly cycle at work. */
  private async loadCycle(
    manager: EntityManager,
    cycle: DemoData['cycle'],
    assemblyId: string,
    countryId: string,
  ): Promise<{ editionId: string; organizations: Map<string, string> }> {
    const now = Date.now();
    const edition = await manager.save(
      manager.create(AssemblyEditionEntity, {
        assemblyId,
        number: cycle.edition.number,
        title: cycle.edition.title,
        startsOn: null,
        endsOn: null,
        // Open for four weeks already: long enough for one proposal to reach a resolution in consultation.
        proposalsOpenAt: new Date(now - 28 * DAY),
        proposalsCloseAt: new Date(now + cycle.edition.proposalWindowDays * DAY),
      }),
    );
    await manager.insert(
      EditionCriterionEntity,
      DEFAULT_SCREENING_CRITERIA.map((criterion, position) => ({
        ...criterion,
        position,
        editionId: edition.id,
      })),
    );
    const organizations = new Map<string, string>();
    for (const item of cycle.organizations) {
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: item.name,
          sector: item.sector as OrganizationSector,
          description: item.description,
          // Left for a platform admin to verify: verification names the admin who did it.
          jurisdictionId: countryId,
        }),
      );
      organizations.set(item.key, organization.id);
    }
    await manager.insert(
      CommitteeMemberEntity,
      cycle.committee.map((member) => ({
        ...member,
        sector: member.sector as OrganizationSector,
        editionId: edition.id,
      })),
    );
    await manager.insert(
      ConstituencyEntity,
      cycle.constituencies.map((constituency) => ({
        editionId: edition.id,
        organizationId: organizations.get(constituency.organization),
        basis: constituency.basis as ConstituencyBasis,
        focus: constituency.focus,
        state: ConstituencyState.APPROVED,
        decidedAt: new Date(now),
      })),
    );
    for (const [index, item] of cycle.proposals.entries()) {
      const proposal = await manager.save(
        manager.create(ProposalEntity, {
          editionId: edition.id,
          organizationId: organizations.get(item.organization),
          state: ProposalState.SUBMITTED,
          number: index + 1,
          title: item.title,
          problem: item.problem,
          proposedAction: item.proposedAction,
          expectedEffect: item.expectedEffect,
          affectedGroups: item.affectedGroups,
          evidenceLinks: [],
          jurisdictionId: countryId,
          submittedAt: new Date(now),
        }),
      );
      if (item.cosponsors.length) {
        await manager.insert(
          CosponsorEntity,
          item.cosponsors.map((key) => ({
            proposalId: proposal.id,
            organizationId: organizations.get(key),
            state: CosponsorState.CONFIRMED,
            respondedAt: new Date(now),
          })),
        );
      }
    }
    return { editionId: edition.id, organizations };
  }
}
