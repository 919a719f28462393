import type { DataSource } from 'typeorm';

export type ReportState = 'DRAFT' | 'INTERNAL_REVIEW' | 'STAKEHOLDER_VALIDATION' | 'SUBMITTED' | 'PUBLISHED';

export interface ReportFixture {
  reportId: string;
  cycleId: string;
  /** The member states' paragraphs of the shipped catalogue, by code. */
  items: Record<string, string>;
}

/**
 * Progress-report rows written straight into the database, like charterRows: organizations of a
 * country, their members, and a report of a fresh cycle in the state a test needs, every paragraph
 * assessed (not started) so it may move on, and a first version once published. They bypass the
 * services and the audit trail.
 */
export function reportRows(db: DataSource) {
  let year = 3000;
  const one = async (sql: string, parameters: unknown[]): Promise<string> => {
    const [row] = await db.query(sql, parameters);
    return row.id;
  };
  return {
    /** A verified organization of the sector in the place (a country or a place within one). */
    organization(
      name: string,
      sector: string,
      jurisdictionId: string,
      verifiedBy: string | null,
    ): Promise<string> {
      return one(
        `INSERT INTO organizations (name, sector, jurisdiction_id, verified_at, verified_by)
         VALUES ($1, $2, $3, CASE WHEN $4::uuid IS NULL THEN NULL ELSE now() END, $4) RETURNING id`,
        [name, sector, jurisdictionId, verifiedBy],
      );
    },

    async member(organizationId: string, userId: string, role: 'ADMIN' | 'MEMBER' = 'MEMBER'): Promise<void> {
      await db.query(
        `INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, $3)`,
        [organizationId, userId, role],
      );
    },

    /** A cycle of its own (years from 3000 on, out of the way of real ones) on the shipped catalogue. */
    cycle(): Promise<string> {
      year += 1;
      return one(
        `INSERT INTO reporting_cycles (year, deadline, catalogue_id)
         SELECT $1, '2099-12-31', id FROM reporting_catalogues ORDER BY loaded_at LIMIT 1 RETURNING id`,
        [year],
      );
    },

    async report(countryId: string, createdBy: string, state: ReportState): Promise<ReportFixture> {
      const cycleId = await this.cycle();
      const published = state === 'PUBLISHED' ? 1 : 0;
      const reportId = await one(
        `INSERT INTO country_reports (cycle_id, country_id, state, published_version, created_by)
         VALUES ($1, $2, $3::report_state, $4, $5) RETURNING id`,
        [cycleId, countryId, state, published, createdBy],
      );
      const rows: { id: string; code: string }[] = await db.query(
        `INSERT INTO report_assessments (report_id, item_id, status, updated_by)
         SELECT $1, i.id, 'NOT_STARTED', $2 FROM reporting_catalogue_items i
           JOIN reporting_cycles c ON c.catalogue_id = i.catalogue_id
          WHERE c.id = $3 AND i.addressee = 'MEMBER_STATES'
         RETURNING item_id AS id, (SELECT code FROM reporting_catalogue_items WHERE id = item_id) AS code`,
        [reportId, createdBy, cycleId],
      );
      if (published) {
        await db.query(
          `INSERT INTO report_versions (report_id, number, content, published_by) VALUES ($1, 1, $2, $3)`,
          [
            reportId,
            JSON.stringify({ assessments: [], mechanisms: [], signOffs: [], shadows: [] }),
            createdBy,
          ],
        );
      }
      return { reportId, cycleId, items: Object.fromEntries(rows.map((row) => [row.code, row.id])) };
    },
  };
}

export type ReportRows = ReturnType<typeof reportRows>;
