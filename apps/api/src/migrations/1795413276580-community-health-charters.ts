import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommunityHealthCharters1795413276580 implements MigrationInterface {
  name = 'CommunityHealthCharters1795413276580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "charters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "jurisdiction_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "convener_id" uuid NOT NULL, "latest_edition" integer NOT NULL DEFAULT \'1\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c22653503e61b7cc1408c60da9c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "charters_title" ON "charters"  ("title", "id") ');
    await queryRunner.query(
      'CREATE INDEX "charters_jurisdiction" ON "charters"  ("jurisdiction_id", "title") ',
    );
    await queryRunner.query(
      'CREATE TABLE "charter_committee_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "charter_id" uuid NOT NULL, "user_id" uuid, "organization_id" uuid, "sector" "public"."organization_sector" NOT NULL, "role" character varying(100), "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "charter_committee_one_member" CHECK ((user_id IS NULL) <> (organization_id IS NULL)), CONSTRAINT "PK_0d570207686f31ed704c9a834c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "charter_committee_org" ON "charter_committee_members"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "charter_committee_user" ON "charter_committee_members"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "charter_committee_organization" ON "charter_committee_members"  ("charter_id", "organization_id") WHERE organization_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "charter_committee_person" ON "charter_committee_members"  ("charter_id", "user_id") WHERE user_id IS NOT NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"charter_state\" AS ENUM('INITIATED', 'DRAFTING', 'PUBLIC_HEARING', 'ADOPTED', 'IN_FORCE', 'UNDER_REVIEW', 'SUPERSEDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "charter_editions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "charter_id" uuid NOT NULL, "number" integer NOT NULL, "state" "public"."charter_state" NOT NULL, "text_revision" integer NOT NULL DEFAULT \'0\', "copied_from_id" uuid, "forum_date" date, "forum_place" character varying(300), "attendance" jsonb, "by_consensus" boolean, "adoption_note" text, "effective_date" date, "in_force_at" TIMESTAMP WITH TIME ZONE, "superseded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "charter_editions_number" UNIQUE ("charter_id", "number"), CONSTRAINT "PK_728f0ac9f9e268d7eeb2de4dfde" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "charter_editions_state" ON "charter_editions"  ("state") ');
    await queryRunner.query(
      "CREATE UNIQUE INDEX \"charter_editions_in_progress\" ON \"charter_editions\"  (\"charter_id\") WHERE state IN ('INITIATED', 'DRAFTING', 'PUBLIC_HEARING', 'ADOPTED')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."charter_section_kind" AS ENUM(\'DEFINITIONS\', \'PROVISIONS\')',
    );
    await queryRunner.query(
      'CREATE TABLE "charter_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" "public"."charter_section_kind" NOT NULL, "title" character varying(300) NOT NULL, "statute_chapter" character varying(20), CONSTRAINT "charter_sections_position" UNIQUE ("edition_id", "position"), CONSTRAINT "PK_8abf68828bf0d15f1a2decc5d53" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"indicator_frequency\" AS ENUM('MONTHLY', 'QUARTERLY', 'YEARLY')",
    );
    await queryRunner.query('CREATE TYPE "public"."indicator_direction" AS ENUM(\'AT_LEAST\', \'AT_MOST\')');
    await queryRunner.query(
      'CREATE TABLE "charter_clauses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "section_id" uuid NOT NULL, "number" integer NOT NULL, "position" smallint NOT NULL, "lineage_id" uuid NOT NULL, "text" text NOT NULL, "responsible" jsonb NOT NULL DEFAULT \'[]\'::jsonb, "indicator_name" character varying(200), "indicator_target" double precision, "indicator_unit" character varying(40), "indicator_frequency" "public"."indicator_frequency", "indicator_direction" "public"."indicator_direction", CONSTRAINT "charter_clauses_number" UNIQUE ("edition_id", "number"), CONSTRAINT "PK_64b86b4af03d261927c0002d813" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "charter_clauses_section" ON "charter_clauses"  ("section_id", "position") ',
    );
    await queryRunner.query('CREATE INDEX "charter_clauses_lineage" ON "charter_clauses"  ("lineage_id") ');
    await queryRunner.query(
      'CREATE TABLE "charter_indicator_readings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "charter_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "clause_id" uuid NOT NULL, "period_end" date NOT NULL, "value" double precision NOT NULL, "note" text, "organization_id" uuid, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d3df253ba5f67bbd5dfffc7e1f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "charter_readings_lineage" ON "charter_indicator_readings"  ("lineage_id", "period_end") ',
    );
    await queryRunner.query(
      'CREATE TABLE "charter_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a1e3666992c060f7d19159784ac" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "charter_signatures_organization" ON "charter_signatures"  ("edition_id", "organization_id") WHERE organization_id IS NOT NULL AND withdrawn_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "charter_signatures_person" ON "charter_signatures"  ("edition_id", "user_id") WHERE organization_id IS NULL AND withdrawn_at IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "statute_chapters" ("country_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(300) NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_3ecaeb11d66e9f6d5608f0792c4" PRIMARY KEY ("country_id", "code"))',
    );
    await queryRunner.query(
      'ALTER TABLE "charters" ADD CONSTRAINT "charters_jurisdiction_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charters" ADD CONSTRAINT "charters_convener_fk" FOREIGN KEY ("convener_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_committee_members" ADD CONSTRAINT "charter_committee_charter_fk" FOREIGN KEY ("charter_id") REFERENCES "charters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_committee_members" ADD CONSTRAINT "charter_committee_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_committee_members" ADD CONSTRAINT "charter_committee_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_editions" ADD CONSTRAINT "charter_editions_charter_fk" FOREIGN KEY ("charter_id") REFERENCES "charters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_editions" ADD CONSTRAINT "charter_editions_copied_from_fk" FOREIGN KEY ("copied_from_id") REFERENCES "charter_editions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_sections" ADD CONSTRAINT "charter_sections_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "charter_editions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_clauses" ADD CONSTRAINT "charter_clauses_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "charter_editions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_clauses" ADD CONSTRAINT "charter_clauses_section_fk" FOREIGN KEY ("section_id") REFERENCES "charter_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" ADD CONSTRAINT "charter_readings_charter_fk" FOREIGN KEY ("charter_id") REFERENCES "charters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" ADD CONSTRAINT "charter_readings_clause_fk" FOREIGN KEY ("clause_id") REFERENCES "charter_clauses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" ADD CONSTRAINT "charter_readings_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" ADD CONSTRAINT "charter_readings_user_fk" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_edition_fk" FOREIGN KEY ("edition_id") REFERENCES "charter_editions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statute_chapters" ADD CONSTRAINT "statute_chapters_country_fk" FOREIGN KEY ("country_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "statute_chapters" DROP CONSTRAINT "statute_chapters_country_fk"');
    await queryRunner.query(
      'ALTER TABLE "charter_signatures" DROP CONSTRAINT "charter_signatures_organization_fk"',
    );
    await queryRunner.query('ALTER TABLE "charter_signatures" DROP CONSTRAINT "charter_signatures_user_fk"');
    await queryRunner.query(
      'ALTER TABLE "charter_signatures" DROP CONSTRAINT "charter_signatures_edition_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" DROP CONSTRAINT "charter_readings_user_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" DROP CONSTRAINT "charter_readings_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" DROP CONSTRAINT "charter_readings_clause_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_indicator_readings" DROP CONSTRAINT "charter_readings_charter_fk"',
    );
    await queryRunner.query('ALTER TABLE "charter_clauses" DROP CONSTRAINT "charter_clauses_section_fk"');
    await queryRunner.query('ALTER TABLE "charter_clauses" DROP CONSTRAINT "charter_clauses_edition_fk"');
    await queryRunner.query('ALTER TABLE "charter_sections" DROP CONSTRAINT "charter_sections_edition_fk"');
    await queryRunner.query(
      'ALTER TABLE "charter_editions" DROP CONSTRAINT "charter_editions_copied_from_fk"',
    );
    await queryRunner.query('ALTER TABLE "charter_editions" DROP CONSTRAINT "charter_editions_charter_fk"');
    await queryRunner.query(
      'ALTER TABLE "charter_committee_members" DROP CONSTRAINT "charter_committee_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_committee_members" DROP CONSTRAINT "charter_committee_user_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "charter_committee_members" DROP CONSTRAINT "charter_committee_charter_fk"',
    );
    await queryRunner.query('ALTER TABLE "charters" DROP CONSTRAINT "charters_convener_fk"');
    await queryRunner.query('ALTER TABLE "charters" DROP CONSTRAINT "charters_jurisdiction_fk"');
    await queryRunner.query('DROP TABLE "statute_chapters"');
    await queryRunner.query('DROP INDEX "public"."charter_signatures_person"');
    await queryRunner.query('DROP INDEX "public"."charter_signatures_organization"');
    await queryRunner.query('DROP TABLE "charter_signatures"');
    await queryRunner.query('DROP INDEX "public"."charter_readings_lineage"');
    await queryRunner.query('DROP TABLE "charter_indicator_readings"');
    await queryRunner.query('DROP INDEX "public"."charter_clauses_lineage"');
    await queryRunner.query('DROP INDEX "public"."charter_clauses_section"');
    await queryRunner.query('DROP TABLE "charter_clauses"');
    await queryRunner.query('DROP TYPE "public"."indicator_direction"');
    await queryRunner.query('DROP TYPE "public"."indicator_frequency"');
    await queryRunner.query('DROP TABLE "charter_sections"');
    await queryRunner.query('DROP TYPE "public"."charter_section_kind"');
    await queryRunner.query('DROP INDEX "public"."charter_editions_in_progress"');
    await queryRunner.query('DROP INDEX "public"."charter_editions_state"');
    await queryRunner.query('DROP TABLE "charter_editions"');
    await queryRunner.query('DROP TYPE "public"."charter_state"');
    await queryRunner.query('DROP INDEX "public"."charter_committee_person"');
    await queryRunner.query('DROP INDEX "public"."charter_committee_organization"');
    await queryRunner.query('DROP INDEX "public"."charter_committee_user"');
    await queryRunner.query('DROP INDEX "public"."charter_committee_org"');
    await queryRunner.query('DROP TABLE "charter_committee_members"');
    await queryRunner.query('DROP INDEX "public"."charters_jurisdiction"');
    await queryRunner.query('DROP INDEX "public"."charters_title"');
    await queryRunner.query('DROP TABLE "charters"');
  }
}
