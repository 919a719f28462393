import { RESOLUTIONS_ADMIN_EMAIL } from './server';
import { act, CRITERIA, graphql, person } from './api';

/**
 * A resolution in public consultation: an organization's proposal, screened and selected onto the
 * agenda of a new edition, drafted, revised once, and opened for a week. Each journey names its own
 * platform admin, registered here: journeys run at once, and one address registers once.
 */
export async function resolutionInConsultation(stamp: number, adminEmail = RESOLUTIONS_ADMIN_EMAIL) {
  const adminToken = await person(adminEmail, 'Resolutions Admin');
  const memberEmail = `network.${stamp}@canopy.test`;
  const secretariatEmail = `nha.secretariat.${stamp}@canopy.test`;
  const memberToken = await person(memberEmail, 'Malee Network');
  const secretariatToken = await person(secretariatEmail, 'Assembly Secretariat');

  const { assemblies, jurisdictions } = await graphql<{
    assemblies: { edges: { node: { id: string; name: string } }[] };
    jurisdictions: { edges: { node: { id: string } }[] };
  }>(`
    {
      assemblies(first: 50) {
        edges {
          node {
            id
            name
          }
        }
      }
      jurisdictions(countryCode: "TH", level: COUNTRY) {
        edges {
          node {
            id
          }
        }
      }
    }
  `);
  const assemblyId = assemblies.edges.find(
    (edge) => edge.node.name === 'Khon Kaen Provincial Health Assembly',
  )!.node.id;
  const thailandId = jurisdictions.edges[0].node.id;

  const organizationId = await act(
    'createOrganization',
    'CreateOrganizationInput',
    {
      name: `Khon Kaen Clean Air Network ${stamp}`,
      sector: 'CIVIL_SOCIETY',
      jurisdictionId: thailandId,
      description: 'Parents and teachers for clean air.',
    },
    memberToken,
  );
  await graphql(
    `
      mutation ($id: ID!) {
        verifyOrganization(id: $id) {
          id
        }
      }
    `,
    { id: organizationId },
    adminToken,
  );
  await act(
    'grantAssemblyRole',
    'GrantAssemblyRoleInput',
    { assemblyId, email: secretariatEmail, role: 'SECRETARIAT' },
    adminToken,
    '__typename',
  );
  const editionId = await act(
    'createEdition',
    'CreateEditionInput',
    {
      assemblyId,
      // Journeys run in parallel on one assembly: their sittings' numbers must not meet.
      number: 100 + (stamp % 9_900),
      title: `Khon Kaen Health Assembly, test sitting ${stamp}`,
      startsOn: '2027-03-01',
      endsOn: '2027-03-02',
    },
    secretariatToken,
  );
  for (const [name, sector] of [
    ['Chair from civil society', 'CIVIL_SOCIETY'],
    ['Academic member', 'ACADEMIC_PROFESSIONAL'],
    ['Ministry member', 'GOVERNMENT'],
  ]) {
    await act('addCommitteeMember', 'AddCommitteeMemberInput', { editionId, name, sector }, secretariatToken);
  }
  await act(
    'openProposalWindow',
    'OpenProposalWindowInput',
    {
      editionId,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
    secretariatToken,
  );
  const constituencyId = await act(
    'applyAsConstituency',
    'ApplyAsConstituencyInput',
    { editionId, organizationId, basis: 'ISSUE', focus: 'Clean air for children' },
    memberToken,
  );
  await act(
    'decideConstituency',
    'DecideConstituencyInput',
    { constituencyId, approve: true },
    secretariatToken,
  );
  const proposalTitle = `Clean air in Khon Kaen schools ${stamp}`;
  const proposalId = await act(
    'draftProposal',
    'DraftProposalInput',
    {
      editionId,
      organizationId,
      title: proposalTitle,
      problem: 'Children breathe fine dust in class.',
      proposedAction: 'Filter the air in every classroom.',
    },
    memberToken,
  );
  await act('submitProposal', 'ProposalIdInput', { proposalId }, memberToken);
  await act(
    'scoreProposal',
    'ScoreProposalInput',
    { proposalId, scores: CRITERIA.map((criterionKey) => ({ criterionKey, score: 4 })) },
    secretariatToken,
  );
  await act('screenProposal', 'ProposalIdInput', { proposalId }, secretariatToken);
  const agendaItemId = await act(
    'selectProposal',
    'SelectProposalInput',
    { proposalId, title: `Clean air in schools ${stamp}` },
    secretariatToken,
  );
  const resolutionId = await act(
    'draftResolution',
    'DraftResolutionInput',
    {
      agendaItemId,
      title: `Clean air in every classroom ${stamp}`,
      paragraphs: [
        'Recognizing that children breathe fine dust in class during the haze season,',
        'Calls on the provincial health office to filter the air in every classroom,',
        'Asks the education office to report each year on the air in schools.',
      ],
    },
    secretariatToken,
  );
  await act(
    'reviseResolution',
    'ReviseResolutionInput',
    {
      resolutionId,
      changeNote: 'Names who pays for the filters.',
      paragraphs: [
        'Recognizing that children breathe fine dust in class during the haze season,',
        'Calls on the provincial health office to filter the air in every classroom, from its own budget,',
        'Asks the education office to report each year on the air in schools.',
      ],
    },
    secretariatToken,
  );
  await act(
    'openConsultation',
    'OpenConsultationInput',
    { resolutionId, closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    secretariatToken,
  );
  return { resolutionId, proposalId, proposalTitle, secretariatToken };
}
