/**
 * Realistic volumes written fast, with set-based SQL (generate_series, INSERT … SELECT): a national
 * consultation's citizens, their votes on one resolution (with the vote events and a tally that equals
 * COUNT(*)), its comments, and a small consultation beside it. Used by `npm run bench`.
 */
import { randomUUID } from 'node:crypto';
import { tallySlot } from '@canopy/domain';
import type { Sql } from '../../apps/api/src/testing/voters';
import { openConsultation } from '../../apps/api/src/testing/instances';

export interface Volumes {
  citizens: number;
  votes: number;
  comments: number;
  /** Votes on the small consultation the tally read is compared with. */
  smallVotes: number;
}

export const FULL_VOLUMES: Volumes = {
  citizens: 1_000_000,
  votes: 1_000_000,
  comments: 100_000,
  smallVotes: 1_000,
};

export interface Generated {
  assemblyId: string;
  /** The consultation with `votes` votes and `comments` comments, and the resolution it is on. */
  large: { consultationId: string; resolutionId: string };
  small: { consultationId: string; resolutionId: string };
  seconds: Record<string, number>;
}

/**
 * The consultation's tally slot of a person, as `tallySlot` in libs/domain computes it (Java's string
 * hash over the id, 32-bit, modulo 16), in SQL: the hash is linear in the characters, so it is their
 * sum weighted by powers of 31 modulo 2^32.
 */
export const TALLY_SLOT_FUNCTION = `
CREATE OR REPLACE FUNCTION bench_tally_slot(id uuid) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (abs(CASE WHEN h >= 2147483648 THEN h - 4294967296 ELSE h END) % 16)::int
    FROM (SELECT (sum(ascii(substr(id::text, i, 1))::bigint
                      * ((31::numeric ^ (36 - i)) % 4294967296)::bigint) % 4294967296) AS h
            FROM generate_series(1, 36) i) hashed
$$`;

async function timed<T>(seconds: Record<string, number>, label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  seconds[label] = (Date.now() - started) / 1000;
  return result;
}

/** Fills the (migrated, empty) database; prints nothing, answers what it made and how long each part took. */
export async function generateVolumes(db: Sql, volumes: Volumes = FULL_VOLUMES): Promise<Generated> {
  const seconds: Record<string, number> = {};
  await db.query(TALLY_SLOT_FUNCTION);
  const ids = Array.from({ length: 200 }, () => randomUUID());
  const slots: { id: string; slot: number }[] = await db.query(
    `SELECT id::text, bench_tally_slot(id) AS slot FROM unnest($1::uuid[]) id`,
    [ids],
  );
  if (slots.some((row) => row.slot !== tallySlot(row.id)))
    throw new Error('bench_tally_slot differs from tallySlot');
  await timed(seconds, 'citizens', () =>
    db.query(
      `INSERT INTO users (display_name, email, email_verified_at)
       SELECT 'Citizen ' || n, 'citizen' || n || '@volumes.test', now() FROM generate_series(1, $1::int) n`,
      [volumes.citizens],
    ),
  );
  const large = await openConsultation(db);
  const small = await openConsultation(db);
  const resolutionOf = async (consultationId: string) =>
    (await db.query(`SELECT subject_id FROM consultations WHERE id = $1`, [consultationId]))[0]
      .subject_id as string;

  const vote = async (consultationId: string, count: number) => {
    await db.query(
      `INSERT INTO votes (consultation_id, user_id, choice, cast_at)
       SELECT $1, id, (ARRAY['SUPPORT', 'OPPOSE', 'ABSTAIN']::vote_choice[])[1 + (n % 3)],
              now() - make_interval(secs => n % 86400)
         FROM (SELECT id, row_number() OVER () AS n FROM users
                WHERE email LIKE 'citizen%@volumes.test' LIMIT $2) citizens`,
      [consultationId, count],
    );
    await db.query(
      `INSERT INTO vote_events (consultation_id, user_id, choice, occurred_at)
       SELECT consultation_id, user_id, choice, cast_at FROM votes WHERE consultation_id = $1`,
      [consultationId],
    );
    // The counter rows hold exactly what the votes say, each vote in its voter's slot.
    await db.query(
      `UPDATE tally_slots t SET support = s.support, oppose = s.oppose, abstain = s.abstain, moves = s.moves
         FROM (SELECT bench_tally_slot(user_id) AS slot,
                      count(*) FILTER (WHERE choice = 'SUPPORT') AS support,
                      count(*) FILTER (WHERE choice = 'OPPOSE') AS oppose,
                      count(*) FILTER (WHERE choice = 'ABSTAIN') AS abstain, count(*) AS moves
                 FROM votes WHERE consultation_id = $1 GROUP BY 1) s
        WHERE t.consultation_id = $1 AND t.slot = s.slot`,
      [consultationId],
    );
  };
  await timed(seconds, 'votes', () => vote(large.consultationId, volumes.votes));
  await vote(small.consultationId, volumes.smallVotes);
  await timed(seconds, 'comments', () =>
    db.query(
      `INSERT INTO comments (consultation_id, author_id, paragraph, stance, body, created_at)
       SELECT $1, id, CASE WHEN n % 3 = 0 THEN 1 + n % 3 END,
              (ARRAY['FOR', 'AGAINST', 'NEUTRAL']::stance[])[1 + (n % 3)],
              'Comment ' || n || ': the schools in our district need this before the next haze season.',
              now() - make_interval(secs => $2::int - n)
         FROM (SELECT id, row_number() OVER () AS n FROM users
                WHERE email LIKE 'citizen%@volumes.test' LIMIT $2) authors`,
      [large.consultationId, volumes.comments],
    ),
  );
  // The 194 countries' progress reports are published through their service (report-volumes.ts), on the
  // API the list pages are measured on.
  await timed(seconds, 'analyze', () => db.query(`ANALYZE`));
  return {
    assemblyId: large.assemblyId,
    large: { ...large, resolutionId: await resolutionOf(large.consultationId) },
    small: { ...small, resolutionId: await resolutionOf(small.consultationId) },
    seconds,
  };
}

/** The tally against COUNT(*) of the votes, choice by choice: equal, or the generator is wrong. */
export async function tallyMatchesCount(db: Sql, consultationId: string): Promise<boolean> {
  const [row] = await db.query(
    `SELECT (SELECT jsonb_build_array(sum(support), sum(oppose), sum(abstain)) FROM tally_slots WHERE consultation_id = $1)
          = (SELECT jsonb_build_array(count(*) FILTER (WHERE choice = 'SUPPORT'), count(*) FILTER (WHERE choice = 'OPPOSE'),
                                      count(*) FILTER (WHERE choice = 'ABSTAIN')) FROM votes WHERE consultation_id = $1) AS equal`,
    [consultationId],
  );
  return row.equal;
}
