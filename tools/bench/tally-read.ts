/**
 * The public read of a resolution with its tally, at 1,000 and at 1,000,000 votes: the tally is the sum
 * of 16 counter rows, so both should cost the same.
 */
import { percentile } from './bench-kit';

const RESOLUTION_WITH_TALLY = `query ($id: ID!) { resolution(id: $id) { id code title state
  consultation { id state closesAt tally { support oppose abstain total } } } }`;

export interface TallyRead {
  p50: string;
  p95: string;
  total: number;
}

/** Sequential reads (after a warm-up) of one resolution, anonymous, as the public page asks. */
export async function tallyRead(url: string, resolutionId: string, rounds = 400): Promise<TallyRead> {
  const body = JSON.stringify({ query: RESOLUTION_WITH_TALLY, variables: { id: resolutionId } });
  const ask = async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as {
      data?: { resolution: { consultation: { tally: { total: number } } } };
      errors?: unknown;
    };
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.resolution.consultation.tally.total;
  };
  for (let i = 0; i < 50; i++) await ask();
  const timings: number[] = [];
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    total = await ask();
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), total };
}
