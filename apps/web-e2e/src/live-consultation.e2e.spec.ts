import type { Browser, Page } from 'playwright-core';
import { act, graphql, person } from './support/api';
import { launchChromium, newPage } from './support/browser';
import { journey } from './support/journey';
import { resolutionInConsultation } from './support/resolutions';
import { LIVE_ADMIN_EMAIL } from './support/server';

/**
 * A resolution page left open while others take part: the tally follows their votes and their comments
 * are announced, without reloading, in English and in Arabic on a phone.
 */
describe('a consultation followed live', () => {
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

  const { expectNoAxeViolations, testId } = journey(() => page);

  it('shows the votes and comments of others as they come', async () => {
    const stamp = Date.now();
    const { resolutionId } = await resolutionInConsultation(stamp, LIVE_ADMIN_EMAIL);
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
    const consultationId = resolution.consultation.id;
    const second = await person(`live.second.${stamp}@canopy.test`, 'Ploy Voter');

    // Someone reads the page, signed out; it subscribes to the tally and the comments over a socket.
    const subscribed = new Set<string>();
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { type: string; payload?: { query?: string } };
        const name = /subscription (\w+)/.exec(message.payload?.query ?? '')?.[1];
        if (message.type === 'subscribe' && name) subscribed.add(name);
      }),
    );
    // Queries go as automatic persisted queries: a hash, and the document only when the API asks for it.
    const sent: { hashed: boolean; full: boolean }[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = JSON.parse(request.postData() ?? '{}') as { query?: string; extensions?: object };
      sent.push({ hashed: !!body.extensions && 'persistedQuery' in body.extensions, full: !!body.query });
    });
    await page.goto(`/resolutions/${resolutionId}`);
    await testId('resolution').waitFor();
    await testId('tally-live').waitFor();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((request) => request.hashed)).toBe(true);
    await page.locator('[data-testid="tally"][data-total="0"]').waitFor();
    const deadline = Date.now() + 10_000;
    while (!(subscribed.has('TallyChanged') && subscribed.has('CommentPosted')) && Date.now() < deadline) {
      await page.waitForTimeout(50);
    }
    expect([...subscribed].sort()).toEqual(['CommentPosted', 'TallyChanged']);

    // Others vote. The server takes a moment to start a subscription it was sent, so voters come one
    // by one until the page shows a vote; from then on every vote must show.
    const vote = (token: string, choice: string) =>
      act('castVote', 'CastVoteInput', { consultationId, choice }, token, 'choice');
    let votes = 0;
    while (votes < 3) {
      votes += 1;
      await vote(await person(`live.${votes}.${stamp}@canopy.test`, `Voter ${votes}`), 'SUPPORT');
      const shown = await page
        .locator(`[data-testid="tally"][data-support="${votes}"][data-total="${votes}"]`)
        .waitFor({ timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
    }
    await page.locator(`[data-testid="tally"][data-total="${votes}"]`).waitFor();
    await vote(second, 'OPPOSE');
    await page.locator(`[data-testid="tally"][data-oppose="1"][data-total="${votes + 1}"]`).waitFor();

    // A comment on the whole text is announced, and shown on request.
    await act(
      'postComment',
      'PostCommentInput',
      { consultationId, body: 'Filters need a budget line' },
      second,
    );
    const overall = testId('overall-comments');
    await overall.locator('[data-testid="comments-fresh"][data-count="1"]').waitFor();
    await expectNoAxeViolations();
    await overall.locator('[data-testid="comments-show-fresh"]').click();
    await overall.locator('[data-testid="comment"]').first().waitFor();
    await expect(overall.locator('[data-testid="comment"]').first().innerText()).resolves.toContain(
      'Filters need a budget line',
    );
    await expect(overall.locator('[data-testid="comments-fresh"]').count()).resolves.toBe(0);
    // Asked again, a document the API has seen goes by its hash alone.
    const before = sent.length;
    await page.reload();
    await testId('tally-live').waitFor();
    expect(sent.slice(before).some((request) => request.hashed && !request.full)).toBe(true);

    // In Arabic, right to left, on a narrow phone: the tally still follows.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect(testId('tally-live').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const third = await person(`live.third.${stamp}@canopy.test`, 'Dao Voter');
    await vote(third, 'ABSTAIN');
    await page.locator(`[data-testid="tally"][data-abstain="1"][data-total="${votes + 2}"]`).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
  });
});
