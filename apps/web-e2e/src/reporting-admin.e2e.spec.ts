import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { person } from './support/api';
import { launchChromium, newPage } from './support/browser';
import { journey } from './support/journey';
import { CYCLES_ADMIN_EMAIL } from './support/server';

const SHIPPED_CATALOGUE = join(process.cwd(), 'apps/api/src/migrations/data/wha77-2-catalogue.json');

describe('WHA77.2 reporting cycles and catalogues, kept by a platform admin', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  const stamp = Date.now();
  const citizen = `cycles.citizen.${stamp}@canopy.test`;

  beforeAll(async () => {
    browser = await launchChromium();
    await person(CYCLES_ADMIN_EMAIL, 'Cycles Admin');
    await person(citizen, 'Curious Citizen');
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

  const { checkArabicOnPhone, expectNoAxeViolations, signIn, testId } = journey(() => page);

  it('loads a checked catalogue version from its file and opens the 2028 cycle on it', async () => {
    await signIn(CYCLES_ADMIN_EMAIL);
    await testId('account-menu').click();
    await testId('menu-reporting-admin').click();
    await page.waitForURL(/\/admin\/reporting$/);
    await testId('cycle-row').first().waitFor();
    await expect(page.locator('[data-testid="cycle-row"][data-year="2026"]').count()).resolves.toBe(1);
    await expectNoAxeViolations();

    // A file with problems is refused whole, each problem named by where it is in the file.
    await testId('catalogue-json').fill('{"resolution": "WHA77.2", "version": "broken", "items": []}');
    await testId('catalogue-load').click();
    await expect(testId('catalogue-problems').innerText()).resolves.toContain('languages');
    await expect(page.locator('[data-testid="catalogue-row"][data-version="broken"]').count()).resolves.toBe(
      0,
    );
    await expectNoAxeViolations();

    // The shipped catalogue, checked against the official text: a new version, chosen as a file.
    const version = `checked-${stamp}`;
    const shipped = JSON.parse(await readFile(SHIPPED_CATALOGUE, 'utf8')) as Record<string, unknown>;
    const checked = { ...shipped, version, status: 'OFFICIAL' };
    await testId('catalogue-file').setInputFiles({
      name: 'wha77-2-catalogue.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(checked, null, 2)),
    });
    // The file is read as it is chosen: the text area holds it once the browser has read it.
    await page.waitForFunction(
      (expected) =>
        document
          .querySelector<HTMLTextAreaElement>('[data-testid="catalogue-json"]')
          ?.value.includes(expected),
      version,
    );
    await testId('catalogue-load').click();
    await expect(testId('catalogue-done').innerText()).resolves.toContain(version);
    await page.locator(`[data-testid="catalogue-row"][data-version="${version}"]`).waitFor();

    // The cycle form suggests the next biennial year and the catalogue just loaded.
    await expect(testId('cycle-year').inputValue()).resolves.toBe('2028');
    await expect(testId('cycle-catalogue').inputValue()).resolves.toBe(version);
    await testId('cycle-create').click();
    await expect(testId('cycle-problem').innerText()).resolves.toContain('date reports are due');
    await testId('cycle-deadline').fill('2028-03-31');
    await testId('cycle-create').click();
    await expect(testId('cycle-done').innerText()).resolves.toContain('2028');
    const row = page.locator('[data-testid="cycle-row"][data-year="2028"]');
    await expect(row.innerText()).resolves.toContain(version);
    await expect(testId('cycle-year').inputValue()).resolves.toBe('2030');

    // One cycle per year: the API refuses a second 2028 and says why.
    await testId('cycle-year').fill('2028');
    await testId('cycle-deadline').fill('2028-04-30');
    await testId('cycle-create').click();
    await expect(testId('cycle-error').innerText()).resolves.toContain('already a reporting cycle for 2028');
    await expectNoAxeViolations();

    await checkArabicOnPhone('reporting-admin-heading');

    // The public reports page offers the new cycle, due on its deadline.
    await page.goto('/reports?year=2028');
    await expect(testId('cycle-facts').innerText()).resolves.toContain('2028');
    await expect(testId('cycle-choice').locator('option').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['2026', '2028']),
    );
  });

  it('is closed to anyone but platform admins', async () => {
    await signIn(citizen);
    await page.goto('/admin/reporting');
    await testId('reporting-admin-forbidden').waitFor();
    await expect(testId('cycle-form').count()).resolves.toBe(0);
    await expectNoAxeViolations();
  });
});
