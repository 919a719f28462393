/**
 * What a phone downloads and how fast a public page becomes usable: the production build's initial
 * JavaScript (gzipped), the JavaScript each public page loads in Chromium, and Lighthouse's performance
 * score with its default mobile emulation and simulated throttling, driving Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const WEB = join(process.cwd(), 'dist/apps/web/browser');
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync';

export interface PageWeight {
  page: string;
  path: string;
  scripts: number;
  jsGzipKb: number;
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(WEB, file))).length / 1024;

/** The scripts index.html loads before anything else (its module scripts and module preloads). */
export function initialJs(): { files: number; gzipKb: number } {
  const index = readFileSync(join(WEB, 'index.html'), 'utf8');
  const files = [
    ...index.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...index.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map(([, file]) => file);
  const unique = [...new Set(files)];
  return { files: unique.length, gzipKb: unique.reduce((sum, file) => sum + gzipKb(file), 0) };
}

/** Every script a page loads in Chromium until it is idle, gzipped as the build wrote them. */
export async function pageWeights(baseUrl: string, pages: { page: string; path: string; ready: string }[]) {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROME_FLAGS.split(' '),
  });
  try {
    const weights: PageWeight[] = [];
    for (const { page: name, path, ready } of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname.slice(1));
      });
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      weights.push({
        page: name,
        path,
        scripts: scripts.size,
        jsGzipKb: [...scripts].reduce((sum, file) => sum + gzipKb(file), 0),
      });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}

/** Lighthouse's performance score (0–100), mobile emulation and simulated slow 4G, in Debian's Chromium. */
export function lighthouseScore(url: string): { score: number; lcpMs: number; tbtMs: number } {
  const folder = mkdtempSync(join(tmpdir(), 'canopy-lighthouse-'));
  const report = join(folder, 'report.json');
  execFileSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${report}`,
      `--chrome-flags=${CHROME_FLAGS} --user-data-dir=${join(folder, 'profile')}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
      timeout: 180_000,
    },
  );
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue?: number }>;
  };
  return {
    score: Math.round(result.categories.performance.score * 100),
    lcpMs: Math.round(result.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(result.audits['total-blocking-time']?.numericValue ?? 0),
  };
}
