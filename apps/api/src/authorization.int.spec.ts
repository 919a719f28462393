import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEFAULT_SCREENING_CRITERIA } from '@canopy/domain';
import { CycleRows, cycleRows } from './testing/assembly-cycle';
import { errorCode, PASSWORD, Person, signUp, uniqueEmail } from './testing/people';
import { CharterState, charterRows } from './testing/charters';
import { ResolutionRows, resolutionRows, ResolutionState } from './testing/resolutions';
import { ReportRows, reportRows, ReportState } from './testing/reporting';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * Every mutation × every role × own and foreign scope: allowed, or refused with UNAUTHENTICATED
 * (not signed in) or FORBIDDEN, changing nothing. A mutation added to the schema without a row here
 * fails the last test.
 *
 * 100 mutations × 13 roles, plus 2 charter-hearing runs of shared consultation mutations = 1,326 rows
 * (25 of the mutations belong to the assembly cycle, 23 to resolutions, consultation, moderation and
 * follow-up, 14 to community health charters, 13 to WHA77.2 progress reports).
 */
type Role =
  | 'anonymous'
  | 'unverified'
  | 'citizen'
  | 'memberOfA'
  | 'adminOfA'
  | 'adminOfB'
  | 'secretariatOfX'
  | 'secretariatOfY'
  | 'moderatorOfX'
  | 'platformAdmin'
  | 'officialOfThailand'
  | 'officialOfKenya'
  | 'memberOfCsoC';

const ROLES: Role[] = [
  'anonymous',
  'unverified',
  'citizen',
  'memberOfA',
  'adminOfA',
  'adminOfB',
  'secretariatOfX',
  'secretariatOfY',
  'moderatorOfX',
  'platformAdmin',
  // Progress reports: members of verified government agencies of Thailand and of Kenya, and a member of
  // C, a verified civil society organization of Thailand.
  'officialOfThailand',
  'officialOfKenya',
  'memberOfCsoC',
];
const SIGNED_IN = ROLES.filter((role) => role !== 'anonymous');
const EMAIL_VERIFIED = SIGNED_IN.filter((role) => role !== 'unverified');
/** 'edition.manage': the assembly's secretariat or a platform admin. */
const EDITION_MANAGERS: Role[] = ['secretariatOfX', 'platformAdmin'];
/** Admins and members of organization A. */
const MEMBERS_OF_A: Role[] = ['memberOfA', 'adminOfA'];
/** 'comment.moderate' in assembly X: its moderators and its secretariat. */
const MODERATORS_OF_X: Role[] = ['moderatorOfX', 'secretariatOfX'];

interface World {
  api: TestApp;
  people: Record<Exclude<Role, 'anonymous'>, Person>;
  orgA: string;
  orgB: string;
  assemblyX: string;
  residentOfThailand: string;
  /** Assembly-cycle rows written with SQL: fresh editions, proposals, constituencies, agenda items. */
  cycle: CycleRows;
  /** Resolution, consultation and comment rows written with SQL, in the state each run needs. */
  resolutions: ResolutionRows;
  /** A verified government organization, fit to be a resolution's champion. */
  ministry: string;
  /** Charter rows written with SQL, committee organization A. */
  charters: ReturnType<typeof charterRows>;
  /** Progress-report rows written with SQL: a Thai report of a fresh cycle in the state a run needs. */
  reports: ReportRows;
  /** A verified civil society organization of Thailand (validates Thai reports). */
  csoC: string;
  newUserEmail(): Promise<{ id: string; email: string }>;
}

interface Case {
  mutation: string;
  scope: string;
  allowed: Role[];
  /** Allowed runs must succeed outright (their set-up meets the domain rules), not just pass the policy. */
  succeeds?: boolean;
  /** Runs the mutation as `token` (undefined: not signed in). */
  run(
    world: World,
    token: string | undefined,
  ): Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>;
}

const gql = (
  world: World,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
) => world.api.graphql(query, variables, { token });

/** `mutation ($i: T!) { name(input: $i) { selection } }`; an empty selection for a scalar result. */
const mutate = (
  world: World,
  token: string | undefined,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  selection = 'id',
) =>
  gql(
    world,
    token,
    `mutation ($i: ${inputType}!) { ${mutation}(input: $i)${selection ? ` { ${selection} }` : ''} }`,
    { i: input },
  );

/** A resolution in a fresh edition of assembly X, its agenda item worked on by organization A. */
const resolutionIn = async (world: World, state: ResolutionState, options: { champion?: string } = {}) =>
  world.resolutions.resolution(
    await world.cycle.edition(world.assemblyX),
    world.orgB,
    world.people.secretariatOfX.id,
    { state, workingGroup: world.orgA, ...options },
  );

/** An open consultation (voting from a verified e-mail) on a resolution of assembly X. */
const openConsultationIn = async (world: World) =>
  world.resolutions.consultation(await resolutionIn(world, 'CONSULTATION'));

/** A charter of Thailand whose development committee is organization A, in the state a run needs. */
const charterOfA = (world: World, state: CharterState, options: { hearingClosed?: boolean } = {}) =>
  world.charters.charter(world.orgA, world.people.adminOfA.id, state, options);

/** A report of Thailand in a fresh cycle, every paragraph assessed, in the state a run needs. */
const thaiReport = (world: World, state: ReportState) =>
  world.reports.report(thailandId, world.people.officialOfThailand.id, state);

let catalogueVersions = 0;
let cycleYears = 2029;

/** A proposal of the organization in a fresh edition of assembly X. */
const proposalOf = async (world: World, organizationId: string, state: 'DRAFT' | 'SUBMITTED' | 'SCREENED') =>
  world.cycle.proposal(await world.cycle.edition(world.assemblyX), organizationId, state);

const CASES: Case[] = [
  {
    mutation: 'createOrganization',
    scope: 'any',
    allowed: EMAIL_VERIFIED,
    run: (w, t) =>
      gql(w, t, `mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, {
        i: {
          name: 'Matrix foundation',
          sector: 'CIVIL_SOCIETY',
          jurisdictionId: thailandId,
        },
      }),
  },
  {
    mutation: 'updateOrganization',
    scope: 'organization A',
    allowed: ['adminOfA', 'platformAdmin'],
    run: (w, t) =>
      gql(w, t, `mutation ($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`, {
        i: { id: w.orgA, description: 'Updated by the matrix' },
      }),
  },
  {
    mutation: 'inviteMember',
    scope: 'organization A',
    allowed: ['adminOfA'],
    run: (w, t) =>
      gql(w, t, `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`, {
        i: { organizationId: w.orgA, email: uniqueEmail('invitee'), role: 'MEMBER' },
      }),
  },
  {
    mutation: 'removeMember',
    scope: 'organization A',
    allowed: ['adminOfA', 'platformAdmin'],
    run: async (w, t) => {
      const target = await w.newUserEmail();
      await w.api.dataSource.query(
        `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
        [w.orgA, target.id],
      );
      return gql(w, t, `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`, {
        i: { organizationId: w.orgA, userId: target.id },
      });
    },
  },
  {
    mutation: 'verifyOrganization',
    scope: 'organization B',
    allowed: ['platformAdmin'],
    run: (w, t) =>
      gql(w, t, `mutation ($id: ID!) { verifyOrganization(id: $id) { verified } }`, { id: w.orgB }),
  },
  {
    mutation: 'grantAssemblyRole',
    scope: 'assembly X',
    allowed: ['secretariatOfX', 'platformAdmin'],
    run: async (w, t) => {
      const target = await w.newUserEmail();
      return gql(w, t, `mutation ($i: GrantAssemblyRoleInput!) { grantAssemblyRole(input: $i) { role } }`, {
        i: { assemblyId: w.assemblyX, email: target.email, role: 'MODERATOR' },
      });
    },
  },
  {
    mutation: 'revokeAssemblyRole',
    scope: 'assembly X',
    allowed: ['secretariatOfX', 'platformAdmin'],
    run: async (w, t) => {
      const target = await w.newUserEmail();
      await w.api.dataSource.query(
        `INSERT INTO assembly_role_grants (assembly_id, user_id, role) VALUES ($1, $2, 'MODERATOR')`,
        [w.assemblyX, target.id],
      );
      return gql(w, t, `mutation ($i: RevokeAssemblyRoleInput!) { revokeAssemblyRole(input: $i) }`, {
        i: { assemblyId: w.assemblyX, userId: target.id, role: 'MODERATOR' },
      });
    },
  },
  {
    mutation: 'setAssemblyVotingLevel',
    scope: 'assembly X',
    allowed: ['secretariatOfX', 'platformAdmin'],
    run: (w, t) =>
      gql(w, t, `mutation ($i: SetVotingLevelInput!) { setAssemblyVotingLevel(input: $i) { votingLevel } }`, {
        i: { assemblyId: w.assemblyX, level: 'RESIDENCE_DECLARED' },
      }),
  },
  {
    mutation: 'verifyCitizen',
    scope: 'resident of Thailand (assembly X is Thai, Y is Kenyan)',
    allowed: ['secretariatOfX', 'platformAdmin'],
    run: (w, t) =>
      gql(w, t, `mutation ($id: ID!) { verifyCitizen(userId: $id) { verificationLevel } }`, {
        id: w.people.citizen.id,
      }),
  },
  // The assembly cycle, in "own" scope: editions of assembly X, proposals and constituencies of
  // organization A. Each run starts from rows of its own written with SQL (no audit entries), so an
  // allowed run really succeeds rather than failing on what an earlier run left behind.
  {
    mutation: 'createEdition',
    scope: 'assembly X',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) => {
      const [{ next }] = await w.api.dataSource.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM assembly_editions WHERE assembly_id = $1`,
        [w.assemblyX],
      );
      return mutate(w, t, 'createEdition', 'CreateEditionInput', {
        assemblyId: w.assemblyX,
        number: Number(next),
        title: 'Matrix edition',
      });
    },
  },
  {
    mutation: 'updateEdition',
    scope: 'edition of assembly X',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'updateEdition', 'UpdateEditionInput', {
        editionId: await w.cycle.edition(w.assemblyX),
        title: 'Renamed by the matrix',
      }),
  },
  {
    mutation: 'setScreeningCriteria',
    scope: 'edition of assembly X (not yet open)',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'setScreeningCriteria', 'SetScreeningCriteriaInput', {
        editionId: await w.cycle.edition(w.assemblyX),
        criteria: [{ key: 'equity', name: 'Equity' }],
      }),
  },
  {
    mutation: 'addCommitteeMember',
    scope: 'edition of assembly X',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'addCommitteeMember', 'AddCommitteeMemberInput', {
        editionId: await w.cycle.edition(w.assemblyX),
        name: 'Dean',
        sector: 'ACADEMIC_PROFESSIONAL',
      }),
  },
  {
    mutation: 'removeCommitteeMember',
    scope: 'edition of assembly X',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) => {
      const editionId = await w.cycle.edition(w.assemblyX);
      const memberId = await w.cycle.committeeMember(editionId);
      return mutate(w, t, 'removeCommitteeMember', 'RemoveCommitteeMemberInput', { editionId, memberId }, '');
    },
  },
  {
    mutation: 'openProposalWindow',
    scope: 'edition of assembly X (committee meets the rule)',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'openProposalWindow', 'OpenProposalWindowInput', {
        editionId: await w.cycle.edition(w.assemblyX, { committee: true }),
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
  },
  {
    mutation: 'closeProposalWindow',
    scope: 'open edition of assembly X',
    allowed: EDITION_MANAGERS,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'closeProposalWindow', 'EditionIdInput', {
        editionId: await w.cycle.edition(w.assemblyX, { open: true }),
      }),
  },
  {
    mutation: 'applyAsConstituency',
    scope: 'organization A, edition of assembly X',
    allowed: ['adminOfA'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'applyAsConstituency', 'ApplyAsConstituencyInput', {
        editionId: await w.cycle.edition(w.assemblyX),
        organizationId: w.orgA,
        basis: 'AREA',
        focus: 'Bangkok',
      }),
  },
  {
    mutation: 'decideConstituency',
    scope: 'application of organization A to assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) => {
      const editionId = await w.cycle.edition(w.assemblyX);
      return mutate(
        w,
        t,
        'decideConstituency',
        'DecideConstituencyInput',
        { constituencyId: await w.cycle.constituency(editionId, w.orgA, 'APPLIED'), approve: true },
        'state',
      );
    },
  },
  {
    mutation: 'draftProposal',
    scope: 'organization A, edition of assembly X',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'draftProposal', 'DraftProposalInput', {
        editionId: await w.cycle.edition(w.assemblyX),
        organizationId: w.orgA,
        title: 'Drafted by the matrix',
      }),
  },
  {
    mutation: 'updateProposal',
    scope: 'draft of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'updateProposal', 'UpdateProposalInput', {
        proposalId: await proposalOf(w, w.orgA, 'DRAFT'),
        title: 'Edited by the matrix',
      }),
  },
  {
    mutation: 'submitProposal',
    scope: 'draft of organization A (approved constituency, window open)',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) => {
      const editionId = await w.cycle.edition(w.assemblyX, { open: true });
      await w.cycle.constituency(editionId, w.orgA, 'APPROVED');
      return mutate(
        w,
        t,
        'submitProposal',
        'ProposalIdInput',
        { proposalId: await w.cycle.proposal(editionId, w.orgA, 'DRAFT') },
        'state',
      );
    },
  },
  {
    mutation: 'withdrawProposal',
    scope: 'draft of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'withdrawProposal',
        'ProposalIdInput',
        { proposalId: await proposalOf(w, w.orgA, 'DRAFT') },
        'state',
      ),
  },
  {
    mutation: 'requestCosponsor',
    scope: 'draft of organization A, asking B',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'requestCosponsor',
        'ProposalOrganizationInput',
        { proposalId: await proposalOf(w, w.orgA, 'DRAFT'), organizationId: w.orgB },
        'state',
      ),
  },
  {
    mutation: 'respondToCosponsorship',
    scope: 'organization A, asked by a proposal of B',
    allowed: ['adminOfA'],
    succeeds: true,
    run: async (w, t) => {
      const proposalId = await proposalOf(w, w.orgB, 'DRAFT');
      await w.cycle.cosponsorRequest(proposalId, w.orgA);
      return mutate(
        w,
        t,
        'respondToCosponsorship',
        'RespondToCosponsorshipInput',
        { proposalId, organizationId: w.orgA, confirm: true },
        'state',
      );
    },
  },
  {
    mutation: 'endorseProposal',
    scope: 'submitted proposal in assembly X',
    allowed: EMAIL_VERIFIED,
    succeeds: true,
    run: async (w, t) => {
      // setAssemblyVotingLevel's rows raised assembly X's level; endorsing needs only the policy's here.
      await w.api.dataSource.query(`UPDATE assemblies SET voting_level = 'EMAIL_VERIFIED' WHERE id = $1`, [
        w.assemblyX,
      ]);
      return mutate(w, t, 'endorseProposal', 'ProposalIdInput', {
        proposalId: await proposalOf(w, w.orgA, 'SUBMITTED'),
      });
    },
  },
  {
    mutation: 'endorseProposalAsOrganization',
    scope: 'organization A, endorsing a proposal of B',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'endorseProposalAsOrganization', 'ProposalOrganizationInput', {
        proposalId: await proposalOf(w, w.orgB, 'SUBMITTED'),
        organizationId: w.orgA,
      }),
  },
  {
    mutation: 'scoreProposal',
    scope: 'submitted proposal in assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'scoreProposal', 'ScoreProposalInput', {
        proposalId: await proposalOf(w, w.orgA, 'SUBMITTED'),
        scores: DEFAULT_SCREENING_CRITERIA.map(({ key }) => ({ criterionKey: key, score: 4 })),
      }),
  },
  {
    mutation: 'screenProposal',
    scope: 'scored proposal in assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) => {
      const editionId = await w.cycle.edition(w.assemblyX);
      const proposalId = await w.cycle.proposal(editionId, w.orgA, 'SUBMITTED', {
        scoredBy: w.people.secretariatOfX.id,
      });
      return mutate(w, t, 'screenProposal', 'ProposalIdInput', { proposalId }, 'state');
    },
  },
  {
    mutation: 'selectProposal',
    scope: 'screened proposal in assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'selectProposal', 'SelectProposalInput', {
        proposalId: await proposalOf(w, w.orgA, 'SCREENED'),
      }),
  },
  {
    mutation: 'mergeProposal',
    scope: 'submitted proposals in assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) => {
      const editionId = await w.cycle.edition(w.assemblyX);
      return mutate(
        w,
        t,
        'mergeProposal',
        'MergeProposalInput',
        {
          proposalId: await w.cycle.proposal(editionId, w.orgA, 'SUBMITTED'),
          intoProposalId: await w.cycle.proposal(editionId, w.orgB, 'SUBMITTED'),
          reason: 'The same problem',
        },
        'state',
      );
    },
  },
  {
    mutation: 'deferProposal',
    scope: 'screened proposal in assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'deferProposal',
        'ProposalReasonInput',
        { proposalId: await proposalOf(w, w.orgA, 'SCREENED'), reason: 'Next year' },
        'state',
      ),
  },
  {
    mutation: 'rejectProposal',
    scope: 'submitted proposal in assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'rejectProposal',
        'ProposalReasonInput',
        { proposalId: await proposalOf(w, w.orgA, 'SUBMITTED'), reason: 'Out of scope' },
        'state',
      ),
  },
  {
    mutation: 'addWorkingGroupMember',
    scope: 'agenda item of assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) => {
      const editionId = await w.cycle.edition(w.assemblyX);
      return mutate(w, t, 'addWorkingGroupMember', 'AddWorkingGroupMemberInput', {
        agendaItemId: await w.cycle.agendaItem(editionId, w.orgA),
        organizationId: w.orgB,
        role: 'Drafter',
      });
    },
  },
  {
    mutation: 'removeWorkingGroupMember',
    scope: 'agenda item of assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) => {
      const agendaItemId = await w.cycle.agendaItem(await w.cycle.edition(w.assemblyX), w.orgA);
      const memberId = await w.cycle.workingGroupMember(agendaItemId, w.orgB);
      return mutate(
        w,
        t,
        'removeWorkingGroupMember',
        'RemoveWorkingGroupMemberInput',
        { agendaItemId, memberId },
        '',
      );
    },
  },
  {
    mutation: 'setResolutionPrefix',
    scope: 'assembly X',
    allowed: ['secretariatOfX', 'platformAdmin'],
    succeeds: true,
    run: (w, t) =>
      mutate(
        w,
        t,
        'setResolutionPrefix',
        'SetResolutionPrefixInput',
        { assemblyId: w.assemblyX, prefix: 'NHA' },
        'resolutionPrefix',
      ),
  },
  // Resolutions, consultation, moderation and follow-up, in "own" scope: resolutions of assembly X
  // whose agenda item organization A works on, comments written by the citizen, commitments that
  // organization A champions. Each run starts from rows of its own written with SQL.
  {
    mutation: 'draftResolution',
    scope: 'agenda item of assembly X, organization A in its working group',
    allowed: ['secretariatOfX', ...MEMBERS_OF_A],
    succeeds: true,
    run: async (w, t) => {
      const agendaItemId = await w.cycle.agendaItem(await w.cycle.edition(w.assemblyX), w.orgB);
      await w.cycle.workingGroupMember(agendaItemId, w.orgA);
      return mutate(w, t, 'draftResolution', 'DraftResolutionInput', {
        agendaItemId,
        title: 'Drafted by the matrix',
        paragraphs: ['First paragraph'],
      });
    },
  },
  {
    mutation: 'reviseResolution',
    scope: 'resolution of assembly X being drafted, organization A in its working group',
    allowed: ['secretariatOfX', ...MEMBERS_OF_A],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'reviseResolution', 'ReviseResolutionInput', {
        resolutionId: await resolutionIn(w, 'DRAFTING'),
        paragraphs: ['Revised by the matrix'],
        changeNote: 'Shorter',
      }),
  },
  ...(
    [
      ['openConsultation', 'DRAFTING', { closesAt: new Date(Date.now() + 86_400_000).toISOString() }],
      ['tableResolution', 'DRAFTING', {}],
      ['adoptResolution', 'TABLED', { commitments: [{ actor: 'Ministry', action: 'Act' }] }],
      ['deferResolution', 'TABLED', { reason: 'Not ready' }],
      ['closeResolution', 'IMPLEMENTING', {}],
    ] as const
  ).map(([mutation, state, extra]): Case => ({
    mutation,
    scope: `${state.toLowerCase()} resolution of assembly X`,
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        mutation,
        Object.keys(extra).length
          ? `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`
          : 'ResolutionIdInput',
        { resolutionId: await resolutionIn(w, state), ...extra },
        'state',
      ),
  })),
  {
    mutation: 'closeConsultation',
    scope: 'resolution of assembly X in consultation',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) => {
      const resolutionId = await resolutionIn(w, 'CONSULTATION');
      await w.resolutions.consultation(resolutionId);
      return mutate(w, t, 'closeConsultation', 'ResolutionIdInput', { resolutionId }, 'state');
    },
  },
  {
    mutation: 'transmitResolution',
    scope: 'adopted resolution of assembly X, a verified ministry as champion',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'transmitResolution',
        'TransmitResolutionInput',
        {
          resolutionId: await resolutionIn(w, 'ADOPTED'),
          governmentBody: 'Cabinet',
          championOrganizationId: w.ministry,
        },
        'state',
      ),
  },
  {
    mutation: 'addCommitment',
    scope: 'adopted resolution of assembly X',
    allowed: ['secretariatOfX'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'addCommitment', 'AddCommitmentInput', {
        resolutionId: await resolutionIn(w, 'ADOPTED'),
        actor: 'Ministry',
        action: 'Report yearly',
      }),
  },
  {
    mutation: 'publishProgress',
    scope: 'commitment of a transmitted resolution that organization A champions',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) => {
      const resolutionId = await resolutionIn(w, 'TRANSMITTED', { champion: w.orgA });
      return mutate(w, t, 'publishProgress', 'PublishProgressInput', {
        commitmentId: await w.resolutions.commitment(resolutionId),
        status: 'ON_GOING',
        narrative: 'Under way',
      });
    },
  },
  ...(['followResolution', 'unfollowResolution'] as const).map((mutation): Case => ({
    mutation,
    scope: 'any resolution',
    allowed: SIGNED_IN,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, mutation, 'ResolutionIdInput', { resolutionId: await resolutionIn(w, 'DRAFTING') }),
  })),
  {
    mutation: 'markNotificationsRead',
    scope: 'own notifications',
    allowed: SIGNED_IN,
    succeeds: true,
    run: (w, t) => gql(w, t, `mutation { markNotificationsRead }`),
  },
  {
    mutation: 'castVote',
    scope: 'open consultation in assembly X',
    allowed: EMAIL_VERIFIED,
    succeeds: true,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'castVote',
        'CastVoteInput',
        { consultationId: await openConsultationIn(w), choice: 'SUPPORT' },
        'choice',
      ),
  },
  {
    mutation: 'postComment',
    scope: 'open consultation in assembly X',
    allowed: EMAIL_VERIFIED,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'postComment', 'PostCommentInput', {
        consultationId: await openConsultationIn(w),
        body: 'Posted by the matrix',
      }),
  },
  {
    mutation: 'editComment',
    scope: "the citizen's comment",
    allowed: ['citizen'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'editComment', 'EditCommentInput', {
        commentId: await w.resolutions.comment(await openConsultationIn(w), w.people.citizen.id),
        body: 'Edited by the matrix',
      }),
  },
  {
    mutation: 'flagComment',
    scope: "the citizen's comment",
    allowed: SIGNED_IN,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'flagComment', 'FlagCommentInput', {
        commentId: await w.resolutions.comment(await openConsultationIn(w), w.people.citizen.id),
        reason: 'SPAM',
      }),
  },
  {
    mutation: 'hideComment',
    scope: 'comment in a consultation of assembly X',
    allowed: MODERATORS_OF_X,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'hideComment', 'HideCommentInput', {
        commentId: await w.resolutions.comment(await openConsultationIn(w), w.people.citizen.id),
        reason: 'Abusive',
      }),
  },
  {
    mutation: 'dismissFlags',
    scope: 'flagged comment in a consultation of assembly X',
    allowed: MODERATORS_OF_X,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'dismissFlags', 'CommentIdInput', {
        commentId: await w.resolutions.comment(await openConsultationIn(w), w.people.citizen.id, {
          flaggedBy: w.people.memberOfA.id,
        }),
      }),
  },
  {
    mutation: 'appealHiding',
    scope: "the citizen's hidden comment",
    allowed: ['citizen'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'appealHiding', 'AppealHidingInput', {
        commentId: await w.resolutions.comment(await openConsultationIn(w), w.people.citizen.id, {
          hiddenBy: (await w.newUserEmail()).id,
        }),
        argument: 'It was fair',
      }),
  },
  {
    mutation: 'decideAppeal',
    scope: 'appealed comment in assembly X, hidden by another moderator',
    allowed: MODERATORS_OF_X,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'decideAppeal', 'DecideAppealInput', {
        commentId: await w.resolutions.comment(await openConsultationIn(w), w.people.citizen.id, {
          hiddenBy: (await w.newUserEmail()).id,
          appealed: true,
        }),
        reinstate: true,
        reason: 'Fair comment',
      }),
  },
  ...[
    ['updateProfile', `mutation { updateProfile(input: { displayName: "Renamed" }) { id } }`],
    ['recordDemographics', `mutation { recordDemographics(input: { ageBand: FROM_35_TO_44 }) { ageBand } }`],
    ['clearDemographics', `mutation { clearDemographics }`],
    ['exportMyData', `mutation { exportMyData }`],
    ['resendVerification', `mutation { resendVerification }`],
    ['acceptInvitation', `mutation { acceptInvitation(token: "no-such-invitation") { role } }`],
  ].map(([mutation, query]): Case => ({
    mutation,
    scope: 'own account',
    allowed: SIGNED_IN,
    run: (w, t) => gql(w, t, query),
  })),
  // Community health charters: organization A sits on the development committee of each fixture.
  {
    mutation: 'initiateCharter',
    scope: 'organization A (unverified: refused by the domain, after the policy)',
    allowed: MEMBERS_OF_A,
    run: (w, t) =>
      mutate(w, t, 'initiateCharter', 'InitiateCharterInput', {
        jurisdictionId: thailandId,
        title: 'Matrix charter',
        organizationId: w.orgA,
      }),
  },
  {
    mutation: 'addCharterCommitteeMember',
    scope: 'charter whose committee is organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'addCharterCommitteeMember', 'AddCharterCommitteeMemberInput', {
        charterId: (await charterOfA(w, 'INITIATED')).charterId,
        email: (await w.newUserEmail()).email,
        sector: 'CIVIL_SOCIETY',
      }),
  },
  {
    mutation: 'removeCharterCommitteeMember',
    scope: 'charter whose committee is organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) => {
      const { charterId } = await charterOfA(w, 'INITIATED');
      const target = await w.newUserEmail();
      const [{ id }] = await w.api.dataSource.query(
        `INSERT INTO charter_committee_members (charter_id, user_id, sector) VALUES ($1, $2, 'PRIVATE') RETURNING id`,
        [charterId, target.id],
      );
      return mutate(w, t, 'removeCharterCommitteeMember', 'RemoveCharterCommitteeMemberInput', {
        charterId,
        memberId: id,
      });
    },
  },
  {
    mutation: 'startCharterDrafting',
    scope: 'initiated charter of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'startCharterDrafting', 'CharterEditionIdInput', {
        editionId: (await charterOfA(w, 'INITIATED')).editionId,
      }),
  },
  {
    mutation: 'saveCharterText',
    scope: 'charter of organization A being drafted',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'saveCharterText', 'SaveCharterTextInput', {
        editionId: (await charterOfA(w, 'DRAFTING')).editionId,
        expectedRevision: 1,
        sections: [{ title: 'Water', clauses: [{ text: 'Every village tests its water.' }] }],
      }),
  },
  {
    mutation: 'openCharterHearing',
    scope: 'charter of organization A being drafted',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'openCharterHearing', 'OpenCharterHearingInput', {
        editionId: (await charterOfA(w, 'DRAFTING')).editionId,
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
  },
  {
    mutation: 'closeCharterHearing',
    scope: 'open hearing on a charter of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'closeCharterHearing', 'CharterEditionIdInput', {
        editionId: (await charterOfA(w, 'PUBLIC_HEARING')).editionId,
      }),
  },
  {
    mutation: 'recordCharterAdoption',
    scope: 'closed hearing on a charter of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) => {
      const today = new Date().toISOString().slice(0, 10);
      return mutate(w, t, 'recordCharterAdoption', 'RecordCharterAdoptionInput', {
        editionId: (await charterOfA(w, 'PUBLIC_HEARING', { hearingClosed: true })).editionId,
        forumDate: today,
        forumPlace: 'Village hall',
        attendance: [{ sector: 'CIVIL_SOCIETY', count: 25 }],
        effectiveDate: today,
      });
    },
  },
  {
    mutation: 'bringCharterIntoForce',
    scope: 'adopted charter of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'bringCharterIntoForce', 'CharterEditionIdInput', {
        editionId: (await charterOfA(w, 'ADOPTED')).editionId,
      }),
  },
  {
    mutation: 'startCharterReview',
    scope: 'charter of organization A in force',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'startCharterReview', 'CharterIdInput', {
        charterId: (await charterOfA(w, 'IN_FORCE')).charterId,
      }),
  },
  {
    mutation: 'recordIndicatorReading',
    scope: 'clause of a charter of organization A in force',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'recordIndicatorReading', 'RecordIndicatorReadingInput', {
        clauseId: (await charterOfA(w, 'IN_FORCE')).clauseId,
        periodEnd: '2026-06-30',
        value: 80,
      }),
  },
  {
    mutation: 'signCharter',
    scope: 'charter in force in Thailand (the citizen lives there)',
    allowed: EMAIL_VERIFIED,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'signCharter',
        'CharterSignatureInput',
        { editionId: (await charterOfA(w, 'IN_FORCE')).editionId },
        'signatures { people }',
      ),
  },
  {
    mutation: 'withdrawCharterSignature',
    scope: 'charter in force in Thailand',
    allowed: EMAIL_VERIFIED,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'withdrawCharterSignature',
        'CharterSignatureInput',
        { editionId: (await charterOfA(w, 'IN_FORCE')).editionId },
        'signatures { people }',
      ),
  },
  {
    mutation: 'setStatuteChapters',
    scope: 'any country',
    allowed: ['platformAdmin'],
    succeeds: true,
    run: (w, t) =>
      mutate(
        w,
        t,
        'setStatuteChapters',
        'SetStatuteChaptersInput',
        { countryId: thailandId, chapters: [{ code: '4', title: 'Health promotion' }] },
        'code',
      ),
  },
  // The shared consultation in a charter's hearing: the committee moderates, not assembly moderators.
  {
    mutation: 'hideComment',
    scope: 'comment in the hearing of a charter of organization A',
    allowed: MEMBERS_OF_A,
    succeeds: true,
    run: async (w, t) => {
      const { consultationId } = await charterOfA(w, 'PUBLIC_HEARING');
      return mutate(w, t, 'hideComment', 'HideCommentInput', {
        commentId: await w.resolutions.comment(consultationId as string, w.people.citizen.id),
        reason: 'Abusive',
      });
    },
  },
  {
    mutation: 'castVote',
    scope: 'hearing of a charter in Thailand (residents only, by the domain)',
    allowed: EMAIL_VERIFIED,
    run: async (w, t) =>
      mutate(
        w,
        t,
        'castVote',
        'CastVoteInput',
        { consultationId: (await charterOfA(w, 'PUBLIC_HEARING')).consultationId, choice: 'SUPPORT' },
        'choice',
      ),
  },
  // WHA77.2 progress reports: admins configure, officials of the country report, its civil society validates.
  {
    mutation: 'loadReportingCatalogue',
    scope: 'the platform',
    allowed: ['platformAdmin'],
    succeeds: true,
    run: async (w, t) => {
      const { readFile } = await import('node:fs/promises');
      const file = JSON.parse(
        await readFile(new URL('./migrations/data/wha77-2-catalogue.json', import.meta.url), 'utf8'),
      );
      return mutate(
        w,
        t,
        'loadReportingCatalogue',
        'LoadReportingCatalogueInput',
        { catalogue: JSON.stringify({ ...file, version: `matrix-${++catalogueVersions}` }) },
        'version',
      );
    },
  },
  {
    mutation: 'createReportingCycle',
    scope: 'the platform',
    allowed: ['platformAdmin'],
    succeeds: true,
    run: async (w, t) => {
      const [{ version }] = await w.api.dataSource.query(
        `SELECT version FROM reporting_catalogues ORDER BY loaded_at LIMIT 1`,
      );
      return mutate(
        w,
        t,
        'createReportingCycle',
        'CreateReportingCycleInput',
        { year: ++cycleYears, deadline: '2099-12-31', catalogueVersion: version },
        'year',
      );
    },
  },
  {
    mutation: 'startCountryReport',
    scope: 'Thailand',
    allowed: ['officialOfThailand'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'startCountryReport', 'StartCountryReportInput', {
        cycleId: await w.reports.cycle(),
        countryId: thailandId,
      }),
  },
  {
    mutation: 'saveParagraphAssessment',
    scope: "Thailand's report",
    allowed: ['officialOfThailand'],
    succeeds: true,
    run: async (w, t) => {
      const { reportId, items } = await thaiReport(w, 'DRAFT');
      return mutate(w, t, 'saveParagraphAssessment', 'SaveParagraphAssessmentInput', {
        reportId,
        itemId: items['OP1(1)'],
        status: 'NOT_STARTED',
        narrative: 'Not yet',
      });
    },
  },
  {
    mutation: 'saveReportMechanisms',
    scope: "Thailand's report",
    allowed: ['officialOfThailand'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, 'saveReportMechanisms', 'SaveReportMechanismsInput', {
        reportId: (await thaiReport(w, 'DRAFT')).reportId,
        mechanisms: [],
      }),
  },
  ...(
    [
      ['sendReportForReview', 'ReportIdInput', 'DRAFT'],
      ['returnReportToDraft', 'ReturnReportToDraftInput', 'INTERNAL_REVIEW'],
      ['openReportValidation', 'ReportIdInput', 'INTERNAL_REVIEW'],
      ['submitCountryReport', 'ReportIdInput', 'STAKEHOLDER_VALIDATION'],
      ['publishCountryReport', 'PublishCountryReportInput', 'SUBMITTED'],
      ['startReportCorrection', 'ReportIdInput', 'PUBLISHED'],
    ] as const
  ).map(([mutation, inputType, state]): Case => ({
    mutation,
    scope: `Thailand's report (${state.toLowerCase()})`,
    allowed: ['officialOfThailand'],
    succeeds: true,
    run: async (w, t) =>
      mutate(w, t, mutation, inputType, { reportId: (await thaiReport(w, state)).reportId }, 'state'),
  })),
  {
    mutation: 'signOffParagraph',
    scope: "Thailand's report in validation, through organization C",
    allowed: ['memberOfCsoC'],
    succeeds: true,
    run: async (w, t) => {
      const { reportId, items } = await thaiReport(w, 'STAKEHOLDER_VALIDATION');
      return mutate(w, t, 'signOffParagraph', 'SignOffParagraphInput', {
        reportId,
        itemId: items['OP1(2)'],
        organizationId: w.csoC,
      });
    },
  },
  {
    mutation: 'fileShadowAssessment',
    scope: "Thailand's report in validation, through organization C",
    allowed: ['memberOfCsoC'],
    succeeds: true,
    run: async (w, t) => {
      const { reportId, items } = await thaiReport(w, 'STAKEHOLDER_VALIDATION');
      return mutate(w, t, 'fileShadowAssessment', 'FileShadowAssessmentInput', {
        reportId,
        itemId: items['OP1(3)'],
        organizationId: w.csoC,
        status: 'NOT_STARTED',
        narrative: 'Nothing has started in our province.',
      });
    },
  },
  // These end sessions or the account: each signed-in run uses a person of its own.
  ...[
    ['logout', `mutation { logout }`],
    ['logoutEverywhere', `mutation { logoutEverywhere }`],
    [
      'changePassword',
      `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "another long passphrase" }) { accessToken } }`,
    ],
    ['deleteAccount', `mutation { deleteAccount(input: { password: "${PASSWORD}" }) }`],
  ].map(([mutation, query]): Case => ({
    mutation,
    scope: 'own account',
    allowed: SIGNED_IN,
    run: async (w, t) => gql(w, t && (await signUp(w.api, 'disposable')).token, query),
  })),
  // Open to everyone: the policy never refuses them (they may still fail on their input).
  ...[
    [
      'register',
      `mutation { register(input: { email: "MAIL", password: "${PASSWORD}", displayName: "New" }) { id } }`,
    ],
    ['verifyEmail', `mutation { verifyEmail(token: "no-such-token") { id } }`],
    [
      'login',
      `mutation { login(input: { email: "nobody@example.org", password: "${PASSWORD}" }) { accessToken } }`,
    ],
    ['refreshSession', `mutation { refreshSession { accessToken } }`],
    ['requestPasswordReset', `mutation { requestPasswordReset(email: "nobody@example.org") }`],
    [
      'resetPassword',
      `mutation { resetPassword(input: { token: "no-such-token", password: "${PASSWORD}" }) }`,
    ],
  ].map(([mutation, query]): Case => ({
    mutation,
    scope: 'public',
    allowed: ROLES,
    run: (w, t) => gql(w, t, query.replace('MAIL', uniqueEmail('public'))),
  })),
];

let thailandId = '';

describe('authorization matrix', () => {
  const world = {} as World;

  beforeAll(async () => {
    const api = await startTestApp({ demo: true, adminEmails: ['matrix-admin@example.org'] });
    world.api = api;
    [{ id: thailandId }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    const [{ id: kenya }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'KE'`);
    const [{ id: assemblyX }] = await api.dataSource.query(
      `SELECT id FROM assemblies WHERE kind = 'NATIONAL'`,
    );
    const [{ id: assemblyY }] = await api.dataSource.query(
      `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('Kenya Health Assembly', 'NATIONAL', $1) RETURNING id`,
      [kenya],
    );
    const person = (label: string, options?: { verify?: boolean; email?: string }) =>
      signUp(api, label, options);
    const people = {
      unverified: await person('unverified', { verify: false }),
      citizen: await person('citizen'),
      memberOfA: await person('member-a'),
      adminOfA: await person('admin-a'),
      adminOfB: await person('admin-b'),
      secretariatOfX: await person('secretariat-x'),
      secretariatOfY: await person('secretariat-y'),
      moderatorOfX: await person('moderator-x'),
      platformAdmin: await person('admin', { email: 'matrix-admin@example.org' }),
      officialOfThailand: await person('official-th'),
      officialOfKenya: await person('official-ke'),
      memberOfCsoC: await person('member-c'),
    };
    const create = async (owner: Person, name: string) => {
      const created = await api.graphql<{ createOrganization: { id: string } }>(
        `mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, sector: 'CIVIL_SOCIETY', jurisdictionId: thailandId } },
        { token: owner.token },
      );
      return created.data!.createOrganization.id;
    };
    world.orgA = await create(people.adminOfA, 'Organization A');
    world.orgB = await create(people.adminOfB, 'Organization B');
    await api.dataSource.query(
      `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
      [world.orgA, people.memberOfA.id],
    );
    const grant = (assemblyId: string, who: Person, role: string) =>
      api.graphql(
        `mutation ($i: GrantAssemblyRoleInput!) { grantAssemblyRole(input: $i) { role } }`,
        { i: { assemblyId, email: who.email, role } },
        { token: people.platformAdmin.token },
      );
    await grant(assemblyX, people.secretariatOfX, 'SECRETARIAT');
    await grant(assemblyY, people.secretariatOfY, 'SECRETARIAT');
    await grant(assemblyX, people.moderatorOfX, 'MODERATOR');
    await api.dataSource.query(`UPDATE users SET residence_jurisdiction_id = $1 WHERE id = $2`, [
      thailandId,
      people.citizen.id,
    ]);
    world.people = people;
    world.assemblyX = assemblyX;
    world.residentOfThailand = people.citizen.id;
    world.cycle = cycleRows(api.dataSource, thailandId);
    world.resolutions = resolutionRows(api.dataSource, world.cycle, thailandId);
    world.ministry = await world.resolutions.governmentOrganization(people.platformAdmin.id);
    world.charters = charterRows(api.dataSource, thailandId);
    world.reports = reportRows(api.dataSource);
    const verified = (name: string, sector: string, country: string) =>
      world.reports.organization(name, sector, country, people.platformAdmin.id);
    await world.reports.member(
      await verified('Thai Ministry', 'GOVERNMENT', thailandId),
      people.officialOfThailand.id,
    );
    await world.reports.member(
      await verified('Kenyan Ministry', 'GOVERNMENT', kenya),
      people.officialOfKenya.id,
    );
    world.csoC = await verified('Organization C', 'CIVIL_SOCIETY', thailandId);
    await world.reports.member(world.csoC, people.memberOfCsoC.id);
    let n = 0;
    world.newUserEmail = async () => {
      const email = `target${++n}.${Date.now().toString(36)}@example.org`;
      const [{ id }] = await api.dataSource.query(
        `INSERT INTO users (email, display_name, email_verified_at) VALUES ($1, 'Target', now()) RETURNING id`,
        [email],
      );
      return { id, email };
    };
  });

  afterAll(() => world.api?.close());

  const rows = CASES.flatMap((testCase) => ROLES.map((role) => ({ ...testCase, role })));

  it.each(
    rows.map((row) => [
      row.mutation,
      row.role,
      row.allowed.includes(row.role) ? 'allowed' : 'denied',
      row.scope,
      row,
    ]),
  )('%s as %s: %s (%s)', async (_mutation, role, verdict, _scope, row) => {
    const token = role === 'anonymous' ? undefined : world.people[role as Exclude<Role, 'anonymous'>].token;
    const auditBefore = await world.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries`);
    const response = await row.run(world, token);
    const code = errorCode(response);
    if (verdict === 'allowed') {
      // Public mutations may still answer UNAUTHENTICATED for wrong credentials, never FORBIDDEN.
      expect(code).not.toBe('FORBIDDEN');
      if (row.scope !== 'public') expect(code).not.toBe('UNAUTHENTICATED');
      if (row.succeeds) expect(response.errors).toBeUndefined();
    } else {
      expect(code).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(await world.api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries`)).toEqual(
        auditBefore,
      );
    }
  });

  it('covers every mutation the schema has', () => {
    const mutations = Object.keys(
      world.api.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {},
    );
    expect([...new Set(CASES.map((testCase) => testCase.mutation))].sort()).toEqual(mutations.sort());
  });

  it('logs permission denials apart from the public chain', async () => {
    const [{ n }] = await world.api.dataSource.query(
      `SELECT count(*)::int AS n FROM security_events WHERE kind = 'permission_denied'`,
    );
    expect(n).toBeGreaterThan(10);
  });
});
