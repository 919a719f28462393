/**
 * What an edition's public page costs with 100 proposals on it (SQL statements per GraphQL request and
 * latency), and what a ranked full-text search costs over 10,000 submitted proposals.
 * Embedded database by default; CANOPY_TEST_DATABASE_URL=postgres://… measures on a PostgreSQL server.
 *   npm run bench:edition
 */
import 'reflect-metadata';
import { startTestApp, TestApp } from '../../apps/api/src/testing/test-app';

const ROUNDS = 100;
const SEARCHED = 10_000;

const EDITION_PAGE = `query ($id: ID!, $first: Int!) { edition(id: $id) {
  number title startsOn endsOn proposalWindow { state } criteria { key name }
  committee { name sector } committeeComposition { meetsRule nonStatePercent }
  agenda { number title proposals { id title } workingGroup { role organization { name } } }
  participation { stage sector organizations }
  proposals(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node {
    id number title state submittedAt organization { name sector } jurisdiction { name }
    cosponsors { state organization { name sector } } endorsements { organizations citizens }
    scoreSummary { average byCriterion { criterionKey average } } agendaItem { number } } } } } }`;

const SEARCH = `query ($q: String!) { searchProposals(query: $q, first: 20) { totalCount edges { node { id title organization { name } } } } }`;

async function seed(api: TestApp): Promise<{ editionId: string; searchEditionId: string }> {
  const [{ id: thailand }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
  const [{ id: assemblyId }] = await api.dataSource.query(
    `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('Bench assembly', 'NATIONAL', $1) RETURNING id`,
    [thailand],
  );
  const organizations: string[] = (
    await api.dataSource.query(
      `INSERT INTO organizations (name, sector, jurisdiction_id)
       SELECT 'Bench organization ' || n, (ARRAY['CIVIL_SOCIETY','ACADEMIC_PROFESSIONAL','GOVERNMENT'])[1 + n % 3]::organization_sector, $1
       FROM generate_series(1, 30) n RETURNING id`,
      [thailand],
    )
  ).map((row: { id: string }) => row.id);
  const edition = async (number: number) =>
    (
      await api.dataSource.query(
        `INSERT INTO assembly_editions (assembly_id, number, title, proposals_open_at, proposals_close_at)
         VALUES ($1, $2::int, 'Bench edition ' || $2::int, now() - interval '1 day', now() + interval '1 day') RETURNING id`,
        [assemblyId, number],
      )
    )[0].id as string;
  const editionId = await edition(1);
  const searchEditionId = await edition(2);
  for (const id of [editionId, searchEditionId]) {
    await api.dataSource.query(
      `INSERT INTO edition_criteria (edition_id, key, name, position)
       VALUES ($1, 'importance', 'Importance', 0), ($1, 'size', 'Size of the problem', 1),
              ($1, 'public_interest', 'Public interest', 2), ($1, 'feasibility', 'Feasibility', 3)`,
      [id],
    );
    await api.dataSource.query(
      `INSERT INTO constituencies (edition_id, organization_id, basis, focus, state)
       SELECT $1, o, 'ISSUE', 'Bench', 'APPROVED' FROM unnest($2::uuid[]) o`,
      [id, organizations],
    );
  }
  const words = [
    'air',
    'water',
    'tobacco',
    'alcohol',
    'migrants',
    'nurses',
    'vaccination',
    'diabetes',
    'roads',
    'elderly',
  ];
  const insertProposals = (id: string, count: number) =>
    api.dataSource.query(
      `INSERT INTO proposals (edition_id, organization_id, state, title, problem, proposed_action, jurisdiction_id, number, submitted_at)
       SELECT $1, ($2::uuid[])[1 + n % 30], 'SUBMITTED',
              'Proposal ' || n || ' on ' || ($4::text[])[1 + n % 10],
              'Communities report problems with ' || ($4::text[])[1 + (n / 10) % 10] || ' and ' || ($4::text[])[1 + n % 10] || ' in district ' || n,
              'Fund local programmes', $3, n, now()
       FROM generate_series(1, $5::int) n`,
      [id, organizations, thailand, words, count],
    );
  await insertProposals(editionId, 100);
  await insertProposals(searchEditionId, SEARCHED);
  await api.dataSource.query(
    `INSERT INTO proposal_cosponsors (proposal_id, organization_id, state)
     SELECT p.id, ($2::uuid[])[1 + (p.number + k) % 30], 'CONFIRMED'
     FROM proposals p, generate_series(1, 2) k WHERE p.edition_id = $1`,
    [editionId, organizations],
  );
  const reviewers: string[] = (
    await api.dataSource.query(
      `INSERT INTO users (email, display_name, email_verified_at)
       SELECT 'reviewer' || n || '@bench.test', 'Reviewer ' || n, now() FROM generate_series(1, 3) n RETURNING id`,
    )
  ).map((row: { id: string }) => row.id);
  await api.dataSource.query(
    `INSERT INTO proposal_scores (proposal_id, reviewer_id, criterion_key, score)
     SELECT p.id, r, c, 1 + (p.number + length(c)) % 5
     FROM proposals p, unnest($2::uuid[]) r, unnest(ARRAY['importance','size','public_interest','feasibility']) c
     WHERE p.edition_id = $1`,
    [editionId, reviewers],
  );
  await api.dataSource.query(
    `INSERT INTO proposal_endorsements (proposal_id, user_id) SELECT p.id, r FROM proposals p, unnest($2::uuid[]) r WHERE p.edition_id = $1`,
    [editionId, reviewers],
  );
  await api.dataSource.query(
    `UPDATE proposals SET state = 'SELECTED' WHERE edition_id = $1 AND number <= 10`,
    [editionId],
  );
  await api.dataSource.query(
    `INSERT INTO agenda_items (edition_id, number, title, proposal_id)
     SELECT $1, number, title, id FROM proposals WHERE edition_id = $1 AND number <= 10`,
    [editionId],
  );
  await api.dataSource.query(`ANALYZE`);
  return { editionId, searchEditionId };
}

async function measure(api: TestApp, label: string, query: string, variables: Record<string, unknown>) {
  api.queries.reset();
  const first = await api.graphql(query, variables);
  if (first.errors) throw new Error(JSON.stringify(first.errors));
  const statements = api.queries.queries;
  const timings: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    const { errors } = await api.graphql(query, variables);
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (errors) throw new Error(JSON.stringify(errors));
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))].toFixed(1);
  console.info(`${label}: ${statements} SQL statements; latency p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}

async function main(): Promise<void> {
  const api = await startTestApp();
  try {
    const { editionId } = await seed(api);
    console.info(`database: ${api.database}; ${ROUNDS} requests each`);
    for (const first of [10, 100]) {
      await measure(api, `edition page, ${String(first).padStart(3)} proposals`, EDITION_PAGE, {
        id: editionId,
        first,
      });
    }
    for (const q of ['vaccination', 'tobacco district 42', 'nurses -elderly']) {
      await measure(api, `search "${q}" over ${SEARCHED.toLocaleString('en')} proposals`, SEARCH, { q });
    }
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
