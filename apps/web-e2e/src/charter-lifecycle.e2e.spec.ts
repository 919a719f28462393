import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { CHARTERS_ADMIN_EMAIL } from './support/server';
import { act, graphql, person } from './support/api';
import { journey } from './support/journey';

interface CharterFacts {
  charter: {
    latestEdition: { id: string; hearing: { id: string } | null };
    currentEdition: {
      id: string;
      state: string;
      signatures: { people: number };
      clauses: { number: number; text: string; readings: { value: number; periodEnd: string }[] }[];
      sections: { kind: string; title: string; clauses: { number: number; text: string }[] }[];
    };
  } | null;
}

const charterFacts = async (id: string) =>
  (
    await graphql<CharterFacts>(
      `
        query ($id: ID!) {
          charter(id: $id) {
            latestEdition {
              id
              hearing {
                id
              }
            }
            currentEdition {
              id
              state
              signatures {
                people
              }
              clauses {
                number
                text
                readings {
                  value
                  periodEnd
                }
              }
              sections {
                kind
                title
                clauses {
                  number
                  text
                }
              }
            }
          }
        }
      `,
      { id },
    )
  ).charter!;

/** Saves the edition's text as it stands, through the API, as another committee member would. */
async function saveAgain(charterId: string, token: string): Promise<void> {
  const { charter } = await graphql<{
    charter: {
      latestEdition: {
        id: string;
        textRevision: number;
        sections: {
          kind: string;
          title: string;
          clauses: {
            id: string;
            text: string;
            responsible: { name: string; organization: { id: string } | null }[];
            indicator: Record<string, unknown> | null;
          }[];
        }[];
      };
    };
  }>(
    `
      query ($id: ID!) {
        charter(id: $id) {
          latestEdition {
            id
            textRevision
            sections {
              kind
              title
              clauses {
                id
                text
                responsible {
                  name
                  organization {
                    id
                  }
                }
                indicator {
                  name
                  target
                  unit
                  frequency
                  direction
                }
              }
            }
          }
        }
      }
    `,
    { id: charterId },
  );
  const edition = charter.latestEdition;
  await act(
    'saveCharterText',
    'SaveCharterTextInput',
    {
      editionId: edition.id,
      expectedRevision: edition.textRevision,
      sections: edition.sections.map((section) => ({
        ...section,
        clauses: section.clauses.map((clause) => ({
          ...clause,
          responsible: clause.responsible.map((actor) => ({
            name: actor.name,
            organizationId: actor.organization?.id ?? null,
          })),
        })),
      })),
    },
    token,
  );
}

let adminToken: Promise<string> | undefined;
/** The platform admin of these tests, registered once whichever test needs them first. */
const charterAdmin = () => (adminToken ??= person(CHARTERS_ADMIN_EMAIL, 'Charters Admin'));

/**
 * A civil society organization of Ban Phru (a Thai community of the demo), verified by a platform
 * admin; its member who will convene the charter; a colleague to seat on the committee; and a resident
 * of Ban Phru, who votes in the hearing and signs the charter.
 */
async function communityOfBanPhru(stamp: number) {
  const adminToken = await charterAdmin();
  const people = {
    convener: `charter.convener.${stamp}@canopy.test`,
    colleague: `charter.colleague.${stamp}@canopy.test`,
    resident: `charter.resident.${stamp}@canopy.test`,
  };
  const convenerToken = await person(people.convener, 'Ban Phru Convener');
  const colleagueToken = await person(people.colleague, 'Village Health Volunteer');
  const residentToken = await person(people.resident, 'Ban Phru Resident');

  const { jurisdictions } = await graphql<{
    jurisdictions: { edges: { node: { id: string; name: string } }[] };
  }>(`
    {
      jurisdictions(countryCode: "TH", level: COMMUNITY, first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  `);
  const placeId = jurisdictions.edges.find((edge) => edge.node.name === 'Ban Phru')!.node.id;
  const organizationName = `Ban Phru Health Network ${stamp}`;
  const organizationId = await act(
    'createOrganization',
    'CreateOrganizationInput',
    { name: organizationName, sector: 'CIVIL_SOCIETY', jurisdictionId: placeId },
    convenerToken,
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
    'recordDemographics',
    'DemographicsInput',
    { residenceJurisdictionId: placeId },
    residentToken,
    '__typename',
  );
  return { people, organizationName, convenerToken, residentToken, colleagueToken };
}

describe('a community health charter, from its initiation to a reading of its indicator', () => {
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
    page.locator(`[data-testid="editor-state"][data-state="${state}"]`).waitFor();

  it('is found by place, read with the trends of its indicators, and compared with its first edition', async () => {
    // Anyone narrows the charters to a community of Hat Yai, one level at a time.
    await page.goto('/charters');
    await testId('charter-list').waitFor();
    await testId('charter-place-0').selectOption({ label: 'Thailand' });
    await page.waitForURL(/place=/);
    await page
      .locator('[data-testid="charter-place-1"] option', { hasText: 'Songkhla' })
      .waitFor({ state: 'attached' });
    await testId('charter-place-1').selectOption({ label: 'Songkhla' });
    await page
      .locator('[data-testid="charter-place-2"] option', { hasText: 'Hat Yai' })
      .waitFor({ state: 'attached' });
    await testId('charter-place-2').selectOption({ label: 'Hat Yai' });
    await page
      .locator('[data-testid="charter-place-3"] option', { hasText: 'Kho Hong' })
      .waitFor({ state: 'attached' });
    await testId('charter-place-3').selectOption({ label: 'Kho Hong' });
    await page.locator('[data-testid="charter-total"][data-count="1"]').waitFor();
    await expectNoAxeViolations();

    // The address keeps the place: a reload shows the same choices and the same charter.
    await page.reload();
    await page.locator('[data-testid="charter-total"][data-count="1"]').waitFor();
    await expect(testId('charter-place-3').locator('option:checked').innerText()).resolves.toBe('Kho Hong');
    await testId('charter-link').click();

    // Its second edition is in force; its indicators show their trends, and it counts its signatures.
    await page.locator('[data-testid="charter"][data-state="IN_FORCE"][data-edition="2"]').waitFor();
    await expect(testId('charter-heading').innerText()).resolves.toBe('Kho Hong Community Health Charter');
    expect(await testId('indicator-trend').count()).toBeGreaterThan(0);
    await expect(testId('signature-count').getAttribute('data-people')).resolves.toBe('5');
    await testId('sign-sign-in').waitFor();
    await expectNoAxeViolations();

    // In Arabic on a narrow phone, the page reads right to left and nothing spills sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(testId('charter-edition').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
    await page.selectOption('[data-testid="language-switcher"]', 'en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The first edition stays readable, and the two compare clause by clause.
    await testId('charter-edition-link').first().click();
    await page.locator('[data-testid="charter"][data-state="SUPERSEDED"][data-edition="1"]').waitFor();
    await testId('charter-other-edition').waitFor();
    await testId('charter-compare-link').click();
    await page.waitForURL(/\/compare/);
    await testId('comparison').waitFor();
    const changes = await testId('comparison-row').evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-change')),
    );
    expect(changes).toContain('UNCHANGED');
    expect(changes.some((change) => change !== 'UNCHANGED')).toBe(true);
    await expect(testId('charter-compare-from').inputValue()).resolves.not.toBe(
      await testId('charter-compare-to').inputValue(),
    );
    await expectNoAxeViolations();
  });

  it('is initiated, drafted, heard, adopted at a forum, brought into force, measured and signed', async () => {
    const stamp = Date.now();
    const { people, organizationName, convenerToken, colleagueToken } = await communityOfBanPhru(stamp);
    const title = `Ban Phru health charter ${stamp}`;

    // The organization's member convenes the committee.
    await signIn(people.convener);
    await page.goto('/charters/new');
    await testId('charter-new-form').waitFor();
    await testId('charter-new-title').fill(title);
    await page.selectOption('[data-testid="charter-new-organization"]', { label: organizationName });
    await expect(testId('charter-new-place').locator('option:checked').innerText()).resolves.toBe('Ban Phru');
    await expectNoAxeViolations();
    await testId('charter-new-submit').click();
    await page.waitForURL(/\/charters\/[\w-]+\/edit$/);
    const charterId = new URL(page.url()).pathname.split('/')[2];
    await inState('INITIATED');
    await expect(testId('committee-member').count()).resolves.toBe(2);

    // A village health volunteer joins the committee.
    await testId('committee-email').fill(people.colleague);
    await page.selectOption('[data-testid="committee-sector"]', 'CIVIL_SOCIETY');
    await testId('committee-role').fill('Village health volunteer');
    await testId('committee-add').click();
    await testId('committee-add-done').waitFor();
    await expect(testId('committee-members').innerText()).resolves.toContain('Village Health Volunteer');

    await testId('start-drafting').click();
    await inState('DRAFTING');

    // Definitions first, then provisions with two clauses, one monitored by an indicator.
    await testId('section-add').click();
    await testId('section-title').nth(0).fill('Definitions');
    await testId('clause-text').nth(0).fill('"Household" means the people who share one kitchen.');
    await testId('section-add').click();
    await expect(testId('section-kind').nth(1).inputValue()).resolves.toBe('PROVISIONS');
    await testId('section-title').nth(1).fill('Safe food');
    await testId('clause-text').nth(1).fill('Every household keeps a vegetable garden.');
    await testId('clause-add').nth(1).click();
    await testId('clause-text').nth(2).fill('Shops sell no food with banned pesticides.');
    const monitored = testId('clause-draft').nth(2);
    await monitored.locator('[data-testid="actor-add"]').click();
    await monitored.locator('[data-testid="actor-name"]').fill('Ban Phru Health Network');
    await monitored.locator('[data-testid="actor-organization"]').selectOption({ label: organizationName });
    await monitored.locator('[data-testid="indicator-toggle"]').check();
    await monitored.locator('[data-testid="indicator-name"]').fill('Stalls tested clean');
    await monitored.locator('[data-testid="indicator-target"]').fill('90');
    await monitored.locator('[data-testid="indicator-unit"]').fill('%');
    await monitored.locator('[data-testid="indicator-frequency"]').selectOption('QUARTERLY');

    // By keyboard, the pesticides clause moves up to the head of its section; focus stays on its button.
    await testId('clause-up').nth(2).focus();
    await page.keyboard.press('Enter');
    // It moves, then focus follows it, after the next render.
    await page.waitForFunction(() => {
      const second = document.querySelectorAll<HTMLTextAreaElement>('[data-testid="clause-text"]')[1];
      const focused = document.activeElement;
      return (
        second?.value === 'Shops sell no food with banned pesticides.' &&
        focused?.getAttribute('data-testid') === 'clause-up' &&
        focused.closest('[data-testid="clause-draft"]')?.contains(second)
      );
    });
    await testId('text-save').click();
    await testId('text-done').waitFor();

    // The editor, in English and then in Arabic on a narrow phone.
    await expectNoAxeViolations();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(testId('editor-steps').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
    await page.selectOption('[data-testid="language-switcher"]', 'en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The text as saved: the clauses kept their order, numbered through the text.
    const drafted = await charterFacts(charterId);
    expect(
      drafted.currentEdition.sections.map((section) => [
        section.kind,
        section.title,
        section.clauses.map((clause) => clause.number),
      ]),
    ).toEqual([
      ['DEFINITIONS', 'Definitions', [1]],
      ['PROVISIONS', 'Safe food', [2, 3]],
    ]);
    expect(drafted.currentEdition.clauses[1].text).toBe('Shops sell no food with banned pesticides.');

    // Someone else saves meanwhile: the next save from this page is refused, and the page reloads theirs.
    await saveAgain(charterId, convenerToken);
    await testId('clause-text').nth(0).fill('"Household" means everyone under one roof.');
    await testId('text-save').click();
    await expect(testId('text-error').innerText()).resolves.toContain('Someone else saved the text');
    await testId('text-reload').click();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>('[data-testid="clause-text"]')?.value ===
        '"Household" means the people who share one kitchen.',
    );
    await expect(testId('text-error').count()).resolves.toBe(0);

    await testId('open-hearing').click();
    await inState('PUBLIC_HEARING');
    await testId('hearing-state').waitFor();

    // The convener lives elsewhere: the hearing says so before any vote is tried.
    await page.goto(`/charters/${charterId}`);
    await page.locator('[data-testid="vote-blocked"][data-reason="subject"]').waitFor();
    await expect(testId('vote-blocked').innerText()).resolves.toContain('Only residents of this place');

    // A resident of Ban Phru reads the charter on its public page, votes, and comments on clause 2.
    await signOut();
    await signIn(people.resident);
    await page.goto(`/charters/${charterId}`);
    await page.locator('[data-testid="charter"][data-state="PUBLIC_HEARING"]').waitFor();
    await expect(testId('charter-clause').count()).resolves.toBe(3);
    await expect(testId('consultation').getAttribute('data-state')).resolves.toBe('OPEN');
    await testId('vote-SUPPORT').locator('input').check();
    await testId('cast-vote').click();
    await page.locator('[data-testid="tally"][data-support="1"][data-total="1"]').waitFor();
    const heard = page.locator('[data-testid="charter-clause"][data-number="2"]');
    await heard.locator('[data-testid="paragraph-comments-toggle"]').click();
    await heard.locator('[data-testid="comments-empty"]').waitFor();
    const insult = `The shopkeepers are crooks ${stamp}`;
    await heard.locator('[data-testid="comment-body"]').fill(insult);
    await heard.locator('[data-testid="comment-submit"]').click();
    await heard.locator('[data-testid="comment"]').first().waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector(
          '[data-testid="charter-clause"][data-number="2"] [data-testid="paragraph-comments-toggle"]',
        )
        ?.textContent?.includes('1 comment on clause 2'),
    );
    await expectNoAxeViolations();
    await signOut();

    // The village health volunteer reports the comment; the committee hides it from its moderation queue.
    const { charter: heardCharter } = await graphql<{
      charter: { latestEdition: { hearing: { comments: { edges: { node: { id: string } }[] } } } };
    }>(
      `
        query ($id: ID!) {
          charter(id: $id) {
            latestEdition {
              hearing {
                comments(paragraph: 2) {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { id: charterId },
    );
    const commentId = heardCharter.latestEdition.hearing.comments.edges[0].node.id;
    await act('flagComment', 'FlagCommentInput', { commentId, reason: 'ABUSE' }, colleagueToken);
    await signIn(people.convener);
    await page.goto(`/charters/${charterId}`);
    await testId('charter-moderation-link').click();
    await page.waitForURL(`**/charters/${charterId}/moderation`);
    const flagged = page.locator(`[data-testid="moderated-comment"][data-comment="${commentId}"]`);
    await flagged.waitFor();
    await expect(flagged.locator('[data-testid="moderated-body"]').innerText()).resolves.toBe(insult);
    await expect(flagged.innerText()).resolves.toContain('On clause 2');
    await expectNoAxeViolations();
    await flagged.locator('[data-testid="hide-reason"]').fill('Name-calling is not a hearing.');
    await flagged.locator('[data-testid="hide-comment"]').click();
    await testId('moderation-done').waitFor();
    await flagged.waitFor({ state: 'detached' });

    await page.goto(`/charters/${charterId}/edit`);
    await inState('PUBLIC_HEARING');
    await testId('close-hearing').click();
    await page.locator('[data-testid="hearing-state"][data-state="CLOSED"]').waitFor();
    await expect(testId('hearing-tally').innerText()).resolves.toContain('1 support');

    // The community forum adopts it; it comes into force the same day.
    await testId('adoption-forum-place').fill('Ban Phru temple hall');
    await testId('adoption-attendance-GOVERNMENT').fill('12');
    await testId('adoption-attendance-CIVIL_SOCIETY').fill('85');
    await testId('adoption-attendance-ACADEMIC_PROFESSIONAL').fill('4');
    await testId('adoption-note').fill('Adopted after a reading of every clause.');
    await testId('adoption-submit').click();
    await inState('ADOPTED');
    await expect(testId('adoption-record').innerText()).resolves.toContain('101');
    await testId('bring-into-force').click();
    await inState('IN_FORCE');

    // The first quarter's reading of the indicator.
    const reading = testId('reading-clause');
    await expect(reading.count()).resolves.toBe(1);
    await reading.locator('[data-testid="reading-period"]').fill('2026-03-31');
    await reading.locator('[data-testid="reading-value"]').fill('75');
    await reading.locator('[data-testid="reading-note"]').fill('Tested by the district health office.');
    await reading.locator('[data-testid="reading-submit"]').click();
    await reading.locator('[data-testid="reading-done"]').waitFor();
    await expect(reading.locator('[data-testid="reading"]').innerText()).resolves.toContain('75');
    await expectNoAxeViolations();

    // The resident signs it on its public page, and sees the indicator's first reading against its target.
    await signOut();
    await signIn(people.resident);
    await page.goto(`/charters/${charterId}`);
    await page.locator('[data-testid="charter"][data-state="IN_FORCE"]').waitFor();
    await page.locator('[data-testid="signature-count"][data-people="0"]').waitFor();
    await testId('sign').click();
    await testId('signature-done').waitFor();
    await page.locator('[data-testid="signature-count"][data-people="1"]').waitFor();
    await testId('withdraw-signature').waitFor();
    const latest = page.locator(
      '[data-testid="charter-clause"][data-number="2"] [data-testid="indicator-latest"]',
    );
    await expect(latest.getAttribute('data-meets')).resolves.toBe('false');
    await expect(latest.innerText()).resolves.toContain('75');
    await expect(testId('charter-adoption').innerText()).resolves.toContain('Ban Phru temple hall');
    await expectNoAxeViolations();
    const inForce = await charterFacts(charterId);
    expect(inForce.currentEdition.state).toBe('IN_FORCE');
    expect(inForce.currentEdition.signatures.people).toBe(1);
    expect(inForce.currentEdition.clauses[1].readings).toEqual([{ value: 75, periodEnd: '2026-03-31' }]);
  });

  it('keeps the chapters of a national health statute for the sections of charters to answer', async () => {
    await charterAdmin();
    await signIn(CHARTERS_ADMIN_EMAIL);
    await testId('account-menu').click();
    await testId('menu-statute-chapters').click();
    await page.waitForURL('**/admin/statute-chapters');

    // Thailand has the twelve chapters of the demo; Cambodia has none yet.
    await testId('statute-country').selectOption({ label: 'Thailand' });
    await testId('statute-chapters').waitFor();
    await expect(testId('statute-chapter').count()).resolves.toBe(12);
    await testId('statute-country').selectOption({ label: 'Cambodia' });
    await testId('statute-empty').waitFor();
    const cambodiaId = await testId('statute-country').inputValue();

    // The admin adds two chapters, by keyboard for the first (focus goes to its code).
    await testId('statute-add').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'statute-code');
    await page.keyboard.type('1');
    await testId('statute-title').nth(0).fill('Rights and duties for health');
    await testId('statute-add').click();
    await testId('statute-code').nth(1).fill('1');
    await testId('statute-title').nth(1).fill('Health assemblies');
    // A code given twice is refused before anything is sent.
    await testId('statute-save').click();
    await testId('statute-problem').waitFor();
    await expect(testId('statute-code').nth(1).getAttribute('aria-invalid')).resolves.toBe('true');
    await testId('statute-code').nth(1).fill('2');
    await testId('statute-chapter-up').nth(1).click();
    await testId('statute-save').click();
    await testId('statute-done').waitFor();
    await expectNoAxeViolations();

    const { statuteChapters } = await graphql<{ statuteChapters: { code: string; title: string }[] }>(
      `
        query ($id: ID!) {
          statuteChapters(id: $id) {
            code
            title
          }
        }
      `,
      { id: cambodiaId },
    );
    expect(statuteChapters).toEqual([
      { code: '2', title: 'Health assemblies' },
      { code: '1', title: 'Rights and duties for health' },
    ]);
  });
});
