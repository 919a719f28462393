import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { act, person } from './support/api';
import { resolutionInConsultation } from './support/resolutions';
import { journey } from './support/journey';

describe('a resolution in public consultation', () => {
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

  const { expectNoAxeViolations, signIn, testId } = journey(() => page);

  it('is voted on, commented paragraph by paragraph, compared, traced and followed', async () => {
    const stamp = Date.now();
    const { resolutionId, proposalId, proposalTitle, secretariatToken } =
      await resolutionInConsultation(stamp);
    const citizenEmail = `citizen.${stamp}@canopy.test`;
    await person(citizenEmail, 'Nok Citizen');

    // Anyone reads it; voting asks to sign in first.
    await page.goto(`/resolutions/${resolutionId}`);
    await testId('resolution').waitFor();
    await expect(testId('resolution-code').innerText()).resolves.toMatch(/\d+\.1$/);
    await expect(testId('paragraph').count()).resolves.toBe(3);
    await expect(testId('consultation').getAttribute('data-state')).resolves.toBe('OPEN');
    await expect(testId('vote-blocked').getAttribute('data-reason')).resolves.toBe('signedOut');
    await expectNoAxeViolations();

    // A citizen votes, then changes the vote; the tally follows each time.
    await signIn(citizenEmail);
    await page.goto(`/resolutions/${resolutionId}`);
    await testId('resolution').waitFor();
    await testId('vote-SUPPORT').locator('input').check();
    await testId('cast-vote').click();
    await page.locator('[data-testid="my-vote"][data-choice="SUPPORT"]').waitFor();
    await page.locator('[data-testid="tally"][data-support="1"][data-total="1"]').waitFor();
    await testId('vote-done').waitFor();
    await testId('vote-OPPOSE').locator('input').check();
    await testId('cast-vote').click();
    await page.locator('[data-testid="my-vote"][data-choice="OPPOSE"]').waitFor();
    await page.locator('[data-testid="tally"][data-support="0"][data-oppose="1"][data-total="1"]').waitFor();

    // Comments on paragraph 2, with a stance.
    const paragraph = page.locator('[data-testid="paragraph"][data-number="2"]');
    const toggle = paragraph.locator('[data-testid="paragraph-comments-toggle"]');
    await expect(toggle.innerText()).resolves.toContain('0 comments on paragraph 2');
    await toggle.click();
    await paragraph.locator('[data-testid="paragraph-comments-toggle"][aria-expanded="true"]').waitFor();
    await paragraph.locator('[data-testid="comments-empty"]').waitFor();
    await paragraph
      .locator('[data-testid="comment-body"]')
      .fill('Who maintains the filters once they are in?');
    await paragraph.locator('[data-testid="comment-stance"]').selectOption('AGAINST');
    await paragraph.locator('[data-testid="comment-submit"]').click();
    const comment = paragraph.locator('[data-testid="comment"]').first();
    await comment.waitFor();
    await expect(comment.innerText()).resolves.toContain('Who maintains the filters once they are in?');
    await expect(comment.locator('[data-testid="comment-stance-tag"]').innerText()).resolves.toBe('Against');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="paragraph"][data-number="2"] [data-testid="paragraph-comments-toggle"]')
        ?.textContent?.includes('1 comment on paragraph 2'),
    );

    // The author rewords it; the earlier wording stays readable.
    await comment.locator('[data-testid="comment-edit"]').click();
    await comment
      .locator('[data-testid="comment-edit-body"]')
      .fill('Who maintains and pays for the filters?');
    await comment.locator('[data-testid="comment-edit-save"]').click();
    await comment.locator('[data-testid="comment-edited"]').waitFor();
    await expect(comment.locator('[data-testid="comment-body-text"]').innerText()).resolves.toBe(
      'Who maintains and pays for the filters?',
    );
    await expect(comment.locator('[data-testid="comment-history"]').count()).resolves.toBe(1);

    // Follows it.
    await testId('follow').click();
    await testId('follow-done').waitFor();
    await expect(testId('follower-count').innerText()).resolves.toBe('1 follower');
    await expectNoAxeViolations();

    // Compares the two versions: paragraph 2 changed, with the note of version 2.
    await testId('compare-link').click();
    await page.waitForURL(`**/resolutions/${resolutionId}/compare`);
    await testId('comparison').waitFor();
    const changes = await testId('comparison-row').evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-change')),
    );
    expect(changes).toEqual(['UNCHANGED', 'CHANGED', 'UNCHANGED']);
    await expect(testId('compare-change-note').innerText()).resolves.toContain(
      'Names who pays for the filters.',
    );
    await expect(testId('comparison-row').nth(1).innerText()).resolves.toMatch(/changed/i);
    await expectNoAxeViolations();

    // Sees it in the follows page, reached from the account menu.
    await testId('account-menu').click();
    await testId('menu-follows').click();
    await page.waitForURL('**/me/follows');
    await testId('followed-resolution').first().waitFor();
    await expect(testId('followed-resolution').first().innerText()).resolves.toContain(
      `Clean air in every classroom ${stamp}`,
    );
    await expectNoAxeViolations();

    // The secretariat closes the window: the vote stays, but can no longer change.
    await act('closeConsultation', 'ResolutionIdInput', { resolutionId }, secretariatToken);
    await page.goto(`/resolutions/${resolutionId}`);
    await page.locator('[data-testid="consultation"][data-state="CLOSED"]').waitFor();
    await expect(testId('vote-blocked').getAttribute('data-reason')).resolves.toBe('CLOSED');
    await expect(testId('cast-vote').count()).resolves.toBe(0);
    await expect(testId('my-vote').getAttribute('data-choice')).resolves.toBe('OPPOSE');

    // The trace shows the path, from the proposal to the closed consultation.
    await testId('trace-link').click();
    await page.waitForURL(`**/resolutions/${resolutionId}/trace`);
    await testId('timeline').waitFor();
    const kinds = await testId('trace-step').evaluateAll((steps) =>
      steps.map((step) => step.getAttribute('data-kind')),
    );
    expect(kinds).toEqual([
      'PROPOSAL_SUBMITTED',
      'AGENDA_ITEM',
      'VERSION',
      'VERSION',
      'CONSULTATION_OPENED',
      'CONSULTATION_CLOSED',
    ]);
    await expect(testId('trace-proposals').innerText()).resolves.toContain(proposalTitle);
    await expect(testId('trace-proposals').locator('a').getAttribute('href')).resolves.toBe(
      `/proposals/${proposalId}`,
    );
    await expect(testId('trace-tally').innerText()).resolves.toMatch(/Oppose\s+1/);
    await expectNoAxeViolations();

    // In Arabic, right to left, on a narrow phone.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/resolutions/${resolutionId}`);
    await testId('resolution').waitFor();
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(testId('consultation').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
  });
});
