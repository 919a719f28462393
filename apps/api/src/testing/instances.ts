import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { freshDatabase } from './test-app';
import type { Sql } from './voters';

/** The repository: tests and benchmarks both run from it (Jest in ES modules, tools in CommonJS). */
const root = process.cwd();

/**
 * What scale-out tests run on, as production does: a PostgreSQL server and a Redis. Both are required:
 * CI always has them (.ci/run starts them), so a missing one fails the test instead of skipping it.
 */
export function requiredServices(): { databaseUrl: string; redisUrl: string } {
  const databaseUrl = process.env['CANOPY_TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  const redisUrl = process.env['REDIS_URL'];
  const missing = [!databaseUrl && 'CANOPY_TEST_DATABASE_URL (or DATABASE_URL)', !redisUrl && 'REDIS_URL'];
  if (!databaseUrl || !redisUrl) {
    throw new Error(`scale-out tests need ${missing.filter(Boolean).join(' and ')}: .ci/run sets them`);
  }
  return { databaseUrl, redisUrl };
}

/** One API process, the built one (dist/apps/api/main.js), on its own loopback port. */
export interface Instance {
  url: string;
  port: number;
  process: ChildProcess;
  /** Ends the process with SIGKILL: no shutdown hook runs, connections drop as in a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Several instances sharing one fresh database and one Redis key prefix, as behind a load balancer. */
export interface Cluster {
  databaseUrl: string;
  redisUrl: string;
  keyPrefix: string;
  /** SQL straight to the cluster's database, for set-up and checks. */
  db: Sql;
  instances: Instance[];
  /** Starts one more instance (or starts `instance` again on its port after a kill). */
  start(options?: { port?: number; migrate?: boolean; env?: Record<string, string> }): Promise<Instance>;
  close(): Promise<void>;
}

export async function startCluster(count: number, env: Record<string, string> = {}): Promise<Cluster> {
  const { databaseUrl: adminUrl, redisUrl } = requiredServices();
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run api:build)`);
  const database = await freshDatabase(adminUrl);
  if (!database) throw new Error('no database server');
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const keyPrefix = `canopy-scale-${randomBytes(6).toString('hex')}:`;
  const instances: Instance[] = [];
  const cluster: Cluster = {
    databaseUrl: database.url,
    redisUrl,
    keyPrefix,
    db: { query: async (sql, parameters) => (await client.query(sql, parameters as unknown[])).rows },
    instances,
    async start(options = {}) {
      const port = options.port ?? (await freePort());
      const child = spawn(process.execPath, [main], {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          DATABASE_URL: database.url,
          DATABASE_POOL_SIZE: '8',
          REDIS_URL: redisUrl,
          REDIS_KEY_PREFIX: keyPrefix,
          // The first instance migrates; the others start on the schema it left, as in compose.
          CANOPY_MIGRATE: String(options.migrate ?? instances.length === 0),
          NOTIFICATION_DIGEST_SECONDS: '0',
          LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error',
          ...env,
          ...options.env,
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      const url = `http://127.0.0.1:${port}`;
      await waitForHealth(url, () => child.exitCode);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const instance: Instance = {
        url,
        port,
        process: child,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
      instances.push(instance);
      return instance;
    },
    async close() {
      await Promise.all(instances.map((instance) => instance.stop()));
      await client.end();
      await database.drop();
    },
  };
  for (let i = 0; i < count; i++) await cluster.start();
  return cluster;
}

async function waitForHealth(url: string, exitCode: () => number | null): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`the API at ${url} exited with code ${exitCode()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
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

/** POSTs one GraphQL request to an instance; network failures come back as `{ failed }`. */
export async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<
  { status: number; data?: T; errors?: { extensions?: Record<string, unknown> }[] } | { failed: true }
> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...(await response.json()) };
  } catch {
    return { failed: true };
  }
}

/** A resolution of a fresh assembly in consultation, open until tomorrow, written straight in. */
export async function openConsultation(db: Sql): Promise<{ assemblyId: string; consultationId: string }> {
  const { cycleRows } = await import('./assembly-cycle');
  const { resolutionRows } = await import('./resolutions');
  const { signedInPeople } = await import('./voters');
  const rowsDb = db as unknown as Parameters<typeof cycleRows>[0];
  const [{ id: thailand }] = await db.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
  const [{ id: assemblyId }] = await db.query(
    `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('Scale Assembly', 'NATIONAL', $1) RETURNING id`,
    [thailand],
  );
  const [{ id: organization }] = await db.query(
    `INSERT INTO organizations (name, sector, jurisdiction_id) VALUES ('Clean Air Network', 'CIVIL_SOCIETY', $1) RETURNING id`,
    [thailand],
  );
  const [author] = await signedInPeople(db, 1, `author-${randomBytes(3).toString('hex')}`);
  const cycle = cycleRows(rowsDb, thailand);
  const edition = await cycle.edition(assemblyId);
  const rows = resolutionRows(rowsDb, cycle, thailand);
  const resolution = await rows.resolution(edition, organization, author.id, { state: 'CONSULTATION' });
  return { assemblyId, consultationId: await rows.consultation(resolution) };
}
