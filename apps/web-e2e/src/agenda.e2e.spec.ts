import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { AGENDA_ADMIN_EMAIL } from './support/server';
import { CRITERIA, graphql, person } from './support/api';
import { journey } from './support/journey';

describe('an agenda proposal, from draft to agenda item', () => {
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

  it('is drafted, submitted, screened and selected, then shown on the public agenda', async () => {
    const stamp = Date.now();
    const memberEmail = `somchai.${stamp}@canopy.test`;
    const secretariatEmail = `secretariat.${stamp}@canopy.test`;
    const title = `Clean air in Bangkok schools ${stamp}`;

    // Preconditions, through the API: people, a verified organization, a secretariat, an open edition
    // whose committee meets the 60% rule, and the organization as an approved constituency.
    const adminToken = await person(AGENDA_ADMIN_EMAIL, 'Agenda Admin');
    const memberToken = await person(memberEmail, 'Somchai Rakdee');
    const secretariatToken = await person(secretariatEmail, 'Assembly Secretariat');

    const { assemblies, jurisdictions } = await graphql<{
      assemblies: { edges: { node: { id: string; name: string } }[] };
      jurisdictions: { edges: { node: { id: string } }[] };
    }>(`
      {
        assemblies(first: 50, kind: AREA) {
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
    const assemblyId = assemblies.edges.find((edge) => edge.node.name === 'Bangkok Health Assembly')!.node.id;
    const thailandId = jurisdictions.edges[0].node.id;

    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: `Bangkok Clean Air Network ${stamp}`,
          sector: 'CIVIL_SOCIETY',
          jurisdictionId: thailandId,
          description: 'Parents and teachers for clean air.',
        },
      },
      memberToken,
    );
    const organizationId = createOrganization.id;
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
    await graphql(
      `
        mutation ($input: GrantAssemblyRoleInput!) {
          grantAssemblyRole(input: $input) {
            role
          }
        }
      `,
      { input: { assemblyId, email: secretariatEmail, role: 'SECRETARIAT' } },
      adminToken,
    );

    const { createEdition } = await graphql<{ createEdition: { id: string } }>(
      `
        mutation ($input: CreateEditionInput!) {
          createEdition(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          assemblyId,
          number: 40 + (stamp % 50),
          title: `Bangkok Health Assembly, test sitting ${stamp}`,
          startsOn: '2027-03-01',
          endsOn: '2027-03-02',
        },
      },
      secretariatToken,
    );
    const editionId = createEdition.id;
    for (const [name, sector] of [
      ['Chair from civil society', 'CIVIL_SOCIETY'],
      ['Academic member', 'ACADEMIC_PROFESSIONAL'],
      ['Ministry member', 'GOVERNMENT'],
    ]) {
      await graphql(
        `
          mutation ($input: AddCommitteeMemberInput!) {
            addCommitteeMember(input: $input) {
              id
            }
          }
        `,
        { input: { editionId, name, sector } },
        secretariatToken,
      );
    }
    await graphql(
      `
        mutation ($input: OpenProposalWindowInput!) {
          openProposalWindow(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          editionId,
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
      secretariatToken,
    );
    const { applyAsConstituency } = await graphql<{ applyAsConstituency: { id: string } }>(
      `
        mutation ($input: ApplyAsConstituencyInput!) {
          applyAsConstituency(input: $input) {
            id
          }
        }
      `,
      { input: { editionId, organizationId, basis: 'ISSUE', focus: 'Clean air for children' } },
      memberToken,
    );
    await graphql(
      `
        mutation ($input: DecideConstituencyInput!) {
          decideConstituency(input: $input) {
            state
          }
        }
      `,
      { input: { constituencyId: applyAsConstituency.id, approve: true } },
      secretariatToken,
    );

    // The organization's member drafts the proposal, saves it, comes back to it and submits it.
    await signIn(memberEmail);
    await page.goto(`/editions/${editionId}`);
    await testId('edition').waitFor();
    await expect(testId('proposal-window').locator('canopy-tag').getAttribute('data-state')).resolves.toBe(
      'OPEN',
    );
    await testId('propose-link').click();
    await page.waitForURL(`**/editions/${editionId}/proposals/new`);
    await testId('proposal-form').waitFor();
    await expectNoAxeViolations();

    await testId('proposal-evidence-links').fill('not a link');
    await testId('proposal-save').click();
    await testId('proposal-title-error').waitFor();
    await expect(testId('proposal-title-error').innerText()).resolves.toBe('This is required.');
    await expect(testId('proposal-evidence-links-error').innerText()).resolves.toContain('web address');
    await expectNoAxeViolations();

    await expect(testId('proposal-organization').inputValue()).resolves.toBe(organizationId);
    await testId('proposal-title').fill(title);
    await testId('proposal-problem').fill('Children breathe fine dust on their way to school and in class.');
    await testId('proposal-evidence-links').fill('https://example.org/pm25-report');
    await testId('proposal-affected-groups').fill('Schoolchildren\nTeachers');
    await testId('proposal-save').click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}\/edit\?saved=1$/);
    const proposalId = new URL(page.url()).pathname.split('/')[2];
    await testId('proposal-saved').waitFor();

    // The draft is kept: coming back shows what was saved.
    await page.goto(`/proposals/${proposalId}/edit`);
    await page.waitForFunction(
      (expected) =>
        (document.querySelector('[data-testid="proposal-title"]') as HTMLInputElement | null)?.value ===
        expected,
      title,
    );
    await testId('proposal-submit').click();
    await testId('proposal-proposed-action-error').waitFor();
    await expect(testId('proposal-proposed-action-error').innerText()).resolves.toBe(
      'Write this before submitting.',
    );
    await testId('proposal-proposed-action').fill(
      'Filter the air in every classroom and plant trees along school roads.',
    );
    await testId('proposal-submit').click();
    await page.waitForURL(`**/proposals/${proposalId}?submitted=1`);
    await testId('proposal-submitted').waitFor();
    await expect(testId('proposal-state').innerText()).resolves.toBe('Submitted');
    await expectNoAxeViolations();
    await signOut();

    // The secretariat scores it on every criterion, screens it and puts it on the agenda.
    await signIn(secretariatEmail);
    await page.goto(`/editions/${editionId}/screening`);
    await testId('screening-board').waitFor();
    const review = page.locator(`[data-testid="review"][data-proposal="${proposalId}"]`);
    await review.waitFor();
    await expectNoAxeViolations();
    for (const [index, criterion] of CRITERIA.entries()) {
      await review.locator(`[data-testid="score-${criterion}"]`).selectOption(String(5 - (index % 2)));
    }
    await review.locator('[data-testid="save-scores"]').click();
    await review.locator('[data-testid="review-done"]').waitFor();
    await review.locator('[data-testid="screen-proposal"]:not([disabled])').click();
    await page
      .locator(`[data-testid="review"][data-proposal="${proposalId}"][data-state="SCREENED"]`)
      .waitFor();
    await review.locator('[data-testid="decision-select"]').check();
    await review.locator('[data-testid="agenda-title"]').fill(`Clean air in schools ${stamp}`);
    await review.locator('[data-testid="decide"]').click();
    await testId('decision-done').waitFor();
    await review.waitFor({ state: 'detached' });
    await testId('board-agenda-item').first().waitFor();
    await expectNoAxeViolations();
    await signOut();

    // Anyone reads it on the public agenda, item 1, with the triangle of who took part.
    await page.goto(`/editions/${editionId}`);
    const item = page.locator('[data-testid="agenda-item"][data-number="1"]');
    await item.waitFor();
    await expect(item.locator('[data-testid="agenda-item-title"]').innerText()).resolves.toBe(
      `Clean air in schools ${stamp}`,
    );
    await expect(item.innerText()).resolves.toContain(title);
    const chart = testId('participation-chart');
    await chart.waitFor();
    const rows = await chart.locator('table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/Constituencies\s+1\s+0\s+0\s+0/);
    await expect(testId('committee-rule').getAttribute('data-meets-rule')).resolves.toBe('true');
    await expectNoAxeViolations();

    await page.goto(`/proposals/${proposalId}`);
    await testId('proposal-agenda-item').waitFor();
    await expect(testId('proposal-state').innerText()).resolves.toBe('On the agenda');
    await expectNoAxeViolations();

    // In Arabic, right to left, on a narrow phone.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/editions/${editionId}`);
    await testId('edition').waitFor();
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(testId('agenda-item').first().innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
  });
});
