import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, QueryCounter, rootLogger } from '@canopy/api/core';
import { createApp } from '../bootstrap';
import { Mailbox, startMailbox } from './mailbox';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  /** Set-Cookie headers of the response, as `name=value` pairs. */
  cookies: string[];
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  queries: QueryCounter;
  /** Which database this run uses, for test names and messages. */
  database: 'postgres' | 'embedded';
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string; ip?: string },
  ): Promise<GraphQLResponse<T>>;
  /** Every message the API sent, through a real SMTP server. */
  mail: Mailbox;
  close(): Promise<void>;
}

/**
 * The whole API on a loopback port with a database of its own: a fresh database on the server named
 * by CANOPY_TEST_DATABASE_URL (dropped afterwards), or else a fresh in-memory embedded one.
 */
export async function startTestApp(
  options: { demo?: boolean; adminEmails?: string[]; env?: Record<string, string> } = {},
): Promise<TestApp> {
  rootLogger.level = process.env['LOG_LEVEL'] ?? 'silent';
  const fresh = await freshDatabase();
  const mail = await startMailbox();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    CANOPY_DATA_DIR: 'memory://',
    CANOPY_DEMO: String(options.demo ?? false),
    SMTP_URL: mail.url,
    CANOPY_PUBLIC_URL: 'http://canopy.test',
    CANOPY_ADMIN_EMAILS: (options.adminEmails ?? []).join(','),
    // Each test app counts its own attempts, even in a Redis that other runs share.
    REDIS_KEY_PREFIX: `canopy-test-${randomBytes(6).toString('hex')}:`,
    // With Redis, rate limits and live events go through it, as on several instances.
    ...(process.env['REDIS_URL'] ? { REDIS_URL: process.env['REDIS_URL'] } : {}),
    ...(fresh ? { DATABASE_URL: fresh.url, DATABASE_POOL_SIZE: '4' } : {}),
    ...options.env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    app,
    dataSource: app.get(DataSource),
    queries: app.get(QueryCounter),
    database: fresh ? 'postgres' : 'embedded',
    mail,
    async graphql(query, variables, auth = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
          ...(auth.cookie ? { cookie: auth.cookie } : {}),
          // The API trusts a proxy on loopback, so tests can stand for clients at other addresses.
          ...(auth.ip ? { 'x-forwarded-for': auth.ip } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0]);
      return { status: response.status, cookies, ...(await response.json()) };
    },
    async close() {
      await app.close();
      await mail.close();
      await fresh?.drop();
    },
  };
}

/** A database of its own on the server at `adminUrl` (CANOPY_TEST_DATABASE_URL by default), or null without one. */
export async function freshDatabase(
  adminUrl = process.env['CANOPY_TEST_DATABASE_URL'],
): Promise<{ url: string; drop: () => Promise<void> } | null> {
  if (!adminUrl) return null;
  const name = `canopy_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
