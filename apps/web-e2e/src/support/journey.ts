import type { Page } from 'playwright-core';
import { PASSWORD } from './api';
import { axeViolations } from './browser';

/** The steps every journey takes through the pages, whatever its feature. */
export function journey(page: () => Page) {
  const testId = (id: string) => page().locator(`[data-testid="${id}"]`);

  /** Fails on any axe-core violation, once animations have settled (colour contrast is measured then). */
  async function expectNoAxeViolations(): Promise<void> {
    await page().waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== 'running'),
    );
    expect(await axeViolations(page())).toEqual([]);
  }

  return {
    testId,

    expectNoAxeViolations,

    /**
     * The page in Arabic, right to left, at a phone's width: the element `textTestId` reads Arabic,
     * nothing sticks out sideways and axe finds nothing; then back to English at a desktop's width.
     */
    async checkArabicOnPhone(textTestId: string): Promise<void> {
      await page().setViewportSize({ width: 360, height: 740 });
      await page().selectOption('[data-testid="language-switcher"]', 'ar');
      await page().waitForFunction(() => document.documentElement.dir === 'rtl');
      await expect(testId(textTestId).first().innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
      const overflow = await page().evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations();
      await page().selectOption('[data-testid="language-switcher"]', 'en');
      await page().waitForFunction(() => document.documentElement.dir === 'ltr');
      await page().setViewportSize({ width: 1280, height: 900 });
    },

    async signIn(email: string): Promise<void> {
      await page().goto('/login');
      await testId('login-form').waitFor();
      await testId('login-email').fill(email);
      await testId('login-password').fill(PASSWORD);
      await testId('login-submit').click();
      await testId('account-menu').waitFor();
    },

    async signOut(): Promise<void> {
      await testId('account-menu').click();
      await testId('menu-sign-out').click();
      await testId('sign-in-link').waitFor();
    },
  };
}
