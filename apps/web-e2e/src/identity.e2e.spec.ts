import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, newPage } from './support/browser';
import { waitForMail } from './support/mailbox';
import { ADMIN_EMAIL } from './support/server';

const VERIFY_LINK = /verify-email\?token=([\w-]+)/;

describe('accounts and organizations, as people use them', () => {
  let browser: Browser;
  let page: Page;
  /** What the app reported to the console as errors: Angular reports its own failures there. */
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

  const testId = (id: string) => page.locator(`[data-testid="${id}"]`);

  async function expectNoAxeViolations(): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** Registers through the form, then opens the link e-mailed to confirm the address. */
  async function registerAndVerify(email: string, displayName: string, password: string): Promise<void> {
    await page.goto('/register');
    await testId('register-form').waitFor();
    await expectNoAxeViolations();
    await testId('register-email').fill(email);
    await testId('register-display-name').fill(displayName);
    await testId('register-password').fill(password);
    await testId('register-submit').click();
    // Either the account exists, or the page says why not: fail with that reason rather than a timeout.
    await testId('register-done').or(testId('register-error')).first().waitFor();
    if (await testId('register-error').isVisible()) {
      throw new Error(`registration refused: ${await testId('register-error').innerText()}`);
    }
    await expect(testId('register-done').innerText()).resolves.toContain(email);
    await expectNoAxeViolations();

    const token = await waitForMail(email, VERIFY_LINK);
    await page.goto(`/verify-email?token=${token}`);
    await testId('verify-email-done').waitFor();
    await expectNoAxeViolations();
  }

  async function signIn(email: string, password: string): Promise<void> {
    await testId('login-form').waitFor();
    await expectNoAxeViolations();
    await testId('login-email').fill(email);
    await testId('login-password').fill(password);
    await testId('login-submit').click();
    await testId('account-menu').waitFor();
  }

  async function openAccountMenuItem(item: string): Promise<void> {
    await testId('account-menu').click();
    await testId(item).click();
  }

  it('takes a person from registration to their own organization, then an admin verifies it', async () => {
    const stamp = Date.now();
    const person = {
      email: `malee.${stamp}@canopy.test`,
      name: 'Malee Srisuk',
      password: 'green canopy over songkhla',
    };
    const organizationName = `Songkhla Community Health Network ${stamp}`;

    await registerAndVerify(person.email, person.name, person.password);
    await testId('verify-email-sign-in').click();
    await page.waitForURL('**/login');
    await signIn(person.email, person.password);
    await page.waitForURL((url) => url.pathname === '/');
    await expect(testId('account-name').innerText()).resolves.toBe(person.name);

    await openAccountMenuItem('menu-account');
    await page.waitForURL('**/account');
    await testId('account').waitFor();
    await expect(testId('verification-level').getAttribute('data-level')).resolves.toBe('EMAIL_VERIFIED');
    await expectNoAxeViolations();
    await page.selectOption('[data-testid="demographics-age-band"]', 'FROM_25_TO_34');
    await testId('demographics-save').click();
    await testId('demographics-saved').waitFor();
    const download = page.waitForEvent('download');
    await testId('export-my-data').click();
    expect((await download).suggestedFilename()).toMatch(/^canopy-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    await testId('demographics-clear').click();
    await testId('demographics-cleared').waitFor();
    await expectNoAxeViolations();

    await openAccountMenuItem('menu-organizations');
    await page.waitForURL('**/organizations/mine');
    await testId('empty-state').waitFor();
    await expectNoAxeViolations();

    await testId('organization-name').fill(organizationName);
    await page.selectOption('[data-testid="organization-sector-select"]', 'CIVIL_SOCIETY');
    const thailand = page.locator('[data-testid="organization-country-select"] option', {
      hasText: 'Thailand',
    });
    await thailand.waitFor({ state: 'attached' });
    await page.selectOption('[data-testid="organization-country-select"]', { label: 'Thailand' });
    await testId('organization-description').fill('Village health volunteers and community health charters.');
    await testId('organization-website').fill('https://songkhla-health.example.org');
    await testId('create-organization-submit').click();

    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}(\?|$)/);
    const organizationPath = new URL(page.url()).pathname;
    await testId('organization').waitFor();
    await expect(testId('organization-heading').innerText()).resolves.toBe(organizationName);
    await expect(testId('organization-verified').getAttribute('data-verified')).resolves.toBe('false');
    await expect(testId('organization-viewer-role').innerText()).resolves.toBe('Administrator');
    await testId('member-item').first().waitFor();
    await expectNoAxeViolations();

    await openAccountMenuItem('menu-sign-out');
    await testId('sign-in-link').waitFor();

    await registerAndVerify(ADMIN_EMAIL, 'Platform Admin', 'leafy rivers of songkhla');
    // Signed out, the admin page sends the person to sign in and back.
    await page.goto('/admin/organizations');
    await page.waitForURL(/\/login\?returnUrl=%2Fadmin%2Forganizations/);
    await signIn(ADMIN_EMAIL, 'leafy rivers of songkhla');
    await page.waitForURL('**/admin/organizations');
    await testId('unverified-organizations').waitFor();
    await expectNoAxeViolations();

    const waiting = testId('unverified-organization-item').filter({ hasText: organizationName });
    await waiting.locator('[data-testid="verify-organization"]').click();
    await testId('organization-verified-notice').waitFor();
    await expect(testId('organization-verified-notice').innerText()).resolves.toContain(organizationName);
    await waiting.waitFor({ state: 'detached' });
    await expectNoAxeViolations();

    await page.goto(organizationPath);
    await testId('organization').waitFor();
    await expect(testId('organization-verified').getAttribute('data-verified')).resolves.toBe('true');
    await expectNoAxeViolations();
  });

  it('keeps signed-out people out of the account page and explains a failed sign-in, in Arabic on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/account');
    await page.waitForURL(/\/login\?returnUrl=%2Faccount/);
    await testId('login-form').waitFor();
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');

    await testId('login-email').fill(`nobody.${Date.now()}@canopy.test`);
    await testId('login-password').fill('not the right password');
    await testId('login-submit').click();
    await testId('login-error').waitFor();
    await expect(testId('login-error').innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations();
  });
});
