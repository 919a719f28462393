import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  CHARTER_SUBJECT,
  CharterClauseEntity,
  CharterCommitteeMemberEntity,
  CharterEditionEntity,
  CharterEntity,
  CharterSectionEntity,
  CharterSignatureEntity,
  IndicatorReadingEntity,
  StatuteChapterEntity,
} from '@canopy/api/charters';
import { ConsultationEntity } from '@canopy/api/consultation';
import { UserEntity } from '@canopy/api/identity';
import { OrganizationEntity, OrganizationMemberEntity } from '@canopy/api/organizations';
import {
  CharterSectionKind,
  CharterState,
  IndicatorDirection,
  IndicatorFrequency,
  OrganizationRole,
  OrganizationSector,
  VerificationLevel,
} from '@canopy/domain';
import { DemoComment, DemoVote, insertDemoComments, insertDemoVotes } from './demo-consultation';

interface DemoClause {
  /** Clauses with the same key in two editions are one clause carried over (one lineage). */
  key: string;
  text: string;
  responsible?: { name: string; organization?: string }[];
  indicator?: { name: string; target: number; unit: string; frequency: string; direction: string };
}

interface DemoEdition {
  state: string;
  createdDaysAgo: number;
  sections: { kind: string; title: string; statuteChapter?: string; clauses: DemoClause[] }[];
  forum?: {
    daysAgo: number;
    place: string;
    byConsensus: boolean;
    effectiveDaysAgo: number;
    note?: string;
    attendance: { sector: string; count: number }[];
  };
  supersededDaysAgo?: number;
  hearing?: { openedDaysAgo: number; windowDays: number; votes: DemoVote[]; comments: DemoComment[] };
}

/** Community health charters of two Hat Yai communities: one in its second edition, one in hearing. */
export interface DemoCharters {
  statuteChapters: { code: string; title: string }[];
  /** Residents and committee members: no e-mail and no password, so nobody can sign in as them. */
  people: { key: string; displayName: string; residence: string }[];
  organizations: {
    key: string;
    name: string;
    sector: string;
    place: string;
    members: string[];
    description: string;
  }[];
  charters: {
    place: string;
    title: string;
    convener: string;
    committee: { person?: string; organization?: string; sector: string; role?: string }[];
    /** The index of the charter whose first edition this one started from. */
    templateOf?: number;
    editions: DemoEdition[];
    readings?: { clause: string; periodEnd: string; value: number; organization?: string }[];
    signatures?: { people: string[]; organizations: string[] };
  }[];
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

export async function loadDemoCharters(
  manager: EntityManager,
  data: DemoCharters,
  places: { countryId: string; ids: ReadonlyMap<string, string>; verifiedBy: string | null },
): Promise<void> {
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * DAY);
  const dateOf = (days: number) => daysAgo(days).toISOString().slice(0, 10);
  const place = (key: string) => places.ids.get(key) as string;

  await manager.insert(
    StatuteChapterEntity,
    data.statuteChapters.map((chapter, position) => ({ countryId: places.countryId, ...chapter, position })),
  );
  const people = new Map<string, string>();
  for (const person of data.people) {
    const user = await manager.save(
      manager.create(UserEntity, {
        displayName: person.displayName,
        email: null,
        passwordHash: null,
        emailVerifiedAt: daysAgo(700),
        residenceJurisdictionId: place(person.residence),
      }),
    );
    people.set(person.key, user.id);
  }
  const organizations = new Map<string, string>();
  for (const item of data.organizations) {
    const organization = await manager.save(
      manager.create(OrganizationEntity, {
        name: item.name,
        sector: item.sector as OrganizationSector,
        description: item.description,
        jurisdictionId: place(item.place),
        verifiedAt: daysAgo(900),
        verifiedBy: places.verifiedBy,
      }),
    );
    organizations.set(item.key, organization.id);
    await manager.insert(
      OrganizationMemberEntity,
      item.members.map((person) => ({
        organizationId: organization.id,
        userId: people.get(person),
        role: OrganizationRole.ADMIN,
      })),
    );
  }

  const firstEditions: string[] = [];
  for (const item of data.charters) {
    const convener = organizations.get(item.convener) as string;
    const charter = await manager.save(
      manager.create(CharterEntity, {
        jurisdictionId: place(item.place),
        title: item.title,
        convenerId: convener,
        latestEdition: item.editions.length,
        createdBy: people.get(item.committee.find((seat) => seat.person)?.person ?? '') as string,
        createdAt: daysAgo(item.editions[0].createdDaysAgo),
      }),
    );
    await manager.insert(
      CharterCommitteeMemberEntity,
      item.committee.map((seat) => ({
        charterId: charter.id,
        userId: seat.person ? people.get(seat.person) : null,
        organizationId: seat.organization ? organizations.get(seat.organization) : null,
        sector: seat.sector as OrganizationSector,
        role: seat.role ?? null,
      })),
    );
    const lineages = new Map<string, string>();
    const clauseIds = new Map<string, string>();
    let previous: string | null = item.templateOf !== undefined ? firstEditions[item.templateOf] : null;
    for (const [index, edition] of item.editions.entries()) {
      const saved = await manager.save(
        manager.create(CharterEditionEntity, {
          charterId: charter.id,
          number: index + 1,
          state: edition.state as CharterState,
          textRevision: 3,
          copiedFromId: previous,
          createdAt: daysAgo(edition.createdDaysAgo),
          forumDate: edition.forum ? dateOf(edition.forum.daysAgo) : null,
          forumPlace: edition.forum?.place ?? null,
          attendance: edition.forum
            ? edition.forum.attendance.map((row) => ({ ...row, sector: row.sector as OrganizationSector }))
            : null,
          byConsensus: edition.forum?.byConsensus ?? null,
          adoptionNote: edition.forum?.note ?? null,
          effectiveDate: edition.forum ? dateOf(edition.forum.effectiveDaysAgo) : null,
          inForceAt: edition.forum ? daysAgo(edition.forum.effectiveDaysAgo) : null,
          supersededAt: edition.supersededDaysAgo ? daysAgo(edition.supersededDaysAgo) : null,
        }),
      );
      if (index === 0) firstEditions.push(saved.id);
      previous = saved.id;
      let number = 0;
      for (const [position, section] of edition.sections.entries()) {
        const row = await manager.save(
          manager.create(CharterSectionEntity, {
            editionId: saved.id,
            position,
            kind: section.kind as CharterSectionKind,
            title: section.title,
            statuteChapter: section.statuteChapter ?? null,
          }),
        );
        for (const [order, clause] of section.clauses.entries()) {
          if (!lineages.has(clause.key)) lineages.set(clause.key, randomUUID());
          const written = await manager.save(
            manager.create(CharterClauseEntity, {
              editionId: saved.id,
              sectionId: row.id,
              number: ++number,
              position: order,
              lineageId: lineages.get(clause.key),
              text: clause.text,
              responsible: (clause.responsible ?? []).map((actor) => ({
                name: actor.name,
                organizationId: actor.organization ? (organizations.get(actor.organization) ?? null) : null,
              })),
              indicatorName: clause.indicator?.name ?? null,
              indicatorTarget: clause.indicator?.target ?? null,
              indicatorUnit: clause.indicator?.unit ?? null,
              indicatorFrequency: (clause.indicator?.frequency as IndicatorFrequency) ?? null,
              indicatorDirection: (clause.indicator?.direction as IndicatorDirection) ?? null,
            }),
          );
          clauseIds.set(clause.key, written.id);
        }
      }
      if (edition.hearing) await loadHearing(manager, saved.id, edition.hearing, people, organizations);
    }
    const current = previous as string;
    for (const reading of item.readings ?? []) {
      const recordedAt = new Date(new Date(reading.periodEnd).getTime() + 5 * DAY);
      await manager.insert(IndicatorReadingEntity, {
        charterId: charter.id,
        lineageId: lineages.get(reading.clause),
        clauseId: clauseIds.get(reading.clause),
        periodEnd: reading.periodEnd,
        value: reading.value,
        organizationId: reading.organization ? organizations.get(reading.organization) : null,
        recordedBy: people.get(item.committee.find((seat) => seat.person)?.person ?? ''),
        recordedAt: recordedAt.getTime() > now ? new Date(now - HOUR) : recordedAt,
      });
    }
    const signatures = item.signatures ?? { people: [], organizations: [] };
    const signer = people.get(item.committee.find((seat) => seat.person)?.person ?? '') as string;
    await manager.insert(CharterSignatureEntity, [
      ...signatures.people.map((person, index) => ({
        editionId: current,
        userId: people.get(person),
        organizationId: null,
        signedAt: daysAgo(290 - index * 7),
      })),
      ...signatures.organizations.map((key, index) => ({
        editionId: current,
        userId: signer,
        organizationId: organizations.get(key),
        signedAt: daysAgo(295 - index * 3),
      })),
    ]);
  }
}

/** The hearing of an edition: its window, votes and clause comments, as the residents left them. */
async function loadHearing(
  manager: EntityManager,
  editionId: string,
  hearing: NonNullable<DemoEdition['hearing']>,
  people: ReadonlyMap<string, string>,
  organizations: ReadonlyMap<string, string>,
): Promise<void> {
  const opensAt = new Date(Date.now() - hearing.openedDaysAgo * DAY);
  const consultation = await manager.save(
    manager.create(ConsultationEntity, {
      subjectType: CHARTER_SUBJECT,
      subjectId: editionId,
      versionId: editionId,
      assemblyId: null,
      votingLevel: VerificationLevel.EMAIL_VERIFIED,
      opensAt,
      closesAt: new Date(opensAt.getTime() + hearing.windowDays * DAY),
      createdAt: opensAt,
    }),
  );
  await insertDemoVotes(manager, consultation.id, hearing.votes, people);
  await insertDemoComments(manager, consultation.id, hearing.comments, people, organizations);
}
