/** What every benchmark shares: a seeded generator, signed-in people without password hashing, tables. */
import type { TestApp } from '../../apps/api/src/testing/test-app';
import { signedInPeople as signedInPeopleIn } from '../../apps/api/src/testing/voters';

/** A deterministic generator, so every run builds the same data and sends the same requests. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

/** One row of a printed table, cells padded to the widths of its header. */
export function row(widths: number[], cells: (string | number)[]): string {
  return cells.map((cell, i) => String(cell).padStart(widths[i])).join(' | ');
}

/** Prints a table: its header, then its rows. */
export function table(columns: string[], rows: (string | number)[][]): void {
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...rows.map((cells) => String(cells[i]).length)),
  );
  console.info(row(widths, columns));
  for (const cells of rows) console.info(row(widths, cells));
}

export function percentile(sorted: number[], p: number): string {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
}

/** People with a verified e-mail and a session each (see testing/voters.ts), in the benchmark's database. */
export function signedInPeople(
  api: TestApp,
  count: number,
  label: string,
  residenceJurisdictionId: string | null = null,
): Promise<{ id: string; token: string }[]> {
  return signedInPeopleIn(api.dataSource, count, label, residenceJurisdictionId);
}

/** Runs `plan` through `clients` concurrent workers: latency percentiles, rate and failures. */
export async function load<T>(
  plan: T[],
  clients: number,
  send: (item: T) => Promise<boolean>,
): Promise<{ p50: string; p95: string; rate: string; seconds: string; failures: number }> {
  const timings: number[] = [];
  let failures = 0;
  let cursor = 0;
  const client = async () => {
    while (cursor < plan.length) {
      const item = plan[cursor++];
      const started = process.hrtime.bigint();
      const succeeded = await send(item);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!succeeded) failures += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (Date.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return {
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
    rate: (plan.length / seconds).toFixed(0),
    seconds: seconds.toFixed(1),
    failures,
  };
}

/** Statements of one request, then p50/p95 over `rounds` more of it. */
export async function pageCost(
  api: TestApp,
  query: string,
  variables: Record<string, unknown>,
  rounds: number,
  token?: string,
): Promise<{ statements: number; p50: string; p95: string }> {
  api.queries.reset();
  const first = await api.graphql(query, variables, { token });
  if (first.errors) throw new Error(JSON.stringify(first.errors));
  const statements = api.queries.queries;
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    const { errors } = await api.graphql(query, variables, { token });
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (errors) throw new Error(JSON.stringify(errors));
  }
  timings.sort((a, b) => a - b);
  return { statements, p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
}
