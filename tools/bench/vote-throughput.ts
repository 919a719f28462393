/**
 * The vote through the full stack (HTTP, GraphQL, session and facts, validation, transaction, tally)
 * at 64 concurrent clients, and in the same run pgbench sending the very statements one vote request
 * sends, captured from the API itself, over 64 connections: both rates and their ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tallySlot } from '@canopy/domain';
import { Cluster, openConsultation } from '../../apps/api/src/testing/instances';
import { startTestApp } from '../../apps/api/src/testing/test-app';
import { signedInPeople } from '../../apps/api/src/testing/voters';
import { load } from './bench-kit';

export const CLIENTS = 64;
const CAST_VOTE = `mutation ($input: CastVoteInput!) { castVote(input: $input) { choice tally { total } } }`;

export interface Throughput {
  stackRate: number;
  stackP50: string;
  stackP95: string;
  stackFailures: number;
  pgbenchRate: number;
  statements: number;
  ratio: number;
}

interface Captured {
  script: string;
  statements: number;
}

/**
 * The statements of one castVote request, as the API sends them (session, facts, transaction, tally),
 * turned into a pgbench script: the voter's ids and tally slot become pgbench variables, every other
 * parameter stays as it was sent. The voter is looked up first, one primary-key read per transaction
 * that the API does not need, so pgbench does one statement more than the stack.
 */
async function captureVoteStatements(): Promise<Captured> {
  const api = await startTestApp();
  try {
    const { consultationId } = await openConsultation(api.dataSource);
    let voter = (await signedInPeople(api.dataSource, 1, 'captured'))[0];
    // A slot above 1, so that it is told apart from the tally deltas (0 and 1) among the parameters.
    while (tallySlot(voter.id) < 2) voter = (await signedInPeople(api.dataSource, 1, 'captured'))[0];
    const sessionId = voter.token.split('.')[0];
    api.queries.record();
    const answer = await api.graphql(
      CAST_VOTE,
      { input: { consultationId, choice: 'SUPPORT' } },
      { token: voter.token },
    );
    const recorded = api.queries.takeRecorded();
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    const variables = new Map<unknown, string>([
      [sessionId, ':session_id'],
      [voter.id, ':user_id'],
      [consultationId, ':consultation_id'],
      [tallySlot(voter.id), ':slot'],
    ]);
    const literal = (value: unknown) =>
      value === null || value === undefined
        ? 'NULL'
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : `'${String(value).replace(/'/g, "''")}'`;
    const lines = recorded.map(({ query, parameters }) => {
      const text = query.replace(/\$(\d+)/g, (_, index: string) => {
        const value = parameters[Number(index) - 1];
        return variables.get(value) ?? literal(value);
      });
      return `${text.replace(/\s+/g, ' ').trim()};`;
    });
    const script = [
      `SELECT user_id, session_id, slot FROM bench_voters WHERE n = (SELECT nextval('bench_voters_n')) \\gset`,
      ...lines,
    ].join('\n');
    return { script: `${script}\n`, statements: recorded.length };
  } finally {
    await api.close();
  }
}

/** pgbench from Debian's PostgreSQL client; installed with apt when missing and running as root. */
function pgbench(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v pgbench']).toString().trim();
  } catch {
    if (process.getuid?.() !== 0) throw new Error('pgbench is missing: apt-get install postgresql-contrib');
    execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq postgresql-contrib >/dev/null'], {
      stdio: 'inherit',
    });
    return execFileSync('sh', ['-c', 'command -v pgbench']).toString().trim();
  }
}

export async function voteThroughput(
  cluster: Cluster,
  consultationId: string,
  options: { stackVotes: number; pgbenchVotes: number },
): Promise<Throughput> {
  const captured = await captureVoteStatements();

  // The full stack: new voters spread over the instances, as a load balancer would.
  const voters = await signedInPeople(cluster.db, options.stackVotes, 'stack-voter');
  const instances = cluster.instances;
  const bodies = voters.map((voter, i) => ({
    url: `${instances[i % instances.length].url}/graphql`,
    token: voter.token,
    body: JSON.stringify({ query: CAST_VOTE, variables: { input: { consultationId, choice: 'SUPPORT' } } }),
  }));
  const stack = await load(bodies, CLIENTS, async ({ url, token, body }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const answer = (await response.json()) as { errors?: unknown };
    return response.ok && !answer.errors;
  });

  // pgbench: as many voters, their ids in a table the script reads one row of per transaction.
  const pgVoters = await signedInPeople(cluster.db, options.pgbenchVotes, 'pgbench-voter');
  await cluster.db.query(
    `CREATE TABLE bench_voters (n bigint PRIMARY KEY, user_id uuid, session_id uuid, slot int)`,
  );
  await cluster.db.query(
    `INSERT INTO bench_voters SELECT n, u, s, bench_tally_slot(u)
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS v(u, s, n)`,
    [pgVoters.map((voter) => voter.id), pgVoters.map((voter) => voter.token.split('.')[0])],
  );
  await cluster.db.query(`CREATE SEQUENCE bench_voters_n`);
  await cluster.db.query(`ANALYZE bench_voters`);
  const folder = mkdtempSync(join(tmpdir(), 'canopy-pgbench-'));
  const scriptFile = join(folder, 'cast-vote.sql');
  writeFileSync(scriptFile, captured.script);
  const perClient = Math.floor(options.pgbenchVotes / CLIENTS);
  const output = execFileSync(
    pgbench(),
    [
      '-n',
      '-M',
      'extended',
      '-c',
      String(CLIENTS),
      '-j',
      '2',
      '-t',
      String(perClient),
      '-D',
      `consultation_id=${consultationId}`,
      '-f',
      scriptFile,
      cluster.databaseUrl,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 },
  );
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
  if (!tps) throw new Error(`pgbench said:\n${output}`);
  const failed = /number of failed transactions: (\d+)/.exec(output);
  if (failed && Number(failed[1]) > 0) throw new Error(`pgbench transactions failed:\n${output}`);
  const stackRate = Number(stack.rate);
  const pgbenchRate = Number(tps[1]);
  return {
    stackRate,
    stackP50: stack.p50,
    stackP95: stack.p95,
    stackFailures: stack.failures,
    pgbenchRate,
    statements: captured.statements,
    ratio: stackRate / pgbenchRate,
  };
}
