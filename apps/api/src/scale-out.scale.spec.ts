import { spawnSync } from 'node:child_process';
import { Redis } from 'ioredis';
import type { Client } from 'graphql-ws';
import { eventually, liveClient, subscribe } from './testing/live';
import { Cluster, openConsultation, post, requiredServices, startCluster } from './testing/instances';
import { freshDatabase } from './testing/test-app';
import { signedInPeople } from './testing/voters';

const TALLY = `subscription ($id: ID!) { tallyChanged(consultationId: $id) { tally { support oppose abstain total } } }`;
const COMMENTS = `subscription ($id: ID!) { commentPosted(consultationId: $id) { id body } }`;
const VOTE = `mutation ($i: CastVoteInput!) { castVote(input: $i) { tally { total } } }`;
const COMMENT = `mutation ($i: PostCommentInput!) { postComment(input: $i) { id } }`;

/**
 * Two API instances on two ports, one PostgreSQL and one Redis, as behind a load balancer: what one
 * instance stores reaches the subscribers of the other, and both count rate-limited attempts together.
 */
describe('scale-out: two instances sharing PostgreSQL and Redis', () => {
  let cluster: Cluster;
  let redis: Redis;
  const clients: Client[] = [];

  /** Waits until some instance has subscribed to the channel in Redis. */
  const subscribedInRedis = (channel: string) =>
    eventually(async () => {
      const [, count] = (await redis.pubsub('NUMSUB', `${cluster.keyPrefix}events:${channel}`)) as [
        string,
        number,
      ];
      return Number(count) > 0;
    });

  beforeAll(async () => {
    cluster = await startCluster(2);
    redis = new Redis(cluster.redisUrl);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await redis?.quit();
    await cluster?.close();
  });

  it('delivers a vote cast on instance A to a subscriber on instance B, and a comment on B to one on A', async () => {
    const [a, b] = cluster.instances;
    const { consultationId } = await openConsultation(cluster.db);
    const [alice, bob] = await signedInPeople(cluster.db, 2, 'scale-voter');

    const onB = liveClient(b.url);
    const onA = liveClient(a.url);
    clients.push(onA, onB);
    type Tally = { tallyChanged: { tally: Record<string, number> } };
    const tallies = subscribe<Tally>(onB, TALLY, { id: consultationId });
    const comments = subscribe<{ commentPosted: { id: string; body: string } }>(onA, COMMENTS, {
      id: consultationId,
    });
    await subscribedInRedis(`tally:${consultationId}`);
    await subscribedInRedis(`comments:${consultationId}`);

    const voted = await post(a.url, VOTE, { i: { consultationId, choice: 'SUPPORT' } }, alice.token);
    expect(voted).toMatchObject({ data: { castVote: { tally: { total: 1 } } } });
    expect((await tallies.next()).data?.tallyChanged.tally).toEqual({
      support: 1,
      oppose: 0,
      abstain: 0,
      total: 1,
    });
    await post(a.url, VOTE, { i: { consultationId, choice: 'OPPOSE' } }, bob.token);
    expect((await tallies.next()).data?.tallyChanged.tally).toEqual({
      support: 1,
      oppose: 1,
      abstain: 0,
      total: 2,
    });

    const posted = await post<{ postComment: { id: string } }>(
      b.url,
      COMMENT,
      { i: { consultationId, body: 'Heard on the other instance' } },
      bob.token,
    );
    const id = 'data' in posted ? posted.data?.postComment.id : undefined;
    expect(id).toBeDefined();
    expect((await comments.next()).data?.commentPosted).toEqual({ id, body: 'Heard on the other instance' });
  });

  it('migrates a database once with `main.js migrate`, which then exits, as compose runs it', async () => {
    const database = await freshDatabase(requiredServices().databaseUrl);
    if (!database) throw new Error('no database server');
    try {
      const run = spawnSync(process.execPath, ['dist/apps/api/main.js', 'migrate'], {
        env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: database.url, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const { Client } = await import('pg');
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM schema_migrations`);
      await client.end();
      expect(rows[0].n).toBeGreaterThan(5);
    } finally {
      await database.drop();
    }
  });

  it('counts login attempts against one limit whichever instance they reach', async () => {
    const [a, b] = cluster.instances;
    const login = (url: string) =>
      post(url, `mutation ($i: LoginInput!) { login(input: $i) { __typename } }`, {
        i: { email: 'nobody-shared@example.org', password: 'not the password at all' },
      });
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const answer = await login(attempt % 2 ? b.url : a.url);
      codes.push('errors' in answer ? answer.errors?.[0]?.extensions?.['code'] : 'failed');
    }
    // Ten attempts per account in the window, counted in Redis: the eleventh is refused, on either instance.
    expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});
