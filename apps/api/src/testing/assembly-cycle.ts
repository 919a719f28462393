import type { DataSource } from 'typeorm';
import { DEFAULT_SCREENING_CRITERIA } from '@canopy/domain';

type ProposalState = 'DRAFT' | 'SUBMITTED' | 'SCREENED' | 'SELECTED';

/**
 * Rows of the assembly cycle written straight into the database, so that a test can start from the state
 * it needs (an open edition, a screened proposal, an agenda item…). They bypass the services, hence the
 * audit trail: set-up leaves no audit entries. Numbers are the next free ones, so rows never collide with
 * those the API hands out.
 */
export interface CycleRows {
  /** An edition with the default screening criteria; `open`: inside its proposal window now. */
  edition(assemblyId: string, options?: { open?: boolean; committee?: boolean }): Promise<string>;
  committeeMember(editionId: string): Promise<string>;
  constituency(
    editionId: string,
    organizationId: string,
    state: 'APPLIED' | 'APPROVED' | 'DECLINED',
  ): Promise<string>;
  /** Submitted and later states take the edition's next number; `scoredBy` scored every criterion. */
  proposal(
    editionId: string,
    organizationId: string,
    state: ProposalState,
    options?: { scoredBy?: string },
  ): Promise<string>;
  cosponsorRequest(proposalId: string, organizationId: string): Promise<void>;
  /** A selected proposal of the organization and the agenda item it became. */
  agendaItem(editionId: string, organizationId: string): Promise<string>;
  workingGroupMember(agendaItemId: string, organizationId: string): Promise<string>;
}

export function cycleRows(db: DataSource, jurisdictionId: string): CycleRows {
  const one = async (sql: string, parameters: unknown[]): Promise<string> => {
    const [row] = await db.query(sql, parameters);
    return row.id;
  };
  const rows: CycleRows = {
    async edition(assemblyId, options = {}) {
      const now = Date.now();
      const id = await one(
        `INSERT INTO assembly_editions (assembly_id, number, title, proposals_open_at, proposals_close_at)
         VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM assembly_editions WHERE assembly_id = $1),
                 'Test edition', $2, $3)
         RETURNING id`,
        [
          assemblyId,
          options.open ? new Date(now - 3_600_000).toISOString() : null,
          options.open ? new Date(now + 86_400_000).toISOString() : null,
        ],
      );
      for (const [position, criterion] of DEFAULT_SCREENING_CRITERIA.entries()) {
        await db.query(
          `INSERT INTO edition_criteria (edition_id, key, name, position) VALUES ($1, $2, $3, $4)`,
          [id, criterion.key, criterion.name, position],
        );
      }
      if (options.committee) await rows.committeeMember(id);
      return id;
    },
    committeeMember: (editionId) =>
      one(
        `INSERT INTO edition_committee_members (edition_id, name, sector) VALUES ($1, 'Chair', 'CIVIL_SOCIETY') RETURNING id`,
        [editionId],
      ),
    constituency: (editionId, organizationId, state) =>
      one(
        `INSERT INTO constituencies (edition_id, organization_id, basis, focus, state)
         VALUES ($1, $2, 'ISSUE', 'Clean air', $3) RETURNING id`,
        [editionId, organizationId, state],
      ),
    async proposal(editionId, organizationId, state, options = {}) {
      const id = await one(
        `INSERT INTO proposals (edition_id, organization_id, state, title, problem, proposed_action, jurisdiction_id,
                                number, submitted_at)
         VALUES ($1, $2, $3, 'Clean air in schools', 'Children breathe smoke', 'Filter the air', $4,
                 CASE WHEN $5::boolean THEN NULL
                      ELSE (SELECT coalesce(max(number), 0) + 1 FROM proposals WHERE edition_id = $1) END,
                 CASE WHEN $5::boolean THEN NULL ELSE now() END)
         RETURNING id`,
        [editionId, organizationId, state, jurisdictionId, state === 'DRAFT'],
      );
      if (options.scoredBy) {
        for (const criterion of DEFAULT_SCREENING_CRITERIA) {
          await db.query(
            `INSERT INTO proposal_scores (proposal_id, reviewer_id, criterion_key, score) VALUES ($1, $2, $3, 4)`,
            [id, options.scoredBy, criterion.key],
          );
        }
      }
      return id;
    },
    async cosponsorRequest(proposalId, organizationId) {
      await db.query(
        `INSERT INTO proposal_cosponsors (proposal_id, organization_id, state) VALUES ($1, $2, 'PENDING')`,
        [proposalId, organizationId],
      );
    },
    async agendaItem(editionId, organizationId) {
      const proposalId = await rows.proposal(editionId, organizationId, 'SELECTED');
      return one(
        `INSERT INTO agenda_items (edition_id, number, title, proposal_id)
         VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM agenda_items WHERE edition_id = $1),
                 'Clean air in schools', $2)
         RETURNING id`,
        [editionId, proposalId],
      );
    },
    workingGroupMember: (agendaItemId, organizationId) =>
      one(
        `INSERT INTO working_group_members (agenda_item_id, organization_id, role) VALUES ($1, $2, 'Drafter') RETURNING id`,
        [agendaItemId, organizationId],
      ),
  };
  return rows;
}
