import { pendingSchemaChanges } from '@canopy/api/core';
import { startTestApp, TestApp } from './testing/test-app';

describe('database', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api?.close());

  it('has migrations that agree with the entities (generating a migration yields nothing)', async () => {
    expect(await pendingSchemaChanges(api.dataSource)).toEqual([]);
  });

  it('loads the 194 WHO member states with their ISO codes and regions', async () => {
    const rows: { who_region: string; count: string }[] = await api.dataSource.query(
      `SELECT who_region, count(*) FROM jurisdictions WHERE level = 'COUNTRY' GROUP BY who_region ORDER BY who_region`,
    );
    const byRegion = Object.fromEntries(rows.map((row) => [row.who_region, Number(row.count)]));
    expect(byRegion).toEqual({ AFR: 47, AMR: 35, EMR: 21, EUR: 53, SEAR: 10, WPR: 28 });
    const [thailand] = await api.dataSource.query(
      `SELECT iso3, who_region FROM jurisdictions WHERE iso2 = 'TH'`,
    );
    expect(thailand).toEqual({ iso3: 'THA', who_region: 'SEAR' });
  });

  it('reverts every migration and applies them again', async () => {
    const applied = api.dataSource.migrations.length;
    for (let i = 0; i < applied; i++) await api.dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'jurisdictions'`,
    );
    expect(Number(count)).toBe(0);
    expect(await api.dataSource.runMigrations({ transaction: 'each' })).toHaveLength(applied);
    expect(await pendingSchemaChanges(api.dataSource)).toEqual([]);
  });

  it('refuses an edition that ends before it starts, at the database', async () => {
    const [{ id }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    const [assembly] = await api.dataSource.query(
      `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('Check', 'NATIONAL', $1) RETURNING id`,
      [id],
    );
    await expect(
      api.dataSource.query(
        `INSERT INTO assembly_editions (assembly_id, number, title, starts_on, ends_on) VALUES ($1, 1, 'x', '2024-02-02', '2024-02-01')`,
        [assembly.id],
      ),
    ).rejects.toThrow(/assembly_editions_ordered_dates/);
  });

  it('answers /health with 200 while the database answers, and 503 once it does not', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    await api.dataSource.destroy();
    const down = await fetch(`${api.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'error' });
  });
});
