import { Cluster, Instance, openConsultation, post, startCluster } from './testing/instances';
import { signedInPeople } from './testing/voters';

const VOTE = `mutation ($i: CastVoteInput!) { castVote(input: $i) { choice } }`;
const COMMENT = `mutation ($i: PostCommentInput!) { postComment(input: $i) { id } }`;
const CHOICES = ['SUPPORT', 'OPPOSE', 'ABSTAIN'] as const;

interface Acknowledged {
  votes: Map<string, string>;
  comments: Set<string>;
}

/**
 * Nothing acknowledged is lost: instance A is killed with SIGKILL while votes and comments pour into
 * it and into instance B; A starts again on the same database. Every write that got a success answer
 * is stored, and each consultation's tally equals COUNT(*) of its votes, choice by choice.
 */
describe('crash safety', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster(2);
  });

  afterAll(() => cluster?.close());

  it('keeps every acknowledged vote and comment through a SIGKILL mid-load, and the tally equals COUNT(*)', async () => {
    const [a, b] = cluster.instances;
    const { consultationId } = await openConsultation(cluster.db);
    const voters = await signedInPeople(cluster.db, 600, 'crash-voter');
    const acknowledged: Acknowledged = { votes: new Map(), comments: new Set() };
    let failures = 0;

    /** One voter's turn: a vote, and for every third voter a comment, on the instance given. */
    const turn = async (instance: Instance, index: number) => {
      const voter = voters[index];
      const choice = CHOICES[index % 3];
      const voted = await post<{ castVote: { choice: string } }>(
        instance.url,
        VOTE,
        { i: { consultationId, choice } },
        voter.token,
      );
      if ('data' in voted && voted.data?.castVote.choice === choice) acknowledged.votes.set(voter.id, choice);
      else failures += 1;
      if (index % 3 !== 0) return;
      const commented = await post<{ postComment: { id: string } }>(
        instance.url,
        COMMENT,
        { i: { consultationId, body: `Comment ${index}` } },
        voter.token,
      );
      if ('data' in commented && commented.data?.postComment.id)
        acknowledged.comments.add(commented.data.postComment.id);
      else failures += 1;
    };

    // 16 clients, each voter once, half of them on A (until it dies) and half on B.
    let next = 0;
    let killed = false;
    const client = async (worker: number) => {
      while (next < voters.length) {
        const index = next++;
        await turn(worker % 2 === 0 && !killed ? a : b, index);
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, (_, worker) => client(worker)));
    // Kill A once a good part of the load is through, with requests of its clients in flight.
    while (acknowledged.votes.size < 200) await new Promise((resolve) => setTimeout(resolve, 5));
    await a.kill();
    killed = true;
    await load;
    expect(a.process.signalCode).toBe('SIGKILL');
    expect(failures).toBeGreaterThan(0);

    // A starts again on the same port and database; it answers and the stored state is whole.
    const restarted = await cluster.start({ port: a.port, migrate: false });
    const late = voters.filter((voter) => !acknowledged.votes.has(voter.id)).slice(0, 5);
    for (const voter of late) {
      const answer = await post(
        restarted.url,
        VOTE,
        { i: { consultationId, choice: 'SUPPORT' } },
        voter.token,
      );
      expect(answer).toMatchObject({ data: { castVote: { choice: 'SUPPORT' } } });
      acknowledged.votes.set(voter.id, 'SUPPORT');
    }

    const stored: { user_id: string; choice: string }[] = await cluster.db.query(
      `SELECT user_id, choice FROM votes WHERE consultation_id = $1`,
      [consultationId],
    );
    const storedChoice = new Map(stored.map((row) => [row.user_id, row.choice]));
    for (const [userId, choice] of acknowledged.votes) expect(storedChoice.get(userId)).toBe(choice);

    const comments: { id: string }[] = await cluster.db.query(
      `SELECT id FROM comments WHERE consultation_id = $1`,
      [consultationId],
    );
    const storedComments = new Set(comments.map((row) => row.id));
    expect([...acknowledged.comments].filter((id) => !storedComments.has(id))).toEqual([]);

    const [tally] = await cluster.db.query(
      `SELECT sum(support)::int AS support, sum(oppose)::int AS oppose, sum(abstain)::int AS abstain
         FROM tally_slots WHERE consultation_id = $1`,
      [consultationId],
    );
    const [counted] = await cluster.db.query(
      `SELECT count(*) FILTER (WHERE choice = 'SUPPORT')::int AS support,
              count(*) FILTER (WHERE choice = 'OPPOSE')::int AS oppose,
              count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain
         FROM votes WHERE consultation_id = $1`,
      [consultationId],
    );
    expect(tally).toEqual(counted);
    // Writes whose answer was lost in the crash may be stored too, but never more than were sent.
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.votes.size);
    expect(stored.length).toBeLessThanOrEqual(voters.length);
  });
});
