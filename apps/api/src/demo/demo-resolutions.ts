import { EntityManager } from 'typeorm';
import { AgendaItemEntity, ProposalEntity, WorkingGroupMemberEntity } from '@canopy/api/agenda';
import { AssemblyEditionEntity, AssemblyEntity } from '@canopy/api/assemblies';
import { ConsultationEntity } from '@canopy/api/consultation';
import { UserEntity } from '@canopy/api/identity';
import { OrganizationEntity, OrganizationMemberEntity } from '@canopy/api/organizations';
import {
  CommitmentEntity,
  ProgressUpdateEntity,
  ReservationEntity,
  RESOLUTION_SUBJECT,
  ResolutionEntity,
  ResolutionVersionEntity,
} from '@canopy/api/resolutions';
import {
  CommitmentStatus,
  defaultResolutionPrefix,
  OrganizationRole,
  OrganizationSector,
  ProposalState,
  resolutionCode,
  ResolutionState,
} from '@canopy/domain';
import { DemoComment, DemoVote, insertDemoComments, insertDemoVotes } from './demo-consultation';

/** Resolutions of the national assembly: decided ones on a past edition, one in consultation now. */
export interface DemoResolutions {
  assembly: string;
  /** Demo people: no e-mail and no password, so nobody can sign in as them. */
  people: { key: string; displayName: string }[];
  /** The platform admin who verified the champion; the secretariat member who wrote the drafts. */
  admin: string;
  drafter: string;
  champion: { key: string; name: string; description: string; members: string[] };
  members: { organization: string; person: string }[];
  past: { edition: number; items: PastResolution[] };
  consultation: {
    /** The open edition's proposal that became the agenda item. */
    proposalNumber: number;
    submittedDaysAgo: number;
    workingGroup: string[];
    versions: (DemoVersion & { daysAgo: number })[];
    openedDaysAgo: number;
    windowDays: number;
    votes: DemoVote[];
    comments: DemoComment[];
  };
}

interface DemoVersion {
  title: string;
  paragraphs: string[];
  changeNote: string | null;
}

interface PastResolution {
  organization: string;
  proposal: { title: string; problem: string; proposedAction: string; submittedOn: string };
  versions: (DemoVersion & { on: string })[];
  decidedOn: string;
  state: string;
  deferralReason?: string;
  reservations?: { organization: string; text: string }[];
  transmittedTo?: string;
  transmittedOn?: string;
  commitments?: {
    actor: string;
    action: string;
    dueOn: string | null;
    progress: { on: string; status: string; narrative: string; evidenceLinks: string[] }[];
  }[];
}

/** What the assembly cycle left for the resolutions to build on. */
export interface CycleIds {
  countryId: string;
  assemblyId: string;
  /** The national assembly's past editions, by number. */
  editions: Map<number, string>;
  openEditionId: string;
  organizations: Map<string, string>;
}

/** Ids the resolutions' rows refer to, and the code prefix of the assembly. */
interface DemoContext {
  prefix: string;
  people: Map<string, string>;
  organizations: Map<string, string>;
  /** The secretariat member who wrote the drafts. */
  drafter: string;
  championId: string;
  /** The champion's member who publishes its progress updates. */
  championMember: string;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * The assembly's resolutions at both ends of their life: on a past edition, one adopted, transmitted
 * and being implemented by its champion, and one deferred; on the open edition, one in consultation
 * with votes and comments, so a first start shows every resolution page at work.
 */
export async function loadDemoResolutions(
  manager: EntityManager,
  data: DemoResolutions,
  cycle: CycleIds,
): Promise<void> {
  const people = new Map<string, string>();
  for (const person of data.people) {
    const user = await manager.save(
      manager.create(UserEntity, {
        displayName: person.displayName,
        email: null,
        passwordHash: null,
        // Their votes count as those of e-mail verified citizens, the assemblies' default voting level.
        emailVerifiedAt: new Date(Date.now() - 400 * DAY),
        platformAdmin: person.key === data.admin,
      }),
    );
    people.set(person.key, user.id);
  }
  const organizations = new Map(cycle.organizations);
  const champion = await manager.save(
    manager.create(OrganizationEntity, {
      name: data.champion.name,
      sector: OrganizationSector.GOVERNMENT,
      description: data.champion.description,
      jurisdictionId: cycle.countryId,
      // Only a verified government organization may be named a resolution's champion.
      verifiedAt: new Date(Date.now() - 365 * DAY),
      verifiedBy: people.get(data.admin),
    }),
  );
  organizations.set(data.champion.key, champion.id);
  await manager.insert(OrganizationMemberEntity, [
    ...data.champion.members.map((person) => ({
      organizationId: champion.id,
      userId: people.get(person),
      role: OrganizationRole.MEMBER,
    })),
    ...data.members.map((member) => ({
      organizationId: organizations.get(member.organization),
      userId: people.get(member.person),
      role: OrganizationRole.MEMBER,
    })),
  ]);
  const assembly = await manager.findOneByOrFail(AssemblyEntity, { id: cycle.assemblyId });
  const prefix = assembly.resolutionPrefix ?? defaultResolutionPrefix(assembly.name);
  const context: DemoContext = {
    prefix,
    people,
    organizations,
    drafter: people.get(data.drafter) as string,
    championId: champion.id,
    championMember: people.get(data.champion.members[0]) as string,
  };

  const pastEditionId = cycle.editions.get(data.past.edition) as string;
  for (const [index, item] of data.past.items.entries()) {
    const proposal = await manager.save(
      manager.create(ProposalEntity, {
        editionId: pastEditionId,
        organizationId: organizations.get(item.organization),
        state: ProposalState.SELECTED,
        number: index + 1,
        title: item.proposal.title,
        problem: item.proposal.problem,
        proposedAction: item.proposal.proposedAction,
        jurisdictionId: cycle.countryId,
        submittedAt: new Date(item.proposal.submittedOn),
        createdAt: new Date(item.proposal.submittedOn),
      }),
    );
    await loadPastResolution(manager, context, item, {
      editionId: pastEditionId,
      editionNumber: data.past.edition,
      proposal,
    });
  }
  await loadConsultation(manager, context, data.consultation, cycle);
}

async function loadPastResolution(
  manager: EntityManager,
  context: DemoContext,
  item: PastResolution,
  at: { editionId: string; editionNumber: number; proposal: ProposalEntity },
): Promise<void> {
  const decidedAt = new Date(item.decidedOn);
  const transmittedAt = item.transmittedOn ? new Date(item.transmittedOn) : null;
  const { resolution } = await resolutionOf(manager, context, {
    ...at,
    state: item.state as ResolutionState,
    versions: item.versions.map((version) => ({ ...version, at: new Date(version.on) })),
    decided: {
      decidedAt,
      deferralReason: item.deferralReason ?? null,
      transmittedTo: item.transmittedTo ?? null,
      transmittedAt,
      championOrganizationId: transmittedAt ? context.championId : null,
    },
  });
  if (item.reservations?.length) {
    await manager.insert(
      ReservationEntity,
      item.reservations.map((reservation) => ({
        resolutionId: resolution.id,
        organizationId: context.organizations.get(reservation.organization),
        text: reservation.text,
        recordedAt: decidedAt,
      })),
    );
  }
  for (const [index, commitment] of (item.commitments ?? []).entries()) {
    const latest = commitment.progress.at(-1);
    const saved = await manager.save(
      manager.create(CommitmentEntity, {
        resolutionId: resolution.id,
        position: index + 1,
        actor: commitment.actor,
        action: commitment.action,
        dueOn: commitment.dueOn,
        // A commitment's status is that of its latest progress update.
        status: (latest?.status as CommitmentStatus) ?? CommitmentStatus.NOT_STARTED,
        createdAt: decidedAt,
      }),
    );
    for (const update of commitment.progress) {
      await manager.insert(ProgressUpdateEntity, {
        commitmentId: saved.id,
        status: update.status as CommitmentStatus,
        narrative: update.narrative,
        evidenceLinks: update.evidenceLinks,
        organizationId: resolution.championOrganizationId as string,
        authorId: context.championMember,
        publishedAt: new Date(update.on),
      });
    }
  }
}
/** The open edition's agenda item, its resolution in consultation, votes and comments. */
async function loadConsultation(
  manager: EntityManager,
  context: DemoContext,
  data: DemoResolutions['consultation'],
  cycle: CycleIds,
): Promise<void> {
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const proposal = await manager.findOneByOrFail(ProposalEntity, {
    editionId: cycle.openEditionId,
    number: data.proposalNumber,
  });
  await manager.update(
    ProposalEntity,
    { id: proposal.id },
    { state: ProposalState.SELECTED, submittedAt: ago(data.submittedDaysAgo * 24) },
  );
  const edition = await manager.findOneByOrFail(AssemblyEditionEntity, { id: cycle.openEditionId });
  const { resolution, agendaItemId, versionId } = await resolutionOf(manager, context, {
    editionId: edition.id,
    editionNumber: edition.number,
    proposal,
    state: ResolutionState.CONSULTATION,
    versions: data.versions.map((version) => ({ ...version, at: ago(version.daysAgo * 24) })),
  });
  await manager.insert(
    WorkingGroupMemberEntity,
    data.workingGroup.map((key, index) => ({
      agendaItemId,
      organizationId: context.organizations.get(key),
      role: index === 0 ? 'Lead drafter' : 'Member',
    })),
  );
  const opensAt = ago(data.openedDaysAgo * 24);
  const consultation = await manager.save(
    manager.create(ConsultationEntity, {
      subjectType: RESOLUTION_SUBJECT,
      subjectId: resolution.id,
      versionId,
      assemblyId: cycle.assemblyId,
      votingLevel: (await manager.findOneByOrFail(AssemblyEntity, { id: cycle.assemblyId })).votingLevel,
      opensAt,
      closesAt: new Date(opensAt.getTime() + data.windowDays * DAY),
      openedBy: context.drafter,
      createdAt: opensAt,
    }),
  );

  await insertDemoVotes(manager, consultation.id, data.votes, context.people);
  await insertDemoComments(manager, consultation.id, data.comments, context.people, context.organizations);
}

/** An agenda item from a selected proposal, and its resolution with every version written so far. */
async function resolutionOf(
  manager: EntityManager,
  context: DemoContext,
  item: {
    editionId: string;
    editionNumber: number;
    proposal: ProposalEntity;
    state: ResolutionState;
    versions: (DemoVersion & { at: Date })[];
    decided?: Partial<ResolutionEntity>;
  },
): Promise<{ resolution: ResolutionEntity; agendaItemId: string; versionId: string }> {
  const number = item.proposal.number as number;
  const first = item.versions[0];
  const current = item.versions[item.versions.length - 1];
  const agendaItem = await manager.save(
    manager.create(AgendaItemEntity, {
      editionId: item.editionId,
      number,
      title: item.proposal.title,
      proposalId: item.proposal.id,
      createdAt: first.at,
    }),
  );
  const resolution = await manager.save(
    manager.create(ResolutionEntity, {
      editionId: item.editionId,
      agendaItemId: agendaItem.id,
      number,
      code: resolutionCode(context.prefix, item.editionNumber, number),
      title: current.title,
      state: item.state,
      currentVersion: item.versions.length,
      createdAt: first.at,
      ...item.decided,
    }),
  );
  const versions = await manager.save(
    item.versions.map((version, index) =>
      manager.create(ResolutionVersionEntity, {
        resolutionId: resolution.id,
        number: index + 1,
        title: version.title,
        paragraphs: version.paragraphs,
        changeNote: version.changeNote,
        createdBy: context.drafter,
        createdAt: version.at,
      }),
    ),
  );
  return { resolution, agendaItemId: agendaItem.id, versionId: versions[versions.length - 1].id };
}
