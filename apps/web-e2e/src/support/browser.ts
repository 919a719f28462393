import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { SERVER_FILE } from './server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The base URL of the API and web app that global set-up started. */
export function baseUrl(): string {
  return (JSON.parse(readFileSync(SERVER_FILE, 'utf8')) as { url: string }).url;
}

/**
 * Debian's Chromium, headless, with nothing reaching out to the network on its own. Playwright gives
 * every launch a fresh, empty profile directory of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: options.locale ?? 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page as it is now and returns a readable line per violation (none is the goal). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Every page has one h1; once it shows, the lazy route and its translations have rendered.
  await page.locator('h1').first().waitFor();
  // A menu that was just used is still in the overlay while it animates away: measure the page, not it.
  await page.waitForFunction(() => !document.querySelector('.cdk-overlay-container .mat-mdc-menu-panel'));
  // Evaluated through the DevTools protocol, so the page's Content Security Policy stays in force.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
