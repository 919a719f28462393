import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, newPage } from './support/browser';

describe('assemblies, as a person uses them', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(() => browser?.close());

  beforeEach(async () => {
    ({ page } = await newPage(browser));
  });

  afterEach(() => page?.context().close());

  const items = () => page.locator('[data-testid="assembly-item"]');

  it('reaches the assemblies from the home page with the keyboard alone', async () => {
    await page.goto('/');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').getAttribute('data-testid')).resolves.toBe('skip-link');
    const browse = page.locator('[data-testid="browse-assemblies"]');
    await browse.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/assemblies');
    await items().first().waitFor();
    expect(await items().count()).toBe(4);
  });

  it('lists the assemblies, filters them by kind and by country, and keeps the filters in the address', async () => {
    await page.goto('/assemblies');
    await items().first().waitFor();
    expect(await items().count()).toBe(4);
    await expect(page.locator('[data-testid="assembly-total"]').innerText()).resolves.toMatch(/4/);
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('[data-testid="kind-filter"]', 'AREA');
    await page.waitForURL(/kind=AREA/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="assembly-item"]').length === 2);
    const names = await page.locator('[data-testid="assembly-link"]').allInnerTexts();
    expect(names).toEqual(['Bangkok Health Assembly', 'Khon Kaen Provincial Health Assembly']);

    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="assembly-item"]').length === 2);
    await expect(page.locator('[data-testid="kind-filter"]').inputValue()).resolves.toBe('AREA');

    await page.selectOption('[data-testid="kind-filter"]', '');
    await page.selectOption('[data-testid="country-filter"]', 'TH');
    await page.waitForURL(/country=TH|countryCode=TH/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="assembly-item"]').length === 4);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens an assembly and shows its editions, newest first', async () => {
    await page.goto('/assemblies?kind=NATIONAL');
    const link = page
      .locator('[data-testid="assembly-link"]', { hasText: 'National Health Assembly' })
      .first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/assemblies\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="assembly"]').waitFor();
    const heading = page.locator('[data-testid="assembly-heading"]');
    await expect(heading.innerText()).resolves.toBe('National Health Assembly');
    const editions = page.locator('[data-testid="edition-item"]');
    await editions.first().waitFor();
    const texts = await editions.allInnerTexts();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('19');
    expect(texts[1]).toContain('17');
    expect(texts[2]).toContain('16');
    await expect(page.locator('[data-testid="assembly-place"]').innerText()).resolves.toContain('Thailand');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so when an assembly does not exist, and when a page does not exist', async () => {
    await page.goto('/assemblies/00000000-0000-4000-8000-000000000000');
    await page.locator('[data-testid="assembly-not-found"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/no-such-page');
    await page.locator('[data-testid="not-found"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to Arabic, laid out right to left, and remembers the choice', async () => {
    await page.goto('/assemblies');
    await items().first().waitFor();
    await page.selectOption('[data-testid="language-switcher"]', 'ar');
    await page.waitForFunction(
      () => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar',
    );
    const heading = await page.locator('h1').innerText();
    expect(heading).toMatch(/[\u0600-\u06FF]/);
    const countryOptions = await page.locator('[data-testid="country-filter"] option').allInnerTexts();
    expect(countryOptions.some((label) => label.includes('تايلاند'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await items().first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works on a narrow phone screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/assemblies');
    await items().first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
