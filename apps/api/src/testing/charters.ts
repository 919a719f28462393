import type { DataSource } from 'typeorm';
import { CONSULTATION_LIMITS } from '@canopy/domain';

export type CharterState = 'INITIATED' | 'DRAFTING' | 'PUBLIC_HEARING' | 'ADOPTED' | 'IN_FORCE';

export interface CharterFixture {
  charterId: string;
  editionId: string;
  /** The provisions' first clause, which has an indicator. */
  clauseId: string;
  /** The public hearing, for an edition in PUBLIC_HEARING. */
  consultationId: string | null;
}

/**
 * Charter rows written straight into the database, like resolutionRows: a charter of `jurisdictionId`
 * whose committee is the organization `committee`, its first edition in the state a test needs, with
 * two clauses once drafting has begun, a hearing (open, or closed an hour ago) while in public hearing,
 * and the forum's record (effective today) once adopted. They bypass the services and the audit trail.
 */
export function charterRows(db: DataSource, jurisdictionId: string) {
  const one = async (sql: string, parameters: unknown[]): Promise<string> => {
    const [row] = await db.query(sql, parameters);
    return row.id;
  };
  return {
    async charter(
      committee: string,
      createdBy: string,
      state: CharterState,
      options: { hearingClosed?: boolean } = {},
    ): Promise<CharterFixture> {
      const charterId = await one(
        `INSERT INTO charters (jurisdiction_id, title, convener_id, created_by)
         VALUES ($1, 'Matrix charter', $2, $3) RETURNING id`,
        [jurisdictionId, committee, createdBy],
      );
      await db.query(
        `INSERT INTO charter_committee_members (charter_id, organization_id, sector) VALUES ($1, $2, 'CIVIL_SOCIETY')`,
        [charterId, committee],
      );
      const adopted = state === 'ADOPTED' || state === 'IN_FORCE';
      const editionId = await one(
        `INSERT INTO charter_editions (charter_id, number, state, text_revision, forum_date, forum_place,
                                       attendance, by_consensus, effective_date, in_force_at)
         VALUES ($1, 1, $2::charter_state, $3, CASE WHEN $4::boolean THEN current_date END,
                 CASE WHEN $4::boolean THEN 'Village hall' END,
                 CASE WHEN $4::boolean THEN '[{"sector":"CIVIL_SOCIETY","count":30}]'::jsonb END,
                 CASE WHEN $4::boolean THEN true END, CASE WHEN $4::boolean THEN current_date END,
                 CASE WHEN $2::text = 'IN_FORCE' THEN now() END)
         RETURNING id`,
        [charterId, state, state === 'INITIATED' ? 0 : 1, adopted],
      );
      let clauseId = '';
      if (state !== 'INITIATED') {
        const sectionId = await one(
          `INSERT INTO charter_sections (edition_id, position, kind, title) VALUES ($1, 0, 'PROVISIONS', 'Food')
           RETURNING id`,
          [editionId],
        );
        clauseId = await one(
          `INSERT INTO charter_clauses (edition_id, section_id, number, position, lineage_id, text, responsible,
                                        indicator_name, indicator_target, indicator_unit, indicator_frequency,
                                        indicator_direction)
           VALUES ($1, $2, 1, 0, gen_random_uuid(), 'No banned pesticides', $3::jsonb,
                   'Stalls tested clean', 90, '%', 'QUARTERLY', 'AT_LEAST')
           RETURNING id`,
          [editionId, sectionId, JSON.stringify([{ name: 'The committee', organizationId: committee }])],
        );
        await db.query(
          `INSERT INTO charter_clauses (edition_id, section_id, number, position, lineage_id, text)
           VALUES ($1, $2, 2, 1, gen_random_uuid(), 'Every household keeps a garden')`,
          [editionId, sectionId],
        );
      }
      let consultationId: string | null = null;
      if (state === 'PUBLIC_HEARING') {
        consultationId = await one(
          `INSERT INTO consultations (subject_type, subject_id, version_id, voting_level, opens_at, closes_at)
           VALUES ('CHARTER', $1, $1, 'EMAIL_VERIFIED', now() - interval '2 hours',
                   CASE WHEN $2::boolean THEN now() - interval '1 hour' ELSE now() + interval '1 day' END)
           RETURNING id`,
          [editionId, options.hearingClosed ?? false],
        );
        await db.query(
          `INSERT INTO tally_slots (consultation_id, slot) SELECT $1, s FROM generate_series(0, $2::int - 1) s`,
          [consultationId, CONSULTATION_LIMITS.tallySlots],
        );
      }
      return { charterId, editionId, clauseId, consultationId };
    },
  };
}
