import type { Client } from 'graphql-ws';
import { EventBus, MAX_SUBSCRIPTIONS_PER_SOCKET } from '@canopy/api/core';
import { cycleRows } from './testing/assembly-cycle';
import { eventually, Live, liveClient, subscribe } from './testing/live';
import { Person, signUp } from './testing/people';
import { charterRows } from './testing/charters';
import { resolutionRows } from './testing/resolutions';
import { startTestApp, TestApp } from './testing/test-app';

const TALLY = `subscription ($id: ID!) { tallyChanged(consultationId: $id) { consultationId tally { support oppose abstain total } } }`;
const COMMENTS = `subscription ($id: ID!) { commentPosted(consultationId: $id) { id body paragraph author { displayName } } }`;
const QUEUE = `subscription ($assemblyId: ID, $charterId: ID) {
  moderationQueueChanged(assemblyId: $assemblyId, charterId: $charterId) { change comment { id body hidden openFlags } }
}`;

/**
 * Subscriptions over graphql-ws on the API's own HTTP server: a resolution's tally after each vote,
 * comments as they are posted, and the moderation queue for the assembly's moderators only. With
 * REDIS_URL set (the PostgreSQL run) the events go through Redis, otherwise through the process.
 */
describe('live updates', () => {
  let api: TestApp;
  let assembly: string;
  let consultation: string;
  let thailand: string;
  let people: Record<'admin' | 'moderator' | 'alice' | 'bob', Person>;
  const clients: Client[] = [];
  const client = (who?: keyof typeof people) => {
    const made = liveClient(api.url, who ? people[who].token : undefined);
    clients.push(made);
    return made;
  };
  /** Subscribes and waits until the bus delivers the subscription's channel on this instance. */
  const listen = async <T>(live: () => Live<T>): Promise<Live<T>> => {
    const bus = api.app.get(EventBus);
    const before = bus.subscribers;
    const started = live();
    await eventually(() => bus.subscribers > before);
    return started;
  };
  /** Ends a subscription and waits until the instance has let it go. */
  const end = async (live: Live<unknown>) => {
    await live.close();
    await eventually(() => api.app.get(EventBus).subscribers === 0);
  };
  const gql = (who: keyof typeof people, query: string, variables: Record<string, unknown>) =>
    api.graphql(query, variables, { token: people[who].token });
  const vote = (who: keyof typeof people, choice: string) =>
    gql(who, `mutation ($i: CastVoteInput!) { castVote(input: $i) { choice } }`, {
      i: { consultationId: consultation, choice },
    });
  const comment = async (who: keyof typeof people, body: string) => {
    const posted = await gql(who, `mutation ($i: PostCommentInput!) { postComment(input: $i) { id } }`, {
      i: { consultationId: consultation, body, paragraph: 2 },
    });
    return (posted.data as { postComment: { id: string } }).postComment.id;
  };

  beforeAll(async () => {
    api = await startTestApp({ adminEmails: ['live-admin@example.org'] });
    [{ id: thailand }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    [{ id: assembly }] = await api.dataSource.query(
      `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('Live Assembly', 'NATIONAL', $1) RETURNING id`,
      [thailand],
    );
    people = {
      admin: await signUp(api, 'admin', { email: 'live-admin@example.org' }),
      moderator: await signUp(api, 'moderator'),
      alice: await signUp(api, 'alice'),
      bob: await signUp(api, 'bob'),
    };
    const [{ id: organization }] = await api.dataSource.query(
      `INSERT INTO organizations (name, sector, jurisdiction_id) VALUES ('Clean Air Network', 'CIVIL_SOCIETY', $1) RETURNING id`,
      [thailand],
    );
    const cycle = cycleRows(api.dataSource, thailand);
    const edition = await cycle.edition(assembly);
    const rows = resolutionRows(api.dataSource, cycle, thailand);
    const resolution = await rows.resolution(edition, organization, people.admin.id, {
      state: 'CONSULTATION',
    });
    consultation = await rows.consultation(resolution);
    const granted = await gql(
      'admin',
      `mutation ($i: GrantAssemblyRoleInput!) { grantAssemblyRole(input: $i) { role } }`,
      { i: { assemblyId: assembly, email: people.moderator.email, role: 'MODERATOR' } },
    );
    expect(granted.errors).toBeUndefined();
  });

  afterAll(async () => {
    await Promise.all(clients.map((made) => made.dispose()));
    await api?.close();
  });

  it('sends the tally to anyone watching after each vote that moves it, and nothing for a vote repeated', async () => {
    type Update = { tallyChanged: { consultationId: string; tally: Record<string, number> } };
    const watcher = await listen(() => subscribe<Update>(client(), TALLY, { id: consultation }));

    expect((await vote('alice', 'SUPPORT')).errors).toBeUndefined();
    expect((await watcher.next()).data?.tallyChanged).toEqual({
      consultationId: consultation,
      tally: { support: 1, oppose: 0, abstain: 0, total: 1 },
    });
    await vote('alice', 'SUPPORT');
    await vote('bob', 'OPPOSE');
    expect((await watcher.next()).data?.tallyChanged.tally).toEqual({
      support: 1,
      oppose: 1,
      abstain: 0,
      total: 2,
    });
    await vote('alice', 'ABSTAIN');
    expect((await watcher.next()).data?.tallyChanged.tally).toEqual({
      support: 0,
      oppose: 1,
      abstain: 1,
      total: 2,
    });
    expect(watcher.pending).toBe(0);
    await end(watcher);
  });

  it('sends each new comment, with what its fields say of it, to those reading the consultation', async () => {
    type Posted = {
      commentPosted: { id: string; body: string; paragraph: number; author: { displayName: string } };
    };
    const reader = await listen(() => subscribe<Posted>(client(), COMMENTS, { id: consultation }));
    const id = await comment('bob', 'Monitors near every school, please');
    expect((await reader.next()).data?.commentPosted).toEqual({
      id,
      body: 'Monitors near every school, please',
      paragraph: 2,
      author: { displayName: 'bob' },
    });
    await end(reader);
  });

  it("tells the assembly's moderators of flags and hidings, and refuses everyone else", async () => {
    type Change = { moderationQueueChanged: { change: string; comment: Record<string, unknown> } };
    const refused = async (who: keyof typeof people | undefined, variables: Record<string, unknown>) =>
      (await subscribe<Change>(client(who), QUEUE, variables).next()).errors?.[0]?.extensions?.['code'];
    expect(await refused(undefined, { assemblyId: assembly })).toBe('UNAUTHENTICATED');
    expect(await refused('alice', { assemblyId: assembly })).toBe('FORBIDDEN');
    expect(await refused('moderator', {})).toBe('BAD_USER_INPUT');

    const queue = await listen(() => subscribe<Change>(client('moderator'), QUEUE, { assemblyId: assembly }));
    const id = await comment('bob', 'Something rude');
    const flagged = await gql('alice', `mutation ($i: FlagCommentInput!) { flagComment(input: $i) { id } }`, {
      i: { commentId: id, reason: 'ABUSE' },
    });
    expect(flagged.errors).toBeUndefined();
    expect((await queue.next()).data?.moderationQueueChanged).toEqual({
      change: 'FLAGGED',
      comment: { id, body: 'Something rude', hidden: false, openFlags: 1 },
    });
    await gql('moderator', `mutation ($i: HideCommentInput!) { hideComment(input: $i) { id } }`, {
      i: { commentId: id, reason: 'Abusive' },
    });
    expect((await queue.next()).data?.moderationQueueChanged).toEqual({
      change: 'HIDDEN',
      comment: { id, body: 'Something rude', hidden: true, openFlags: 0 },
    });

    // Signed out everywhere, the moderator's open subscription gets errors, never the comment.
    await gql('moderator', `mutation { logoutEverywhere }`, {});
    await gql('bob', `mutation ($i: AppealHidingInput!) { appealHiding(input: $i) { id } }`, {
      i: { commentId: id, argument: 'It was fair' },
    });
    const after = await queue.next();
    expect(after.data).toBeFalsy();
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await end(queue);
  });

  it("tells a charter's committee of its hearing's moderation, through the charter's own queue", async () => {
    type Change = { moderationQueueChanged: { change: string; comment: { id: string } } };
    const [{ id: committee }] = await api.dataSource.query(
      `INSERT INTO organizations (name, sector, jurisdiction_id) VALUES ('Village committee', 'CIVIL_SOCIETY', $1) RETURNING id`,
      [thailand],
    );
    const chair = await signUp(api, 'chair');
    await api.dataSource.query(
      `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`,
      [committee, chair.id],
    );
    const hearing = await charterRows(api.dataSource, thailand).charter(
      committee,
      people.admin.id,
      'PUBLIC_HEARING',
    );
    const [{ id: commentId }] = await api.dataSource.query(
      `INSERT INTO comments (consultation_id, author_id, body) VALUES ($1, $2, 'Not this clause') RETURNING id`,
      [hearing.consultationId, people.bob.id],
    );
    const refused = await subscribe<Change>(client('alice'), QUEUE, { charterId: hearing.charterId }).next();
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const chairClient = liveClient(api.url, chair.token);
    clients.push(chairClient);
    const queue = await listen(() => subscribe<Change>(chairClient, QUEUE, { charterId: hearing.charterId }));
    await gql('alice', `mutation ($i: FlagCommentInput!) { flagComment(input: $i) { id } }`, {
      i: { commentId, reason: 'SPAM' },
    });
    expect((await queue.next()).data?.moderationQueueChanged).toMatchObject({
      change: 'FLAGGED',
      comment: { id: commentId, body: 'Not this clause', openFlags: 1 },
    });
    await end(queue);
  });

  it('answers a clear error for an unknown consultation, a query over the socket, or a bad id', async () => {
    const first = async (query: string, variables: Record<string, unknown>) =>
      (await subscribe(client(), query, variables).next()).errors?.[0]?.extensions?.['code'];
    expect(await first(TALLY, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await first(TALLY, { id: 'not-an-id' })).toBe('BAD_USER_INPUT');
    expect(await first(`query { __typename }`, {})).toBe('BAD_REQUEST');
  });

  it('holds at most 25 subscriptions on one socket, and as deep or aliased as a query may be', async () => {
    const socket = client();
    const open = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () =>
      subscribe(socket, TALLY, { id: consultation }),
    );
    const over = await subscribe(socket, TALLY, { id: consultation }).next();
    expect(over.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    await Promise.all(open.map((live) => live.close()));
    await eventually(() => api.app.get(EventBus).subscribers === 0);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: consultationId`).join(' ');
    const aliased = await subscribe(
      client(),
      `subscription ($id: ID!) { tallyChanged(consultationId: $id) { ${aliases} } }`,
      { id: consultation },
    ).next();
    expect(aliased.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_ALIASES');
    const unknown = await subscribe(client(), `subscription { nothingHere }`).next();
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
