import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_SCREENING_CRITERIA } from '@canopy/domain';

/** The search vector's expression as it stood when this migration was written (kept here on purpose). */
const PROPOSAL_SEARCH_VECTOR =
  `setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || ` +
  `setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || ` +
  `setweight(to_tsvector('arabic'::regconfig, coalesce(title, '')), 'A') || ` +
  `to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, '')) || ` +
  `to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, '')) || ` +
  `to_tsvector('arabic'::regconfig, coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, ''))`;

export class AssemblyCycle1795393400209 implements MigrationInterface {
  name = 'AssemblyCycle1795393400209';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "edition_criteria" ("edition_id" uuid NOT NULL, "key" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "position" integer NOT NULL, CONSTRAINT "PK_d89b6a61721070e45065afea4b0" PRIMARY KEY ("edition_id", "key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "edition_committee_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "sector" "public"."organization_sector" NOT NULL, "organization_id" uuid, "role" character varying(100) NOT NULL DEFAULT \'\', "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2c65307730795c5344248bde57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "edition_committee_members_edition" ON "edition_committee_members"  ("edition_id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."constituency_basis" AS ENUM(\'AREA\', \'ISSUE\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"constituency_state\" AS ENUM('APPLIED', 'APPROVED', 'DECLINED')",
    );
    await queryRunner.query(
      'CREATE TABLE "constituencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "basis" "public"."constituency_basis" NOT NULL, "focus" character varying(200) NOT NULL, "state" "public"."constituency_state" NOT NULL, "reason" text, "applied_by" uuid, "decided_by" uuid, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "constituencies_edition_organization" UNIQUE ("edition_id", "organization_id"), CONSTRAINT "PK_ae842e7fa9fbbad7254d445a0ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "constituencies_organization" ON "constituencies"  ("organization_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"proposal_state\" AS ENUM('DRAFT', 'SUBMITTED', 'SCREENED', 'SELECTED', 'MERGED', 'DEFERRED', 'REJECTED', 'WITHDRAWN')",
    );
    await queryRunner.query(
      "CREATE TABLE \"proposals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"edition_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"state\" \"public\".\"proposal_state\" NOT NULL, \"title\" character varying(200) NOT NULL, \"problem\" text NOT NULL DEFAULT '', \"proposed_action\" text NOT NULL DEFAULT '', \"expected_effect\" text NOT NULL DEFAULT '', \"evidence_links\" text array NOT NULL DEFAULT '{}', \"affected_groups\" text array NOT NULL DEFAULT '{}', \"jurisdiction_id\" uuid NOT NULL, \"reason\" text, \"merged_into_id\" uuid, \"previous_proposal_id\" uuid, \"number\" integer, \"created_by\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"search_vector\" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('arabic'::regconfig, coalesce(title, '')), 'A') || to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, '')) || to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, '')) || to_tsvector('arabic'::regconfig, coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_action, ''))) STORED NOT NULL, CONSTRAINT \"proposals_edition_number\" UNIQUE (\"edition_id\", \"number\"), CONSTRAINT \"PK_db524c8db8e126a38a2f16d8cac\" PRIMARY KEY (\"id\"))",
    );
    // Full-text search: a GIN index over the generated vector, and the row TypeORM reads to know the
    // generated column's expression (so that entities and migrations are seen to agree).
    await queryRunner.query(`CREATE INDEX "proposals_search" ON "proposals" USING GIN ("search_vector")`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), current_schema(), 'proposals', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [PROPOSAL_SEARCH_VECTOR],
    );
    await queryRunner.query('CREATE INDEX "proposals_previous" ON "proposals"  ("previous_proposal_id") ');
    await queryRunner.query('CREATE INDEX "proposals_merged_into" ON "proposals"  ("merged_into_id") ');
    await queryRunner.query(
      'CREATE INDEX "proposals_organization" ON "proposals"  ("organization_id", "created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"cosponsor_state\" AS ENUM('PENDING', 'CONFIRMED', 'DECLINED')",
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_cosponsors" ("proposal_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "state" "public"."cosponsor_state" NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8bc36c627ef72b52c13566e5d13" PRIMARY KEY ("proposal_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "proposal_cosponsors_organization" ON "proposal_cosponsors"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_endorsements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "organization_id" uuid, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_deaf6d1f310fb096ca74b18e3f4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_endorsements_citizen" ON "proposal_endorsements"  ("proposal_id", "user_id") WHERE organization_id IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_endorsements_organization" ON "proposal_endorsements"  ("proposal_id", "organization_id") WHERE organization_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_scores" ("proposal_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "criterion_key" character varying(40) NOT NULL, "score" smallint NOT NULL, "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_scores_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_7866fe7706c679cf298fadcca5b" PRIMARY KEY ("proposal_id", "reviewer_id", "criterion_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(200) NOT NULL, "proposal_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agenda_items_proposal" UNIQUE ("proposal_id"), CONSTRAINT "agenda_items_edition_number" UNIQUE ("edition_id", "number"), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "working_group_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "user_id" uuid, "organization_id" uuid, "role" character varying(100) NOT NULL DEFAULT \'\', "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "working_group_members_one_kind" CHECK ((user_id IS NULL) <> (organization_id IS NULL)), CONSTRAINT "PK_79c2082b2ac58b4cd21a155503d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "working_group_members_organization" ON "working_group_members"  ("agenda_item_id", "organization_id") WHERE organization_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "working_group_members_person" ON "working_group_members"  ("agenda_item_id", "user_id") WHERE user_id IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_editions" ADD "proposals_open_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_editions" ADD "proposals_close_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_editions" ADD CONSTRAINT "assembly_editions_proposal_window" CHECK ((proposals_open_at IS NULL) = (proposals_close_at IS NULL) AND (proposals_open_at IS NULL OR proposals_open_at < proposals_close_at))',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_criteria" ADD CONSTRAINT "edition_criteria_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "assembly_editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_committee_members" ADD CONSTRAINT "edition_committee_members_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "assembly_editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_committee_members" ADD CONSTRAINT "edition_committee_members_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "constituencies" ADD CONSTRAINT "constituencies_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "assembly_editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "constituencies" ADD CONSTRAINT "constituencies_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "assembly_editions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_jurisdiction_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_fk" FOREIGN KEY ("merged_into_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposals" ADD CONSTRAINT "proposals_previous_fk" FOREIGN KEY ("previous_proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_cosponsors" ADD CONSTRAINT "proposal_cosponsors_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_cosponsors" ADD CONSTRAINT "proposal_cosponsors_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_endorsements" ADD CONSTRAINT "proposal_endorsements_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_endorsements" ADD CONSTRAINT "proposal_endorsements_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_endorsements" ADD CONSTRAINT "proposal_endorsements_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_scores" ADD CONSTRAINT "proposal_scores_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "assembly_editions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Editions that exist already publish the default screening criteria.
    await queryRunner.query(
      `INSERT INTO "edition_criteria" ("edition_id", "key", "name", "position")
       SELECT e.id, c.key, c.name, c.position
         FROM "assembly_editions" e
        CROSS JOIN jsonb_to_recordset($1::jsonb) AS c(key text, name text, position int)`,
      [JSON.stringify(DEFAULT_SCREENING_CRITERIA.map((criterion, position) => ({ ...criterion, position })))],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "working_group_members" DROP CONSTRAINT "working_group_members_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_members" DROP CONSTRAINT "working_group_members_user_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "working_group_members" DROP CONSTRAINT "working_group_members_item_fk"',
    );
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_proposal_fk"');
    await queryRunner.query('ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_edition_fk"');
    await queryRunner.query('ALTER TABLE "proposal_scores" DROP CONSTRAINT "proposal_scores_proposal_fk"');
    await queryRunner.query(
      'ALTER TABLE "proposal_endorsements" DROP CONSTRAINT "proposal_endorsements_user_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_endorsements" DROP CONSTRAINT "proposal_endorsements_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_endorsements" DROP CONSTRAINT "proposal_endorsements_proposal_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_cosponsors" DROP CONSTRAINT "proposal_cosponsors_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_cosponsors" DROP CONSTRAINT "proposal_cosponsors_proposal_fk"',
    );
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_previous_fk"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_merged_into_fk"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_jurisdiction_fk"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_organization_fk"');
    await queryRunner.query('ALTER TABLE "proposals" DROP CONSTRAINT "proposals_edition_fk"');
    await queryRunner.query('ALTER TABLE "constituencies" DROP CONSTRAINT "constituencies_organization_fk"');
    await queryRunner.query('ALTER TABLE "constituencies" DROP CONSTRAINT "constituencies_edition_fk"');
    await queryRunner.query(
      'ALTER TABLE "edition_committee_members" DROP CONSTRAINT "edition_committee_members_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "edition_committee_members" DROP CONSTRAINT "edition_committee_members_edition_fk"',
    );
    await queryRunner.query('ALTER TABLE "edition_criteria" DROP CONSTRAINT "edition_criteria_edition_fk"');
    await queryRunner.query(
      'ALTER TABLE "assembly_editions" DROP CONSTRAINT "assembly_editions_proposal_window"',
    );
    await queryRunner.query('ALTER TABLE "assembly_editions" DROP COLUMN "proposals_close_at"');
    await queryRunner.query('ALTER TABLE "assembly_editions" DROP COLUMN "proposals_open_at"');
    await queryRunner.query('DROP INDEX "public"."working_group_members_person"');
    await queryRunner.query('DROP INDEX "public"."working_group_members_organization"');
    await queryRunner.query('DROP TABLE "working_group_members"');
    await queryRunner.query('DROP TABLE "agenda_items"');
    await queryRunner.query('DROP TABLE "proposal_scores"');
    await queryRunner.query('DROP INDEX "public"."proposal_endorsements_organization"');
    await queryRunner.query('DROP INDEX "public"."proposal_endorsements_citizen"');
    await queryRunner.query('DROP TABLE "proposal_endorsements"');
    await queryRunner.query('DROP INDEX "public"."proposal_cosponsors_organization"');
    await queryRunner.query('DROP TABLE "proposal_cosponsors"');
    await queryRunner.query('DROP TYPE "public"."cosponsor_state"');
    await queryRunner.query('DROP INDEX "public"."proposals_organization"');
    await queryRunner.query('DROP INDEX "public"."proposals_merged_into"');
    await queryRunner.query('DROP INDEX "public"."proposals_previous"');
    await queryRunner.query(`DROP INDEX "public"."proposals_search"`);
    await queryRunner.query('DROP TABLE "proposals"');
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'proposals' AND "name" = 'search_vector'`,
    );
    await queryRunner.query('DROP TYPE "public"."proposal_state"');
    await queryRunner.query('DROP INDEX "public"."constituencies_organization"');
    await queryRunner.query('DROP TABLE "constituencies"');
    await queryRunner.query('DROP TYPE "public"."constituency_state"');
    await queryRunner.query('DROP TYPE "public"."constituency_basis"');
    await queryRunner.query('DROP INDEX "public"."edition_committee_members_edition"');
    await queryRunner.query('DROP TABLE "edition_committee_members"');
    await queryRunner.query('DROP TABLE "edition_criteria"');
  }
}
