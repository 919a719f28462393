import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMailCatcher } from './mailbox';
import {
  ADMIN_EMAIL,
  AGENDA_ADMIN_EMAIL,
  CHARTERS_ADMIN_EMAIL,
  CYCLES_ADMIN_EMAIL,
  FOLLOW_UP_ADMIN_EMAIL,
  freshDataDir,
  LIVE_ADMIN_EMAIL,
  REPORTING_ADMIN_EMAIL,
  RESOLUTIONS_ADMIN_EMAIL,
  SERVER_FILE,
} from './server';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * Starts the built API on a free loopback port with a fresh embedded database and the demo data,
 * serving the built web app from the same origin, as a person would reach it.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(root, 'dist/apps/api/main.js');
  const web = join(root, 'dist/apps/web/browser');
  for (const built of [main, join(web, 'index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: build first (npx nx run-many -t build -p api web)`);
  }
  const port = await freePort();
  const mail = await startMailCatcher();
  const server = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      CANOPY_DATA_DIR: freshDataDir(),
      CANOPY_DEMO: 'true',
      CANOPY_WEB_DIR: web,
      DATABASE_URL: '',
      // Rate-limit counts of this run only, even when REDIS_URL names a Redis other runs used.
      REDIS_KEY_PREFIX: `canopy-e2e-${process.pid}-${Date.now()}:`,
      // Every journey registers its people from this one address, as a community forum would.
      REGISTRATIONS_PER_ADDRESS_PER_HOUR: '500',
      LOG_LEVEL: 'warn',
      SMTP_URL: mail.url,
      CANOPY_PUBLIC_URL: `http://127.0.0.1:${port}`,
      CANOPY_ADMIN_EMAILS: [
        ADMIN_EMAIL,
        AGENDA_ADMIN_EMAIL,
        RESOLUTIONS_ADMIN_EMAIL,
        FOLLOW_UP_ADMIN_EMAIL,
        CHARTERS_ADMIN_EMAIL,
        LIVE_ADMIN_EMAIL,
        REPORTING_ADMIN_EMAIL,
        CYCLES_ADMIN_EMAIL,
      ].join(','),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, () => server.exitCode);
  Object.assign(globalThis, { canopyServer: server, canopyMail: mail });
  writeFileSync(SERVER_FILE, JSON.stringify({ url, pid: server.pid }));
}

async function waitForHealth(url: string, exitCode: () => number | null): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`the API exited with code ${exitCode()} before it was healthy`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url}/health did not answer within 60 s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
