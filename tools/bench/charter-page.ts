/**
 * What a community health charter costs: SQL statements and latency of its public page, as the web
 * asks for it (committee, editions, sections, clauses with indicators and trends, signatures, the
 * hearing's tally and the reader's vote)
 * at 10 and at 100 clauses, each with 12 readings; then signCharter and withdrawCharterSignature
 * through HTTP (8 clients, 1,000 residents signing, 250 of them withdrawing and signing again), and
 * whether the signature count still equals a count of the standing signatures.
 * Embedded database by default; CANOPY_TEST_DATABASE_URL=postgres://… measures on a PostgreSQL server.
 *   npm run bench:charter
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../../apps/api/src/testing/test-app';
import { load, pageCost, signedInPeople, table } from './bench-kit';

const RESIDENTS = 1000;
const WITHDRAWALS = 250;
const CLIENTS = 8;
const ROUNDS = 50;
const READINGS = 12;

const root = join(__dirname, '..', '..');
/** The public charter page's own query, as the web sends it, with the fragments it spreads. */
const CHARTER_PAGE = [
  'libs/web/charters/src/lib/charter-page/charter-page.query.graphql',
  'libs/web/charters/src/lib/charter-page/charter-signatures.fragment.graphql',
  'libs/web/consultation/src/lib/vote-panel/consultation-summary.fragment.graphql',
]
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');

const SIGN = `mutation ($input: CharterSignatureInput!) { signCharter(input: $input) { signatures { people } } }`;
const WITHDRAW = `mutation ($input: CharterSignatureInput!) {
  withdrawCharterSignature(input: $input) { signatures { people } } }`;

interface World {
  community: string;
  charters: Map<number, { id: string; editionId: string }>;
}

async function seed(api: TestApp): Promise<World> {
  const db = api.dataSource;
  const [{ id: thailand }] = await db.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
  const [{ id: community }] = await db.query(
    `INSERT INTO jurisdictions (name, level, parent_id, country_id) VALUES ('Bench community', 'COMMUNITY', $1, $1)
     RETURNING id`,
    [thailand],
  );
  const [convener] = await signedInPeople(api, 1, 'Convener', community);
  const [{ id: organizationId }] = await db.query(
    `INSERT INTO organizations (name, sector, jurisdiction_id, verified_at, verified_by)
     VALUES ('Bench health centre', 'GOVERNMENT', $1, now(), $2) RETURNING id`,
    [community, convener.id],
  );
  const charters = new Map<number, { id: string; editionId: string }>();
  for (const clauses of [10, 100]) {
    const [{ id }] = await db.query(
      `INSERT INTO charters (jurisdiction_id, title, convener_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [community, `Charter of ${clauses} clauses`, organizationId, convener.id],
    );
    await db.query(
      `INSERT INTO charter_committee_members (charter_id, organization_id, sector) VALUES ($1, $2, 'GOVERNMENT')`,
      [id, organizationId],
    );
    const [{ id: editionId }] = await db.query(
      `INSERT INTO charter_editions (charter_id, number, state, text_revision, forum_date, forum_place, attendance,
                                     by_consensus, effective_date, in_force_at)
       VALUES ($1, 1, 'IN_FORCE', 1, current_date, 'Village hall', '[{"sector":"CIVIL_SOCIETY","count":90}]', true,
               current_date, now())
       RETURNING id`,
      [id],
    );
    // Five sections, the clauses spread over them, every clause with an indicator and its readings.
    const sections: { id: string }[] = await db.query(
      `INSERT INTO charter_sections (edition_id, position, kind, title)
       SELECT $1, p, CASE WHEN p = 0 THEN 'DEFINITIONS' ELSE 'PROVISIONS' END::charter_section_kind, 'Section ' || p
         FROM generate_series(0, 4) p RETURNING id`,
      [editionId],
    );
    await db.query(
      `INSERT INTO charter_clauses (edition_id, section_id, number, position, lineage_id, text, responsible,
                                    indicator_name, indicator_target, indicator_unit, indicator_frequency,
                                    indicator_direction)
       SELECT $1, ($2::uuid[])[1 + (n - 1) * 5 / $3], n, n, gen_random_uuid(), 'Clause ' || n || ' of the charter.',
              jsonb_build_array(jsonb_build_object('name', 'Health centre', 'organizationId', $4::text)),
              'Indicator ' || n, 80, '%', 'MONTHLY', 'AT_LEAST'
         FROM generate_series(1, $3::int) n`,
      [editionId, sections.map((section) => section.id), clauses, organizationId],
    );
    await db.query(
      `INSERT INTO charter_indicator_readings (charter_id, lineage_id, clause_id, period_end, value, recorded_by)
       SELECT $1, c.lineage_id, c.id, (date '2025-12-31' + make_interval(months => m))::date, 50 + m * 3, $3
         FROM charter_clauses c, generate_series(0, $4::int - 1) m WHERE c.edition_id = $2`,
      [id, editionId, convener.id, READINGS],
    );
    charters.set(clauses, { id, editionId });
  }
  await db.query(`ANALYZE`);
  return { community, charters };
}

async function main(): Promise<void> {
  const api = await startTestApp();
  try {
    const world = await seed(api);
    const residents = await signedInPeople(api, RESIDENTS, 'Resident', world.community);
    console.info(`database: ${api.database}; page latency over ${ROUNDS} requests, signed in`);
    const pages: (string | number)[][] = [];
    for (const clauses of [10, 100]) {
      const { id } = world.charters.get(clauses)!;
      const anonymous = await pageCost(api, CHARTER_PAGE, { id, edition: 1, chosen: false }, ROUNDS);
      const signedIn = await pageCost(
        api,
        CHARTER_PAGE,
        { id, edition: 1, chosen: false },
        ROUNDS,
        residents[0].token,
      );
      pages.push([
        `${clauses} clauses, ${clauses * READINGS} readings`,
        anonymous.statements,
        signedIn.statements,
        signedIn.p50,
        signedIn.p95,
      ]);
    }
    table(['charter page', 'SQL anonymous', 'SQL signed in', 'p50 ms', 'p95 ms'], pages);

    const { id, editionId } = world.charters.get(100)!;
    const input = { editionId };
    const signing = await load(residents, CLIENTS, async (resident) => {
      const { errors } = await api.graphql(SIGN, { input }, { token: resident.token });
      return !errors;
    });
    const changing = await load(residents.slice(0, WITHDRAWALS), CLIENTS, async (resident) => {
      const withdrawn = await api.graphql(WITHDRAW, { input }, { token: resident.token });
      const signed = await api.graphql(SIGN, { input }, { token: resident.token });
      return !withdrawn.errors && !signed.errors;
    });
    console.info('');
    console.info(`signatures over HTTP: ${RESIDENTS} residents sign, ${CLIENTS} concurrent clients`);
    table(
      ['requests', 'p50 ms', 'p95 ms', 'per second', 'seconds', 'failed'],
      [
        ['sign', signing.p50, signing.p95, signing.rate, signing.seconds, signing.failures],
        ['withdraw + sign', changing.p50, changing.p95, changing.rate, changing.seconds, changing.failures],
      ],
    );

    const { data } = await api.graphql<{ charter: { currentEdition: { signatures: { people: number } } } }>(
      `query ($id: ID!) { charter(id: $id) { currentEdition { signatures { people } } } }`,
      { id },
    );
    const [{ standing, withdrawn }] = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE withdrawn_at IS NULL)::int AS standing,
              count(*) FILTER (WHERE withdrawn_at IS NOT NULL)::int AS withdrawn
         FROM charter_signatures WHERE edition_id = $1`,
      [editionId],
    );
    const counted = data?.charter.currentEdition.signatures.people;
    console.info('');
    console.info(
      `signatures (API): ${counted}; COUNT(*) standing: ${standing}; withdrawn rows kept: ${withdrawn}`,
    );
    console.info(
      `count equals residents who signed: ${counted === RESIDENTS && standing === RESIDENTS ? 'yes' : 'NO'}`,
    );
    if (counted !== RESIDENTS || standing !== RESIDENTS || signing.failures || changing.failures) {
      process.exitCode = 1;
    }
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
