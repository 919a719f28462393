/**
 * What a resolution in consultation costs: SQL statements of its public page (text, tally, the person's
 * vote, paragraph counts and the first 50 threads with their replies) at 20 and at 200 comments; castVote
 * latency and rate through HTTP under a small load (8 clients, 2,000 votes from 500 citizens, many of
 * them changing their vote); and whether the counter-row tally still equals a count of the votes.
 * Embedded database by default; CANOPY_TEST_DATABASE_URL=postgres://… measures on a PostgreSQL server.
 *   npm run bench:resolution
 */
import 'reflect-metadata';
import { defaultResolutionPrefix, resolutionCode, tallySlot } from '@canopy/domain';
import { startTestApp, TestApp } from '../../apps/api/src/testing/test-app';
import { load, pageCost, random, row, signedInPeople } from './bench-kit';

const CITIZENS = 500;
const VOTES = 2000;
const CLIENTS = 8;
const ROUNDS = 50;
const CHOICES = ['SUPPORT', 'OPPOSE', 'ABSTAIN'] as const;

const RESOLUTION_PAGE = `query ($id: ID!) { resolution(id: $id) {
  id code title state createdAt followerCount following currentVersionNumber
  currentVersion { id number changeNote createdAt paragraphs { number text } }
  versions { id number } edition { id title } agendaItem { id number }
  consultation { id opensAt closesAt state versionId votingLevel myVote
    tally { support oppose abstain total } paragraphCounts { paragraph comments }
    comments(first: 50) { totalCount pageInfo { endCursor hasNextPage }
      edges { cursor node { ...BenchComment replies { ...BenchComment } } } } } } }
fragment BenchComment on Comment { id parentId depth paragraph body stance formal organization { id name }
  author { id displayName } mine createdAt editedAt hidden hiddenReason revisions { body revisedAt } }`;

const CAST_VOTE = `mutation ($input: CastVoteInput!) { castVote(input: $input) { choice tally { total } } }`;

interface World {
  citizens: { id: string; token: string }[];
  /** Resolution and consultation ids by number of comments. */
  resolutions: Map<number, { id: string; consultationId: string }>;
}

async function seed(api: TestApp): Promise<World> {
  const db = api.dataSource;
  const [{ id: thailand }] = await db.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
  const assemblyName = 'Bench Health Assembly';
  const [{ id: assemblyId }] = await db.query(
    `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ($1, 'NATIONAL', $2) RETURNING id`,
    [assemblyName, thailand],
  );
  const [{ id: editionId }] = await db.query(
    `INSERT INTO assembly_editions (assembly_id, number, title) VALUES ($1, 1, 'Bench edition') RETURNING id`,
    [assemblyId],
  );
  const [{ id: organizationId }] = await db.query(
    `INSERT INTO organizations (name, sector, jurisdiction_id) VALUES ('Bench network', 'CIVIL_SOCIETY', $1) RETURNING id`,
    [thailand],
  );
  const citizens = await signedInPeople(api, CITIZENS, 'Citizen');
  const citizenIds = citizens.map((citizen) => citizen.id);

  const resolutions = new Map<number, { id: string; consultationId: string }>();
  for (const [index, comments] of [20, 200].entries()) {
    const number = index + 1;
    const [{ id: proposalId }] = await db.query(
      `INSERT INTO proposals (edition_id, organization_id, state, title, jurisdiction_id, number, submitted_at)
       VALUES ($1, $2, 'SELECTED', 'Clean air in schools', $3, $4, now()) RETURNING id`,
      [editionId, organizationId, thailand, number],
    );
    const [{ id: agendaItemId }] = await db.query(
      `INSERT INTO agenda_items (edition_id, number, title, proposal_id) VALUES ($1, $2, 'Clean air in schools', $3) RETURNING id`,
      [editionId, number, proposalId],
    );
    const [{ id: resolutionId }] = await db.query(
      `INSERT INTO resolutions (edition_id, agenda_item_id, number, code, title, state, current_version)
       VALUES ($1, $2, $3, $4, 'Clean air in schools', 'CONSULTATION', 2) RETURNING id`,
      [editionId, agendaItemId, number, resolutionCode(defaultResolutionPrefix(assemblyName), 1, number)],
    );
    const paragraphs = (count: number) =>
      JSON.stringify(Array.from({ length: count }, (_, p) => `Paragraph ${p + 1} of the resolution.`));
    const [, { id: versionId }] = await db.query(
      `INSERT INTO resolution_versions (resolution_id, number, title, paragraphs, change_note, created_by)
       VALUES ($1, 1, 'Clean air in schools', $2::jsonb, NULL, $4), ($1, 2, 'Clean air in schools', $3::jsonb, 'Adds two paragraphs', $4)
       RETURNING id`,
      [resolutionId, paragraphs(4), paragraphs(6), citizenIds[0]],
    );
    const [{ id: consultationId }] = await db.query(
      `INSERT INTO consultations (subject_type, subject_id, version_id, assembly_id, voting_level, opens_at, closes_at)
       VALUES ('RESOLUTION', $1, $2, $3, 'EMAIL_VERIFIED', now() - interval '1 hour', now() + interval '30 days')
       RETURNING id`,
      [resolutionId, versionId, assemblyId],
    );
    await db.query(
      `INSERT INTO tally_slots (consultation_id, slot) SELECT $1, s FROM generate_series(0, 15) s`,
      [consultationId],
    );
    await seedComments(api, consultationId, comments, citizenIds, organizationId);
    resolutions.set(comments, { id: resolutionId, consultationId });
  }
  await db.query(`ANALYZE`);
  return { citizens, resolutions };
}

/** Top comments (every third on a paragraph, every tenth formal) and replies, some of them to replies. */
async function seedComments(
  api: TestApp,
  consultationId: string,
  count: number,
  authors: string[],
  organizationId: string,
): Promise<void> {
  const next = random(count);
  const written: { id: string; rootId: string | null; depth: number; paragraph: number | null }[] = [];
  for (let i = 0; i < count; i++) {
    const parent = i >= 5 && next() < 0.4 ? written[Math.floor(next() * written.length)] : null;
    const replyTo = parent && parent.depth < 2 ? parent : null;
    const paragraph = replyTo ? replyTo.paragraph : i % 3 === 0 ? 1 + (i % 6) : null;
    const [row] = await api.dataSource.query(
      `INSERT INTO comments (consultation_id, author_id, organization_id, parent_id, root_id, depth, paragraph, stance, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - make_interval(secs => $10)) RETURNING id`,
      [
        consultationId,
        authors[i % authors.length],
        !replyTo && i % 10 === 0 ? organizationId : null,
        replyTo?.id ?? null,
        replyTo ? (replyTo.rootId ?? replyTo.id) : null,
        replyTo ? replyTo.depth + 1 : 0,
        paragraph,
        ['FOR', 'AGAINST', 'NEUTRAL'][i % 3],
        `Comment ${i + 1}: the schools in our district need this before the next haze season.`,
        count - i,
      ],
    );
    written.push({
      id: row.id,
      rootId: replyTo ? (replyTo.rootId ?? replyTo.id) : null,
      depth: replyTo ? replyTo.depth + 1 : 0,
      paragraph,
    });
  }
}

/** Every citizen votes once, then votes again at random: most of those change the vote. */
async function castVotes(api: TestApp, world: World, consultationId: string) {
  const next = random(42);
  const plan = Array.from({ length: VOTES }, (_, i) => ({
    citizen: world.citizens[i < CITIZENS ? i : Math.floor(next() * CITIZENS)],
    choice: CHOICES[Math.floor(next() * CHOICES.length)],
  }));
  return load(plan, CLIENTS, async ({ citizen, choice }) => {
    const { errors } = await api.graphql(
      CAST_VOTE,
      { input: { consultationId, choice } },
      { token: citizen.token },
    );
    return !errors;
  });
}

/** The tally as the API answers it, against a count of the votes and the slots each voter hashes to. */
async function tallyCheck(api: TestApp, resolutionId: string, consultationId: string) {
  const { data } = await api.graphql<{
    resolution: {
      consultation: { tally: { support: number; oppose: number; abstain: number; total: number } };
    };
  }>(`query ($id: ID!) { resolution(id: $id) { consultation { tally { support oppose abstain total } } } }`, {
    id: resolutionId,
  });
  const counted: { choice: string; votes: number }[] = await api.dataSource.query(
    `SELECT choice, count(*)::int AS votes FROM votes WHERE consultation_id = $1 GROUP BY choice`,
    [consultationId],
  );
  const count = (choice: string) => counted.find((row) => row.choice === choice)?.votes ?? 0;
  const slots: { slot: number; votes: number }[] = await api.dataSource.query(
    `SELECT slot, (support + oppose + abstain)::int AS votes FROM tally_slots WHERE consultation_id = $1`,
    [consultationId],
  );
  const [{ changes }] = await api.dataSource.query(
    `SELECT count(*)::int AS changes FROM vote_events WHERE consultation_id = $1 AND previous IS NOT NULL`,
    [consultationId],
  );
  const voters: { user_id: string }[] = await api.dataSource.query(
    `SELECT user_id FROM votes WHERE consultation_id = $1`,
    [consultationId],
  );
  const perSlot = new Map<number, number>();
  for (const { user_id } of voters)
    perSlot.set(tallySlot(user_id), (perSlot.get(tallySlot(user_id)) ?? 0) + 1);
  const tally = data?.resolution.consultation.tally;
  return {
    tally,
    counted: {
      support: count('SUPPORT'),
      oppose: count('OPPOSE'),
      abstain: count('ABSTAIN'),
      total: voters.length,
    },
    exact:
      !!tally &&
      tally.support === count('SUPPORT') &&
      tally.oppose === count('OPPOSE') &&
      tally.abstain === count('ABSTAIN') &&
      tally.total === voters.length &&
      slots.every((row) => row.votes === (perSlot.get(row.slot) ?? 0)),
    slots: slots.length,
    changes: changes as number,
  };
}

async function main(): Promise<void> {
  const api = await startTestApp();
  try {
    const world = await seed(api);
    const voter = world.citizens[0];
    console.info(`database: ${api.database}; page latency over ${ROUNDS} requests, signed in`);
    const pageColumns = ['resolution page', 'SQL anonymous', 'SQL signed in', 'p50 ms', 'p95 ms'];
    const pageWidths = pageColumns.map((column) => column.length);
    console.info(row(pageWidths, pageColumns));
    for (const comments of [20, 200]) {
      const { id } = world.resolutions.get(comments)!;
      const anonymous = await pageCost(api, RESOLUTION_PAGE, { id }, ROUNDS);
      const signedIn = await pageCost(api, RESOLUTION_PAGE, { id }, ROUNDS, voter.token);
      console.info(
        row(pageWidths, [
          `${comments} comments`,
          anonymous.statements,
          signedIn.statements,
          signedIn.p50,
          signedIn.p95,
        ]),
      );
    }

    const { id, consultationId } = world.resolutions.get(200)!;
    const load = await castVotes(api, world, consultationId);
    console.info('');
    console.info(
      `castVote over HTTP: ${VOTES} votes from ${CITIZENS} citizens, ${CLIENTS} concurrent clients`,
    );
    const loadColumns = ['p50 ms', 'p95 ms', 'votes/s', 'seconds', 'failed'];
    const loadWidths = loadColumns.map((column) => column.length);
    console.info(row(loadWidths, loadColumns));
    console.info(row(loadWidths, [load.p50, load.p95, load.rate, load.seconds, load.failures]));

    const check = await tallyCheck(api, id, consultationId);
    const after = await pageCost(api, RESOLUTION_PAGE, { id }, ROUNDS, voter.token);
    console.info('');
    console.info(`votes changed: ${check.changes}`);
    console.info(`tally (API, ${check.slots} counter rows): ${JSON.stringify(check.tally)}`);
    console.info(`COUNT(*) of votes:               ${JSON.stringify(check.counted)}`);
    console.info(`tally equals COUNT(*), slot by slot: ${check.exact ? 'yes' : 'NO'}`);
    console.info(`resolution page after the votes: ${after.statements} SQL statements signed in`);
    if (!check.exact || load.failures) process.exitCode = 1;
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
