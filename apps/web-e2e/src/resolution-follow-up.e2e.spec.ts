import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { FOLLOW_UP_ADMIN_EMAIL } from './support/server';
import { act, CRITERIA, graphql, person } from './support/api';
import { journey } from './support/journey';

async function verifyOrganization(id: string, adminToken: string): Promise<void> {
  await graphql(
    `
      mutation ($id: ID!) {
        verifyOrganization(id: $id) {
          id
        }
      }
    `,
    { id },
    adminToken,
  );
}

/**
 * An agenda item waiting for its resolution: a civil society proposal screened and selected onto a new
 * edition of the Youth National Health Assembly; a verified government organization of Thailand; the
 * secretariat and a moderator of the assembly.
 */
async function agendaItemToResolve(
  stamp: number,
  people: Record<'secretariat' | 'moderator' | 'official', string>,
) {
  const adminToken = await person(FOLLOW_UP_ADMIN_EMAIL, 'Follow-up Admin');
  const memberToken = await person(`youth.network.${stamp}@canopy.test`, 'Youth Network');
  const secretariatToken = await person(people.secretariat, 'Youth Assembly Secretariat');
  await person(people.moderator, 'Youth Assembly Moderator');
  const officialToken = await person(people.official, 'Ministry Official');

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
  const assemblyId = assemblies.edges.find((edge) => edge.node.name === 'Youth National Health Assembly')!
    .node.id;
  const thailandId = jurisdictions.edges[0].node.id;

  const organizationId = await act(
    'createOrganization',
    'CreateOrganizationInput',
    { name: `Youth Mental Health Network ${stamp}`, sector: 'CIVIL_SOCIETY', jurisdictionId: thailandId },
    memberToken,
  );
  await verifyOrganization(organizationId, adminToken);
  const ministryName = `Department of Mental Health ${stamp}`;
  const ministryId = await act(
    'createOrganization',
    'CreateOrganizationInput',
    { name: ministryName, sector: 'GOVERNMENT', jurisdictionId: thailandId },
    officialToken,
  );
  await verifyOrganization(ministryId, adminToken);
  for (const [email, role] of [
    [people.secretariat, 'SECRETARIAT'],
    [people.moderator, 'MODERATOR'],
  ]) {
    await act(
      'grantAssemblyRole',
      'GrantAssemblyRoleInput',
      { assemblyId, email, role },
      adminToken,
      '__typename',
    );
  }

  const editionId = await act(
    'createEdition',
    'CreateEditionInput',
    {
      assemblyId,
      number: 200 + (stamp % 50),
      title: `Youth National Health Assembly, test sitting ${stamp}`,
      startsOn: '2027-06-01',
      endsOn: '2027-06-02',
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
    { editionId, organizationId, basis: 'ISSUE', focus: 'Mental health of young people' },
    memberToken,
  );
  await act(
    'decideConstituency',
    'DecideConstituencyInput',
    { constituencyId, approve: true },
    secretariatToken,
  );
  const proposalId = await act(
    'draftProposal',
    'DraftProposalInput',
    {
      editionId,
      organizationId,
      title: `Counsellors in every school ${stamp}`,
      problem: 'Young people wait months to see anyone.',
      proposedAction: 'Train and fund a counsellor in every secondary school.',
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
  await act(
    'selectProposal',
    'SelectProposalInput',
    { proposalId, title: `School counsellors ${stamp}` },
    secretariatToken,
    '__typename',
  );
  return { assemblyId, editionId, ministryId, ministryName };
}

describe('a resolution, from its first draft to the progress on its commitments', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  beforeEach(async () => {
    ({ page } = await newPage(browser));
    consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterEach(async () => {
    await page?.context().close();
    expect(consoleErrors).toEqual([]);
  });

  const { expectNoAxeViolations, signIn, signOut, testId } = journey(() => page);

  const inState = (state: string) =>
    page.locator(`[data-testid="manage-state"][data-state="${state}"]`).waitFor();

  it('is drafted, consulted, adopted and transmitted; its champion reports; a flagged comment is hidden', async () => {
    const stamp = Date.now();
    const people = {
      secretariat: `youth.secretariat.${stamp}@canopy.test`,
      moderator: `youth.moderator.${stamp}@canopy.test`,
      official: `dmh.official.${stamp}@canopy.test`,
    };
    const { assemblyId, editionId, ministryId, ministryName } = await agendaItemToResolve(stamp, people);
    const commenterToken = await person(`commenter.${stamp}@canopy.test`, 'Angry Commenter');
    const flaggerToken = await person(`flagger.${stamp}@canopy.test`, 'Careful Reader');

    // The secretariat drafts version 1 from the edition's agenda, putting the paragraphs in order.
    await signIn(people.secretariat);
    await page.goto(`/editions/${editionId}`);
    await testId('draft-resolution-link').click();
    await testId('draft-form').waitFor();
    await testId('draft-submit').click();
    await testId('draft-title-problem').waitFor();
    await expectNoAxeViolations();
    await testId('draft-title').fill(`A counsellor in every school ${stamp}`);
    await testId('paragraph-text')
      .first()
      .fill('Calls on the ministry to fund a counsellor in every school,');
    await testId('paragraph-add').click();
    await testId('paragraph-text').nth(1).fill('Recognizing that young people wait months for help,');
    await testId('paragraph-up').nth(1).click();
    // Focus stays with the paragraph moved, so a keyboard user can keep moving it.
    // Focus moves after the next render; wait for it rather than read it at once.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'paragraph-down',
      undefined,
      { timeout: 5000 },
    );
    await expect(testId('paragraph-text').first().inputValue()).resolves.toContain('Recognizing');
    await testId('draft-submit').click();
    await page.waitForURL(/\/resolutions\/[0-9a-f-]{36}\/manage$/);
    const resolutionId = new URL(page.url()).pathname.split('/')[2];
    await inState('DRAFTING');
    await expect(testId('manage-paragraphs').locator('li').allInnerTexts()).resolves.toEqual([
      'Recognizing that young people wait months for help,',
      'Calls on the ministry to fund a counsellor in every school,',
    ]);
    await expectNoAxeViolations();

    // Opens the public consultation (closing in two weeks by default).
    await testId('open-consultation').click();
    await inState('CONSULTATION');
    await testId('consultation-done').waitFor();

    // Meanwhile, through the API: a citizen comments abusively and another reader flags it.
    const { resolution } = await graphql<{ resolution: { consultation: { id: string } } }>(
      `
        query ($id: ID!) {
          resolution(id: $id) {
            consultation {
              id
            }
          }
        }
      `,
      { id: resolutionId },
    );
    const commentBody = `Whoever wrote this is an idiot ${stamp}`;
    const commentId = await act(
      'postComment',
      'PostCommentInput',
      { consultationId: resolution.consultation.id, body: commentBody, paragraph: 2 },
      commenterToken,
    );
    await act(
      'flagComment',
      'FlagCommentInput',
      { commentId, reason: 'ABUSE', note: 'Insults the drafters.' },
      flaggerToken,
    );

    // Closes the consultation, tables the final draft, and records its adoption with a commitment.
    await testId('close-consultation').click();
    await inState('FINAL_DRAFT');
    await testId('table').click();
    await inState('TABLED');
    await testId('adopt-form').waitFor();
    await expectNoAxeViolations();
    await testId('commitment-actor').fill('Department of Mental Health');
    await testId('commitment-action').fill('Fund a counsellor in every secondary school.');
    await testId('commitment-due').fill('2028-12-31');
    await testId('adopt').click();
    await inState('ADOPTED');
    await testId('decision-done').waitFor();
    await expect(testId('manage-commitment').count()).resolves.toBe(1);

    // Transmits it to the ministry, a verified government organization, as its policy champion.
    await testId('transmit-body').fill('National Health Commission');
    await page.locator(`[data-testid="transmit-champion"] option[value="${ministryId}"]`).waitFor({
      state: 'attached',
    });
    await testId('transmit-champion').selectOption(ministryId);
    await testId('transmit').click();
    await inState('TRANSMITTED');
    await expect(testId('manage-transmitted').innerText()).resolves.toContain(ministryName);
    await expectNoAxeViolations();
    await signOut();

    // The moderator finds the flagged comment from the assembly page and hides it, with a reason.
    await signIn(people.moderator);
    await page.goto(`/assemblies/${assemblyId}`);
    await testId('moderation-link').click();
    await page.waitForURL(`**/assemblies/${assemblyId}/moderation`);
    const flagged = page.locator(`[data-testid="moderated-comment"][data-comment="${commentId}"]`);
    await flagged.waitFor();
    await expect(flagged.locator('[data-testid="moderated-body"]').innerText()).resolves.toBe(commentBody);
    await expect(flagged.locator('[data-testid="moderated-flag"]').getAttribute('data-reason')).resolves.toBe(
      'ABUSE',
    );
    await expectNoAxeViolations();
    await flagged.locator('[data-testid="hide-comment"]').click();
    await flagged.locator('.problem').waitFor();
    await flagged.locator('[data-testid="hide-reason"]').fill('Insults are not debate.');
    await flagged.locator('[data-testid="hide-comment"]').click();
    await testId('moderation-done').waitFor();
    await flagged.waitFor({ state: 'detached' });
    await expectNoAxeViolations();
    await signOut();

    // The ministry's official reports progress on the commitment, from the organization's page.
    await signIn(people.official);
    await page.goto(`/organizations/${ministryId}`);
    await testId('commitments-link').click();
    await page.waitForURL(`**/organizations/${ministryId}/commitments`);
    const commitment = testId('champion-commitment').first();
    await commitment.waitFor();
    await expectNoAxeViolations();
    await commitment.locator('[data-testid="progress-status"]').selectOption('ON_GOING');
    await commitment
      .locator('[data-testid="progress-narrative"]')
      .fill('Counsellors are hired in 120 of 400 schools; training runs this term.');
    await commitment
      .locator('[data-testid="progress-evidence"]')
      .fill('https://dmh.example.go.th/counsellors-2027');
    await commitment.locator('[data-testid="progress-submit"]').click();
    await commitment.locator('[data-testid="progress-update"][data-status="ON_GOING"]').waitFor();
    await expect(
      commitment.locator('[data-testid="commitment-status"]').getAttribute('data-status'),
    ).resolves.toBe('ON_GOING');
    await expectNoAxeViolations();

    // The first report starts the implementation, as the public page shows; and in Arabic on a phone.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(testId('champion-heading').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
    const { resolution: after } = await graphql<{ resolution: { state: string } }>(
      `
        query ($id: ID!) {
          resolution(id: $id) {
            state
          }
        }
      `,
      { id: resolutionId },
    );
    expect(after.state).toBe('IMPLEMENTING');
  });
});
