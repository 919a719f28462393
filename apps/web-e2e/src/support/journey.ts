import type { Page } from 'playwright-core';
import { PASSWORD } from './api';
import { axeViolations } from './browser';

/** The steps every journey takes through the pages, whatever its feature. */
export function journey(page: () => Page) {
  const testId = (id: string) => page().locator(`[data-testid="${id}"]`);

  return {
    testId,

    /** Fails on any axe-core violation, once animations have settled (colour contrast is measured then). */
    async expectNoAxeViolations(): Promise<void> {
      await page().waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      expect(await axeViolations(page())).toEqual([]);
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
