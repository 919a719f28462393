/**
 * What a whole cycle of WHA77.2 progress reports costs: 194 countries' reports generated (six paragraphs
 * each, with narratives, evidence, SDG 16.7.2 by sex, age and disability, mechanisms, a sign-off and a
 * shadow assessment), each published through the service that freezes it; then the open data export of
 * the cycle over HTTP as JSON and as CSV (size and latency), the Open SDG file of SDG 16.7.2, the
 * dashboard's GraphQL comparison, and a check that the CSV re-imports to the statuses in the database.
 * Embedded database by default; CANOPY_TEST_DATABASE_URL=postgres://… measures on a PostgreSQL server.
 *   npm run bench:reports
 */
import 'reflect-metadata';
import { ReportsService } from '@canopy/api/reporting';
import { csvRecords, ReportEvent } from '@canopy/domain';
import { startTestApp, TestApp } from '../../apps/api/src/testing/test-app';
import { pageCost, percentile, random, signedInPeople, table } from './bench-kit';

const ROUNDS = 10;
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'LARGELY_ACHIEVED', 'ACHIEVED', 'NOT_APPLICABLE'];
const NARRATIVE =
  'The ministry convenes the national health assembly every year with constituencies of government, ' +
  'academia and civil society; provincial assemblies feed its agenda and a follow-up committee publishes ' +
  'what became of each resolution. Gaps remain for migrant workers and for people with disabilities. ';

const DASHBOARD = `query { reportingCycle(year: 2026) {
  statuses { itemCode countries { countryId status } }
  regionCounts { group itemCode total counts { status count } } } }`;

/** Every WHO member state's 2026 report, submitted with its working copy and civil society's answers. */
async function seed(api: TestApp): Promise<{ reports: string[]; publisher: string }> {
  const db = api.dataSource;
  const next = random(2026);
  const [publisher] = await signedInPeople(api, 1, 'Publisher');
  const [{ id: cycleId }] = await db.query(`SELECT id FROM reporting_cycles WHERE year = 2026`);
  const items: { id: string; code: string }[] = await db.query(
    `SELECT i.id, i.code FROM reporting_catalogue_items i JOIN reporting_cycles c ON c.catalogue_id = i.catalogue_id
      WHERE c.id = $1 AND i.addressee = 'MEMBER_STATES' ORDER BY i.position`,
    [cycleId],
  );
  const countries: { id: string; iso3: string }[] = await db.query(
    `SELECT id, iso3 FROM jurisdictions WHERE level = 'COUNTRY' ORDER BY iso3`,
  );
  const reports: string[] = [];
  for (const country of countries) {
    const mechanisms = [
      { name: 'National health assembly', type: 'ASSEMBLY', level: 'NATIONAL', frequency: 'YEARLY' },
      { name: 'Provincial health councils', type: 'COUNCIL', level: 'SUBNATIONAL', frequency: 'QUARTERLY' },
      { name: 'Community consultations', type: 'CONSULTATION', level: 'LOCAL', frequency: 'AD_HOC' },
    ].map((mechanism) => ({
      ...mechanism,
      legalBasis: 'Public Health Act, section 12',
      budget: Math.round(next() * 1_000_000),
      currency: 'USD',
      participants: 'Government agencies, academic bodies and civil society organizations',
      assemblyId: null,
    }));
    const [{ id: reportId }] = await db.query(
      `INSERT INTO country_reports (cycle_id, country_id, state, mechanisms, created_by)
       VALUES ($1, $2, 'SUBMITTED', $3, $4) RETURNING id`,
      [cycleId, country.id, JSON.stringify(mechanisms), publisher.id],
    );
    reports.push(reportId);
    for (const item of items) {
      const status = STATUSES[Math.floor(next() * STATUSES.length)];
      const evidence =
        status === 'NOT_STARTED'
          ? []
          : [1, 2].map((n) => ({
              kind: 'LINK',
              url: `https://health.example.org/${country.iso3}/${item.code}/${n}`,
              date: '2026-03-01',
              description: `Record ${n} of ${item.code}`,
            }));
      const values =
        item.code === 'OP1(3)'
          ? [
              {},
              { sex: 'female' },
              { sex: 'male' },
              { age: '15-24' },
              { age: '65+' },
              { disability: 'with disability' },
            ].flatMap((breakdown) =>
              [2024, 2025].map((year) => ({
                indicator: 'SDG-16.7.2',
                year,
                value: Math.round(200 + next() * 500) / 10,
                breakdown,
              })),
            )
          : [];
      await db.query(
        `INSERT INTO report_assessments (report_id, item_id, status, narrative, evidence, indicator_values, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          reportId,
          item.id,
          status,
          NARRATIVE,
          JSON.stringify(evidence),
          JSON.stringify(values),
          publisher.id,
        ],
      );
    }
    const [{ id: organizationId }] = await db.query(
      `INSERT INTO organizations (name, sector, jurisdiction_id, verified_at, verified_by)
       VALUES ($1, 'CIVIL_SOCIETY', $2, now(), $3) RETURNING id`,
      [`Health Watch ${country.iso3}`, country.id, publisher.id],
    );
    await db.query(
      `INSERT INTO report_validations (report_id, round, item_id, organization_id, kind, status, narrative, evidence, filed_by)
       VALUES ($1, 1, $2, $3, 'SIGN_OFF', NULL, '', '[]', $5),
              ($1, 1, $4, $3, 'SHADOW', 'IN_PROGRESS', $6, $7, $5)`,
      [
        reportId,
        items[0].id,
        organizationId,
        items[2].id,
        publisher.id,
        'Civil society sees less progress than the government reports.',
        JSON.stringify([
          {
            kind: 'LINK',
            url: 'https://watch.example.org/shadow',
            date: '2026-04-01',
            description: 'Shadow report',
          },
        ]),
      ],
    );
  }
  return { reports, publisher: publisher.id };
}

async function timed(url: string): Promise<{ ms: number; bytes: number; text: string }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes: Buffer.byteLength(text), text };
}

async function exportCost(url: string): Promise<{ bytes: number; p50: string; p95: string; text: string }> {
  const first = await timed(url);
  const timings: number[] = [];
  for (let i = 0; i < ROUNDS; i++) timings.push((await timed(url)).ms);
  timings.sort((a, b) => a - b);
  return {
    bytes: first.bytes,
    text: first.text,
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
  };
}

async function main(): Promise<void> {
  const api = await startTestApp();
  try {
    console.info(`database: ${api.database}`);
    const started = Date.now();
    const { reports, publisher } = await seed(api);
    const generated = (Date.now() - started) / 1000;

    // Published one by one through the service: snapshot, version row, audit entry, state change.
    const service = api.app.get(ReportsService);
    const principal = { userId: publisher, sessionId: 'bench' };
    const publishTimes: number[] = [];
    for (const reportId of reports) {
      const begun = process.hrtime.bigint();
      await service.act(principal, reportId, ReportEvent.PUBLISH);
      publishTimes.push(Number(process.hrtime.bigint() - begun) / 1e6);
    }
    publishTimes.sort((a, b) => a - b);
    console.info(`${reports.length} countries' reports generated in ${generated.toFixed(1)} s`);
    table(
      ['publish (one report)', 'p50 ms', 'p95 ms', 'total s'],
      [
        [
          `${reports.length} reports`,
          percentile(publishTimes, 0.5),
          percentile(publishTimes, 0.95),
          (publishTimes.reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(1),
        ],
      ],
    );

    const json = await exportCost(`${api.url}/open-data/reports/2026.json`);
    const csv = await exportCost(`${api.url}/open-data/reports/2026.csv`);
    const sdg = await exportCost(`${api.url}/open-data/indicators/SDG-16.7.2.csv`);
    console.info('');
    console.info(`export of the whole 2026 cycle over HTTP (${ROUNDS} rounds after a first)`);
    table(
      ['export', 'bytes', 'p50 ms', 'p95 ms'],
      [
        ['cycle JSON', json.bytes, json.p50, json.p95],
        ['cycle CSV', csv.bytes, csv.p50, csv.p95],
        ['SDG 16.7.2 Open SDG CSV', sdg.bytes, sdg.p50, sdg.p95],
      ],
    );
    const dashboard = await pageCost(api, DASHBOARD, {}, ROUNDS);
    table(
      ['dashboard comparison (GraphQL)', 'SQL', 'p50 ms', 'p95 ms'],
      [['statuses + region counts', dashboard.statements, dashboard.p50, dashboard.p95]],
    );

    // The exports re-import to the figures in the database.
    const stored: { iso3: string; code: string; status: string }[] = await api.dataSource.query(
      `SELECT j.iso3, a->>'itemCode' AS code, a->>'status' AS status
         FROM country_reports r JOIN report_versions v ON v.report_id = r.id AND v.number = r.published_version
         JOIN jurisdictions j ON j.id = r.country_id CROSS JOIN jsonb_array_elements(v.content->'assessments') a
         JOIN reporting_cycles c ON c.id = r.cycle_id WHERE c.year = 2026`,
    );
    const key = (iso3: string, code: string, status: string) => `${iso3}|${code}|${status}`;
    const expected = new Set(stored.map((row) => key(row.iso3, row.code, row.status)));
    const fromCsv = csvRecords(csv.text).map((row) =>
      key(row['country_iso3'], row['item_code'], row['status']),
    );
    const fromJson = (
      JSON.parse(json.text) as {
        reports: { country: { iso3: string }; assessments: { itemCode: string; status: string }[] }[];
      }
    ).reports.flatMap((report) =>
      report.assessments.map((row) => key(report.country.iso3, row.itemCode, row.status)),
    );
    const same = (rows: string[]) => rows.length === expected.size && rows.every((row) => expected.has(row));
    const sdgRows = csvRecords(sdg.text).length;
    console.info('');
    console.info(
      `re-import: CSV ${fromCsv.length} rows, JSON ${fromJson.length} assessments, database ${expected.size}; ` +
        `same statuses: ${same(fromCsv) && same(fromJson) ? 'yes' : 'NO'}; SDG 16.7.2 rows: ${sdgRows}`,
    );
    if (!same(fromCsv) || !same(fromJson) || sdgRows !== reports.length * 12) process.exitCode = 1;
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
