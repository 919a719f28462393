import { createHash, randomBytes } from 'node:crypto';

/** Anything that runs SQL and answers rows: a TypeORM DataSource, or a pg client wrapped. */
export interface Sql {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any[]>;
}

/**
 * People with a verified e-mail and a session each, written straight into their tables with the token
 * format the API checks: load tests and benchmarks measure their subject, not password hashing.
 */
export async function signedInPeople(
  db: Sql,
  count: number,
  label: string,
  residenceJurisdictionId: string | null = null,
): Promise<{ id: string; token: string }[]> {
  const ids: string[] = (
    await db.query(
      `INSERT INTO users (display_name, email, email_verified_at, residence_jurisdiction_id)
       SELECT $2 || ' ' || n, $2 || n || '@bench.test', now(), $3 FROM generate_series(1, $1::int) n RETURNING id`,
      [count, label, residenceJurisdictionId],
    )
  ).map((user: { id: string }) => user.id);
  const secrets = ids.map(() => randomBytes(32).toString('base64url'));
  const sessions: { id: string; user_id: string }[] = await db.query(
    `INSERT INTO sessions (user_id, access_token_hash, access_expires_at, refresh_token_hash, refresh_expires_at)
     SELECT u, h, now() + interval '1 day', h, now() + interval '1 day'
     FROM unnest($1::uuid[], $2::text[]) AS s(u, h) RETURNING id, user_id`,
    [ids, secrets.map((secret) => createHash('sha256').update(secret).digest('hex'))],
  );
  const sessionOf = new Map(sessions.map((session) => [session.user_id, session.id]));
  return ids.map((id, i) => ({ id, token: `${sessionOf.get(id)}.${secrets[i]}` }));
}
