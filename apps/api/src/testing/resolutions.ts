import type { DataSource } from 'typeorm';
import { CONSULTATION_LIMITS } from '@canopy/domain';
import type { CycleRows } from './assembly-cycle';

export type ResolutionState =
  | 'DRAFTING'
  | 'CONSULTATION'
  | 'FINAL_DRAFT'
  | 'TABLED'
  | 'ADOPTED'
  | 'DEFERRED'
  | 'TRANSMITTED'
  | 'IMPLEMENTING'
  | 'CLOSED';

export const FIXTURE_PARAGRAPHS = [
  'Recognizing that clean air is a condition of health,',
  'Requests the Ministry to monitor air quality near every school,',
  'Invites local governments to publish the readings.',
];

/**
 * Resolution and consultation rows written straight into the database, like cycleRows: a test starts
 * from the state it needs (a tabled resolution, an open consultation, a hidden and appealed comment…).
 * They bypass the services, hence the audit trail and the notifications.
 */
export interface ResolutionRows {
  /**
   * A resolution of a fresh agenda item (a selected proposal of `organizationId`), version 1 of three
   * paragraphs written by `authorId`; a transmitted or later one names `champion` as its champion;
   * `workingGroup` is an organization in the agenda item's working group.
   */
  resolution(
    editionId: string,
    organizationId: string,
    authorId: string,
    options?: { state?: ResolutionState; champion?: string; workingGroup?: string },
  ): Promise<string>;
  /** The consultation on its current version: open now (default) or closed an hour ago. */
  consultation(
    resolutionId: string,
    options?: { closed?: boolean; votingLevel?: 'EMAIL_VERIFIED' | 'RESIDENCE_DECLARED' | 'VERIFIED' },
  ): Promise<string>;
  /** A top comment; `hiddenBy` a moderator, `appealed` by its author, flagged by `flaggedBy`. */
  comment(
    consultationId: string,
    authorId: string,
    options?: { hiddenBy?: string; appealed?: boolean; flaggedBy?: string },
  ): Promise<string>;
  commitment(resolutionId: string): Promise<string>;
  /** A verified government organization (a ministry), to be named champion. */
  governmentOrganization(verifiedBy: string): Promise<string>;
}

export function resolutionRows(db: DataSource, cycle: CycleRows, jurisdictionId: string): ResolutionRows {
  const one = async (sql: string, parameters: unknown[]): Promise<string> => {
    const [row] = await db.query(sql, parameters);
    return row.id;
  };
  return {
    async resolution(editionId, organizationId, authorId, options = {}) {
      const state = options.state ?? 'DRAFTING';
      const agendaItemId = await cycle.agendaItem(editionId, organizationId);
      const decided = !['DRAFTING', 'CONSULTATION', 'FINAL_DRAFT', 'TABLED'].includes(state);
      const transmitted = ['TRANSMITTED', 'IMPLEMENTING', 'CLOSED'].includes(state);
      const id = await one(
        `INSERT INTO resolutions (edition_id, agenda_item_id, number, code, title, state, current_version,
                                  decided_at, transmitted_to, transmitted_at, champion_organization_id)
         SELECT i.edition_id, i.id, i.number, 'TEST ' || e.number || '.' || i.number, 'Clean air in schools', $2, 1,
                CASE WHEN $3::boolean THEN now() END, CASE WHEN $4::boolean THEN 'Cabinet' END,
                CASE WHEN $4::boolean THEN now() END, $5::uuid
           FROM agenda_items i JOIN assembly_editions e ON e.id = i.edition_id WHERE i.id = $1
         RETURNING id`,
        [agendaItemId, state, decided, transmitted, transmitted ? (options.champion ?? null) : null],
      );
      await db.query(
        `INSERT INTO resolution_versions (resolution_id, number, title, paragraphs, created_by)
         VALUES ($1, 1, 'Clean air in schools', $2::jsonb, $3)`,
        [id, JSON.stringify(FIXTURE_PARAGRAPHS), authorId],
      );
      if (options.workingGroup) await cycle.workingGroupMember(agendaItemId, options.workingGroup);
      return id;
    },
    async consultation(resolutionId, options = {}) {
      const id = await one(
        `INSERT INTO consultations (subject_type, subject_id, version_id, assembly_id, voting_level, opens_at, closes_at)
         SELECT 'RESOLUTION', r.id, v.id, e.assembly_id, $2, now() - interval '2 hours',
                CASE WHEN $3::boolean THEN now() - interval '1 hour' ELSE now() + interval '1 day' END
           FROM resolutions r
           JOIN resolution_versions v ON v.resolution_id = r.id AND v.number = r.current_version
           JOIN assembly_editions e ON e.id = r.edition_id
          WHERE r.id = $1
         RETURNING id`,
        [resolutionId, options.votingLevel ?? 'EMAIL_VERIFIED', options.closed ?? false],
      );
      await db.query(
        `INSERT INTO tally_slots (consultation_id, slot) SELECT $1, s FROM generate_series(0, $2::int - 1) s`,
        [id, CONSULTATION_LIMITS.tallySlots],
      );
      return id;
    },
    async comment(consultationId, authorId, options = {}) {
      const id = await one(
        `INSERT INTO comments (consultation_id, author_id, body, hidden_at, hidden_by, hidden_reason)
         VALUES ($1, $2, 'A comment', CASE WHEN $3::uuid IS NULL THEN NULL ELSE now() END, $3::uuid,
                 CASE WHEN $3::uuid IS NULL THEN NULL ELSE 'Abusive' END)
         RETURNING id`,
        [consultationId, authorId, options.hiddenBy ?? null],
      );
      if (options.appealed) {
        await db.query(`INSERT INTO comment_appeals (comment_id, argument) VALUES ($1, 'It was fair')`, [id]);
      }
      if (options.flaggedBy) {
        await db.query(`INSERT INTO comment_flags (comment_id, user_id, reason) VALUES ($1, $2, 'SPAM')`, [
          id,
          options.flaggedBy,
        ]);
        await db.query(`UPDATE comments SET open_flags = 1 WHERE id = $1`, [id]);
      }
      return id;
    },
    commitment: (resolutionId) =>
      one(
        `INSERT INTO commitments (resolution_id, position, actor, action)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM commitments WHERE resolution_id = $1),
                 'Ministry of Public Health', 'Install air monitors')
         RETURNING id`,
        [resolutionId],
      ),
    governmentOrganization: (verifiedBy) =>
      one(
        `INSERT INTO organizations (name, sector, jurisdiction_id, verified_at, verified_by)
         VALUES ('Department of Health', 'GOVERNMENT', $1, now(), $2) RETURNING id`,
        [jurisdictionId, verifiedBy],
      ),
  };
}
