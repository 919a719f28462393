import { EntityManager } from 'typeorm';
import { UserEntity } from '@canopy/api/identity';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { OrganizationEntity, OrganizationMemberEntity } from '@canopy/api/organizations';
import {
  CatalogueItemEntity,
  CountryReportEntity,
  ParagraphAssessmentEntity,
  ReportingCatalogueEntity,
  ReportingCycleEntity,
  ReportVersionEntity,
  ValidationKind,
  ValidationResponseEntity,
} from '@canopy/api/reporting';
import {
  AssessmentStatus,
  EvidenceKind,
  JurisdictionLevel,
  memberStateItems,
  OrganizationRole,
  OrganizationSector,
  ReportState,
} from '@canopy/domain';
import type { Evidence, IndicatorValue, Mechanism, PublishedReport } from '@canopy/domain';

interface DemoVersion {
  daysAgo: number;
  changeNote?: string;
  /** One status per member states' paragraph, in catalogue order. */
  statuses: string[];
  sdg1672?: { year: number; value: number; breakdown: Record<string, string> }[];
}

/** Progress reports of the 2026 cycle: Thailand's in two versions with civil society's answers, six others. */
export interface DemoReporting {
  cycle: number;
  organizations: { key: string; name: string; sector: string; country: string; members: string[] }[];
  /** Officials and civil society members: no e-mail and no password, so nobody can sign in as them. */
  people: { key: string; displayName: string }[];
  reports: {
    country: string;
    official: string | null;
    /** For a report not yet published: its state and working statuses. */
    state?: string;
    statuses?: string[];
    versions: DemoVersion[];
    narratives?: string[];
    evidence?: string;
    mechanisms?: Mechanism[];
    signOffs?: { organization: string; item: number }[];
    shadows?: { organization: string; item: number; status: string; narrative: string; evidence: string }[];
  }[];
}

const DAY = 86_400_000;
const SDG_16_7_2 = 'SDG-16.7.2';

export async function loadDemoReporting(
  manager: EntityManager,
  data: DemoReporting,
  options: { verifiedBy: string | null },
): Promise<void> {
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
  const isoDate = (days: number) => daysAgo(days).toISOString().slice(0, 10);
  const cycle = await manager.findOneByOrFail(ReportingCycleEntity, { year: data.cycle });
  const catalogue = await manager.findOneByOrFail(ReportingCatalogueEntity, { id: cycle.catalogueId });
  const items = memberStateItems(
    await manager.find(CatalogueItemEntity, {
      where: { catalogueId: cycle.catalogueId },
      order: { position: 'ASC' },
    }),
  );
  const countries = new Map(
    (await manager.find(JurisdictionEntity, { where: { level: JurisdictionLevel.COUNTRY } })).map(
      (country) => [country.iso2 as string, country],
    ),
  );
  const people = new Map<string, string>();
  for (const person of data.people) {
    const user = await manager.save(
      manager.create(UserEntity, {
        displayName: person.displayName,
        email: null,
        passwordHash: null,
        emailVerifiedAt: daysAgo(400),
      }),
    );
    people.set(person.key, user.id);
  }
  const organizations = new Map<string, { id: string; name: string }>();
  for (const item of data.organizations) {
    const organization = await manager.save(
      manager.create(OrganizationEntity, {
        name: item.name,
        sector: item.sector as OrganizationSector,
        jurisdictionId: countries.get(item.country)?.id,
        // Verification names the admin who did it; without one yet, the organizations wait for it.
        verifiedAt: options.verifiedBy ? daysAgo(500) : null,
        verifiedBy: options.verifiedBy,
      }),
    );
    organizations.set(item.key, { id: organization.id, name: organization.name });
    await manager.insert(
      OrganizationMemberEntity,
      item.members.map((person) => ({
        organizationId: organization.id,
        userId: people.get(person),
        role: OrganizationRole.ADMIN,
      })),
    );
  }
  // Reports are written by their officials; demo countries without one are written by the first demo official.
  const fallbackAuthor = people.values().next().value as string;

  for (const entry of data.reports) {
    const country = countries.get(entry.country);
    if (!country) throw new Error(`Demo reporting: no country ${entry.country}`);
    const author = (entry.official && people.get(entry.official)) || fallbackAuthor;
    const published = entry.versions.length;
    const latest = entry.versions[published - 1];
    const statuses = (latest?.statuses ?? entry.statuses ?? []) as AssessmentStatus[];
    const evidenceFor = (index: number, days: number): Evidence[] =>
      statuses[index] === AssessmentStatus.NOT_STARTED
        ? []
        : [
            {
              kind: EvidenceKind.LINK,
              url: entry.evidence ?? 'https://www.who.int/publications/i/item/9789240027794',
              date: isoDate(days + 30),
              description: 'Public record of the mechanism (demo)',
            },
          ];
    const valuesOf = (version: DemoVersion | undefined): IndicatorValue[] =>
      (version?.sdg1672 ?? []).map((value) => ({ indicator: SDG_16_7_2, ...value }));
    const report = await manager.save(
      manager.create(CountryReportEntity, {
        cycleId: cycle.id,
        countryId: country.id,
        state: published ? ReportState.PUBLISHED : (entry.state as ReportState),
        mechanisms: entry.mechanisms ?? [],
        publishedVersion: published,
        createdBy: author,
      }),
    );
    const assessmentsOf = (version: DemoVersion | undefined, days: number) =>
      items.map((item, index) => ({
        itemCode: item.code,
        status: ((version?.statuses ?? statuses)[index] ?? AssessmentStatus.NOT_STARTED) as AssessmentStatus,
        narrative: entry.narratives?.[index] ?? `${country.name}: assessment of ${item.code} (demo).`,
        evidence: evidenceFor(index, days),
        indicatorValues: item.indicators.some((indicator) => indicator.code === SDG_16_7_2)
          ? valuesOf(version)
          : [],
      }));
    const working = assessmentsOf(latest, latest?.daysAgo ?? 3);
    await manager.insert(
      ParagraphAssessmentEntity,
      working.map((assessment, index) => ({
        reportId: report.id,
        itemId: items[index].id,
        status: assessment.status,
        narrative: assessment.narrative,
        evidence: assessment.evidence,
        indicatorValues: assessment.indicatorValues,
        updatedBy: author,
      })),
    );
    const organization = (key: string) => organizations.get(key) ?? { id: '', name: '' };
    for (const [index, version] of entry.versions.entries()) {
      const number = index + 1;
      const first = number === 1;
      // Civil society answered the first round; the correction was not validated again.
      const signOffs = first ? (entry.signOffs ?? []) : [];
      const shadows = first ? (entry.shadows ?? []) : [];
      const content: PublishedReport = {
        cycle: cycle.year,
        catalogueVersion: catalogue.version,
        country: {
          iso2: country.iso2 as string,
          iso3: country.iso3 as string,
          name: country.name,
          whoRegion: country.whoRegion,
        },
        version: number,
        publishedAt: daysAgo(version.daysAgo).toISOString(),
        changeNote: version.changeNote ?? null,
        assessments: assessmentsOf(version, version.daysAgo),
        mechanisms: entry.mechanisms ?? [],
        signOffs: signOffs.map((signOff) => ({
          itemCode: items[signOff.item].code,
          organization: organization(signOff.organization),
          at: daysAgo(version.daysAgo + 2).toISOString(),
        })),
        shadows: shadows.map((shadow) => ({
          itemCode: items[shadow.item].code,
          organization: organization(shadow.organization),
          status: shadow.status as AssessmentStatus,
          narrative: shadow.narrative,
          evidence: [
            {
              kind: EvidenceKind.LINK,
              url: shadow.evidence,
              date: isoDate(version.daysAgo + 5),
              description: 'Shadow report (demo)',
            },
          ],
        })),
      };
      await manager.insert(ReportVersionEntity, {
        reportId: report.id,
        number,
        content,
        changeNote: content.changeNote,
        publishedBy: author,
        publishedAt: daysAgo(version.daysAgo),
      });
      await manager.insert(
        ValidationResponseEntity,
        [
          ...signOffs.map((signOff) => ({
            kind: ValidationKind.SIGN_OFF,
            itemId: items[signOff.item].id,
            organizationId: organization(signOff.organization).id,
            status: null,
            narrative: '',
            evidence: [],
          })),
          ...shadows.map((shadow, i) => ({
            kind: ValidationKind.SHADOW,
            itemId: items[shadow.item].id,
            organizationId: organization(shadow.organization).id,
            status: shadow.status as AssessmentStatus,
            narrative: shadow.narrative,
            evidence: content.shadows[i].evidence as Evidence[],
          })),
        ].map((row) => ({ ...row, reportId: report.id, round: number, filedBy: author })),
      );
    }
  }
}
