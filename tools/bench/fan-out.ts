/**
 * Live fan-out: 1,000 graphql-ws subscribers of one consultation's tally, spread over the instances
 * (so most events cross Redis), and the time from sending a vote to each subscriber receiving the tally
 * it produced.
 */
import type { Client } from 'graphql-ws';
import type { Cluster } from '../../apps/api/src/testing/instances';
import { liveClient } from '../../apps/api/src/testing/live';
import { signedInPeople } from '../../apps/api/src/testing/voters';
import { percentile } from './bench-kit';

const TALLY = `subscription ($id: ID!) { tallyChanged(consultationId: $id) { tally { total } } }`;
const CAST_VOTE = `mutation ($input: CastVoteInput!) { castVote(input: $input) { tally { total } } }`;

export interface FanOut {
  subscribers: number;
  votes: number;
  deliveries: number;
  p50: string;
  p95: string;
  max: string;
}

export async function fanOut(
  cluster: Cluster,
  consultationId: string,
  options: { subscribers: number; votes: number; spacingMs: number },
): Promise<FanOut> {
  const clients: Client[] = [];
  /** When each tally total was first sent for (the vote that makes it), and when each subscriber got it. */
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  /** Subscribers that have had at least one tally: their subscription is live. */
  const live = new Set<number>();
  const waiters: (() => void)[] = [];
  try {
    for (let i = 0; i < options.subscribers; i++) {
      const client = liveClient(cluster.instances[i % cluster.instances.length].url);
      clients.push(client);
      client.subscribe<{ tallyChanged: { tally: { total: number } } }>(
        { query: TALLY, variables: { id: consultationId } },
        {
          next: (result) => {
            const total = result.data?.tallyChanged.tally.total;
            const sent = total === undefined ? undefined : sentAt.get(total);
            if (sent !== undefined) latencies.push(performance.now() - sent);
            live.add(i);
            waiters.splice(0).forEach((wake) => wake());
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    const voters = await signedInPeople(cluster.db, options.votes + 1, 'fan-out-voter');
    const vote = async (token: string, choice = 'OPPOSE') => {
      const response = await fetch(`${cluster.instances[0].url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: CAST_VOTE, variables: { input: { consultationId, choice } } }),
      });
      return ((await response.json()) as { data: { castVote: { tally: { total: number } } } }).data.castVote
        .tally.total;
    };
    /** Waits until `done` holds (checked at each result), or the deadline passes. */
    const until = async (done: () => boolean, deadline: number) => {
      while (!done() && Date.now() < deadline) {
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 100);
        });
      }
    };
    // One voter changes their vote until every subscription is live: then the measured votes begin.
    const warmUp = Date.now() + 60_000;
    for (let turn = 0; live.size < options.subscribers && Date.now() < warmUp; turn++) {
      await vote(voters[0].token, turn % 2 ? 'SUPPORT' : 'ABSTAIN');
      await until(() => live.size === options.subscribers, Date.now() + 2_000);
    }
    if (live.size < options.subscribers)
      throw new Error(`only ${live.size} of ${options.subscribers} subscribed`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const base = (
      await cluster.db.query(
        `SELECT (sum(support) + sum(oppose) + sum(abstain))::int AS total FROM tally_slots WHERE consultation_id = $1`,
        [consultationId],
      )
    )[0].total as number;
    for (let i = 1; i <= options.votes; i++) {
      sentAt.set(base + i, performance.now());
      await vote(voters[i].token);
      await new Promise((resolve) => setTimeout(resolve, options.spacingMs));
    }
    await until(() => latencies.length >= options.subscribers * options.votes, Date.now() + 10_000);
    latencies.sort((a, b) => a - b);
    return {
      subscribers: options.subscribers,
      votes: options.votes,
      deliveries: latencies.length,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      max: latencies.at(-1)?.toFixed(1) ?? '-',
    };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}
