import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { AuditRecord, AuditTrail, GENESIS_HASH, SecurityEvents } from '@canopy/api/audit';
import { dataSourceOptions, EmbeddedPostgres, rootLogger } from '@canopy/api/core';
import { canopySchema } from './schema';
import { startTestApp, TestApp } from './testing/test-app';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const SECRETARIAT = '0b6f5a52-3b8e-4b8a-9d4f-2f1f6c1d7e01';

function rename(n: number, entityId = `assembly-${n}`): AuditRecord {
  return {
    actorId: SECRETARIAT,
    action: 'assembly.rename',
    entityType: 'assembly',
    entityId,
    fromState: `name ${n}`,
    toState: `name ${n + 1}`,
    details: { n },
  };
}

/** Writes past the append-only trigger, as someone holding the table owner's rights could. */
async function tamper(dataSource: DataSource, sql: string, params: unknown[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
    await manager.query(sql, params);
    await manager.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
  });
}

async function chainIds(dataSource: DataSource): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query('SELECT id FROM audit_entries ORDER BY id');
  return rows.map((row) => row.id);
}

describe('audit trail', () => {
  let api: TestApp;
  let trail: AuditTrail;

  beforeAll(async () => {
    api = await startTestApp();
    trail = AuditTrail.over(api.dataSource);
  });

  afterAll(() => api?.close());

  it('records nothing when the transaction that makes the change rolls back', async () => {
    await expect(
      api.dataSource.transaction(async (manager) => {
        await trail.record(manager, rename(0));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await chainIds(api.dataSource)).toEqual([]);
  });

  it('refuses to record outside a transaction', async () => {
    await expect(trail.record(api.dataSource.manager, rename(0))).rejects.toThrow(
      /inside the transaction that makes the change/,
    );
  });

  it('chains 50 entries appended one after another and concurrently', async () => {
    for (let n = 1; n <= 20; n++)
      await api.dataSource.transaction((manager) => trail.record(manager, rename(n)));
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.dataSource.transaction((manager) => trail.record(manager, rename(21 + i))),
      ),
    );
    const ids = await chainIds(api.dataSource);
    expect(ids).toHaveLength(50);
    const [first]: { previous_hash: string }[] = await api.dataSource.query(
      'SELECT previous_hash FROM audit_entries WHERE id = $1',
      [ids[0]],
    );
    expect(first.previous_hash).toBe(GENESIS_HASH);
    expect(await trail.verify()).toEqual({ checked: 50, firstBroken: null });
    expect(await trail.verify(7)).toEqual({ checked: 50, firstBroken: null });
  });

  it("reads one entity's history oldest first, a page at a time", async () => {
    await api.dataSource.transaction(async (manager) => {
      await trail.record(manager, { ...rename(1, 'nha-16'), fromState: null, toState: 'drafting' });
      await trail.record(manager, { ...rename(2, 'nha-16'), fromState: 'drafting', toState: 'consultation' });
    });
    await api.dataSource.transaction((manager) =>
      trail.record(manager, {
        ...rename(3, 'nha-16'),
        fromState: 'consultation',
        toState: 'final_draft',
        reason: 'window closed',
      }),
    );
    const history = await trail.history('assembly', 'nha-16');
    expect(history.map((entry) => [entry.fromState, entry.toState])).toEqual([
      [null, 'drafting'],
      ['drafting', 'consultation'],
      ['consultation', 'final_draft'],
    ]);
    expect(history[2]).toMatchObject({ actorId: SECRETARIAT, reason: 'window closed', details: { n: 3 } });
    const rest = await trail.history('assembly', 'nha-16', { afterId: history[0].id, limit: 1 });
    expect(rest.map((entry) => entry.toState)).toEqual(['consultation']);
    expect(await trail.verify()).toEqual({ checked: 53, firstBroken: null });
  });

  it.each(['UPDATE audit_entries SET reason = NULL', 'DELETE FROM audit_entries', 'TRUNCATE audit_entries'])(
    'refuses %s: entries are only ever appended',
    async (sql) => {
      await expect(api.dataSource.query(sql)).rejects.toThrow(/audit_entries is append-only/);
    },
  );

  it('names a hand-edited entry as the first broken link', async () => {
    const ids = await chainIds(api.dataSource);
    await tamper(api.dataSource, `UPDATE audit_entries SET reason = 'edited' WHERE id = $1`, [ids[9]]);
    expect(await trail.verify()).toEqual({
      checked: 9,
      firstBroken: { id: ids[9], reason: 'content changed: the entry no longer matches its hash' },
    });
    await tamper(api.dataSource, 'UPDATE audit_entries SET reason = NULL WHERE id = $1', [ids[9]]);
    expect(await trail.verify()).toEqual({ checked: 53, firstBroken: null });
  });

  it('names the entry after a deleted one', async () => {
    const ids = await chainIds(api.dataSource);
    await tamper(api.dataSource, 'DELETE FROM audit_entries WHERE id = $1', [ids[19]]);
    expect(await trail.verify(7)).toEqual({
      checked: 19,
      firstBroken: { id: ids[20], reason: `gap: an entry between #${ids[18]} and #${ids[20]} is missing` },
    });
  });

  it('keeps security events out of the chain, and lower-cases the address tried', async () => {
    const warn = jest.spyOn(rootLogger, 'warn');
    const before = await chainIds(api.dataSource);
    const events = SecurityEvents.over(api.dataSource);
    await events.record({ kind: 'login_failed', subject: ' Someone@Example.ORG ', ip: '203.0.113.7' });
    await expect(
      api.dataSource.transaction(async () => {
        throw new Error('permission denied');
      }),
    ).rejects.toThrow();
    await events.record({
      kind: 'permission_denied',
      actorId: SECRETARIAT,
      details: { action: 'report.publish' },
    });
    const rows = await api.dataSource.query(
      'SELECT kind, actor_id, subject, ip, details FROM security_events ORDER BY id',
    );
    expect(rows).toEqual([
      {
        kind: 'login_failed',
        actor_id: null,
        subject: 'someone@example.org',
        ip: '203.0.113.7',
        details: {},
      },
      {
        kind: 'permission_denied',
        actor_id: SECRETARIAT,
        subject: null,
        ip: null,
        details: { action: 'report.publish' },
      },
    ]);
    expect(await chainIds(api.dataSource)).toEqual(before);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('example.org');
    warn.mockRestore();
  });
});

describe('npm run audit:verify', () => {
  let dataDir: string;

  /** An embedded database under `dataDir`, open only while `work` runs (one process at a time). */
  async function withDatabase(work: (dataSource: DataSource) => Promise<void>): Promise<void> {
    const embedded = await EmbeddedPostgres.start(dataDir);
    const dataSource = new DataSource(dataSourceOptions(canopySchema, { url: embedded.url, poolSize: 1 }));
    try {
      await dataSource.initialize();
      await work(dataSource);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded.stop();
    }
  }

  function verify(): Promise<{ status: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/audit/verify.ts'], {
        cwd: root,
        env: {
          ...process.env,
          TS_NODE_PROJECT: 'tools/tsconfig.json',
          NODE_OPTIONS: '',
          DATABASE_URL: '',
          CANOPY_DATA_DIR: dataDir,
        },
        timeout: 60_000,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, output: output.trim() }));
    });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'canopy-audit-'));
    await withDatabase(async (dataSource) => {
      await dataSource.runMigrations({ transaction: 'each' });
      const trail = AuditTrail.over(dataSource);
      for (let n = 1; n <= 3; n++)
        await dataSource.transaction((manager) => trail.record(manager, rename(n)));
    });
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('counts an intact chain and exits 0', async () => {
    expect(await verify()).toEqual({ status: 0, output: 'audit chain: 3 entries verified' });
  });

  it('names the first broken link and exits 1', async () => {
    await withDatabase((dataSource) =>
      tamper(dataSource, `UPDATE audit_entries SET reason = 'edited' WHERE id = 2`, []),
    );
    expect(await verify()).toEqual({
      status: 1,
      output: 'audit chain broken at entry #2: content changed: the entry no longer matches its hash',
    });
  });
});
