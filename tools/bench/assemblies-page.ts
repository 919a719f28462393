/**
 * What one page of the assemblies list costs: SQL statements per GraphQL request and latency, for pages
 * of 10 and 50 over 1,000 assemblies with three editions each.
 * Embedded database by default; CANOPY_TEST_DATABASE_URL=postgres://… measures on a PostgreSQL server.
 *   npm run bench:assemblies
 */
import 'reflect-metadata';
import { startTestApp } from '../../apps/api/src/testing/test-app';

const ASSEMBLIES = 1000;
const ROUNDS = 200;

const PAGE = `query ($first: Int!, $after: String) {
  assemblies(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name kind jurisdiction { name country { iso2 name } } latestEdition { number title startsOn } editions { number } } }
  }
}`;

async function main(): Promise<void> {
  const api = await startTestApp({ demo: true });
  try {
    const [{ id: countryId }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    await api.dataSource.query(
      `WITH created AS (
         INSERT INTO assemblies (name, kind, jurisdiction_id, description)
         SELECT 'Bench assembly ' || lpad(n::text, 5, '0'), 'AREA', $1, 'Generated for the benchmark'
         FROM generate_series(1, $2::int) n RETURNING id)
       INSERT INTO assembly_editions (assembly_id, number, title, starts_on)
       SELECT id, e, 'Sitting ' || e, date '2020-01-01' + e * 365 FROM created, generate_series(1, 3) e`,
      [countryId, ASSEMBLIES],
    );
    console.info(
      `database: ${api.database}; ${ASSEMBLIES} assemblies × 3 editions; ${ROUNDS} requests per size`,
    );
    for (const first of [10, 50]) {
      api.queries.reset();
      await api.graphql(PAGE, { first });
      const queries = api.queries.queries;
      const timings: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const started = process.hrtime.bigint();
        const { errors } = await api.graphql(PAGE, { first });
        timings.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (errors) throw new Error(JSON.stringify(errors));
      }
      timings.sort((a, b) => a - b);
      const at = (p: number) =>
        timings[Math.min(timings.length - 1, Math.floor(p * timings.length))].toFixed(1);
      console.info(
        `page of ${String(first).padStart(2)}: ${queries} SQL statements; latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`,
      );
    }
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
