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
import { csvRecords } from '@canopy/domain';
import { startTestApp } from '../../apps/api/src/testing/test-app';
import { pageCost, percentile, table } from './bench-kit';
import { exportCost, publishedCycleReports } from './report-volumes';

const ROUNDS = 10;

const DASHBOARD = `query { reportingCycle(year: 2026) {
  statuses { itemCode countries { countryId status } }
  regionCounts { group itemCode total counts { status count } } } }`;

async function main(): Promise<void> {
  const api = await startTestApp();
  try {
    console.info(`database: ${api.database}`);
    const { reports, writtenSeconds: generated, publishMs } = await publishedCycleReports(api);
    const publishTimes = [...publishMs].sort((a, b) => a - b);
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
