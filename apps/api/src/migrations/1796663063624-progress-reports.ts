import { MigrationInterface, QueryRunner } from 'typeorm';
import { parseCatalogue } from '@canopy/domain';
import catalogueFile from './data/wha77-2-catalogue.json' with { type: 'json' };

/** The first cycle WHA77.2 asks progress reports for, and when the platform expects them. */
const FIRST_CYCLE = { year: 2026, deadline: '2026-12-31' };

/**
 * WHA77.2 progress reports: the catalogue of operative paragraphs (loaded from its data file), cycles,
 * country reports with their working copy, civil society's validation, published versions (a trigger
 * refuses to change or delete them) and evidence files. Loads the shipped catalogue and opens 2026.
 */
export class ProgressReports1796663063624 implements MigrationInterface {
  name = 'ProgressReports1796663063624';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "reporting_catalogues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resolution" character varying(40) NOT NULL, "version" character varying(40) NOT NULL, "title" jsonb NOT NULL, "source" text NOT NULL, "status" character varying(40) NOT NULL, "languages" jsonb NOT NULL, "loaded_by" uuid, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8dd45793706d495e97da0af17ee" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "reporting_catalogues_version" ON "reporting_catalogues"  ("version") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."catalogue_addressee" AS ENUM(\'MEMBER_STATES\', \'DIRECTOR_GENERAL\')',
    );
    await queryRunner.query(
      'CREATE TABLE "reporting_catalogue_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "catalogue_id" uuid NOT NULL, "position" smallint NOT NULL, "code" character varying(40) NOT NULL, "addressee" "public"."catalogue_addressee" NOT NULL, "summary" jsonb NOT NULL, "indicators" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "reporting_catalogue_items_position" UNIQUE ("catalogue_id", "position"), CONSTRAINT "reporting_catalogue_items_code" UNIQUE ("catalogue_id", "code"), CONSTRAINT "PK_987c603ef2901d8eaa0131cbc30" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "reporting_cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "deadline" date NOT NULL, "catalogue_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4af10c1755bd11881d1081a33d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "reporting_cycles_year" ON "reporting_cycles"  ("year") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"report_state\" AS ENUM('DRAFT', 'INTERNAL_REVIEW', 'STAKEHOLDER_VALIDATION', 'SUBMITTED', 'PUBLISHED')",
    );
    await queryRunner.query(
      'CREATE TABLE "country_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "country_id" uuid NOT NULL, "state" "public"."report_state" NOT NULL, "mechanisms" jsonb NOT NULL DEFAULT \'[]\', "published_version" integer NOT NULL DEFAULT \'0\', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "country_reports_one_per_cycle" UNIQUE ("cycle_id", "country_id"), CONSTRAINT "PK_1e58e10bd898ff0619af1a1b010" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "country_reports_country" ON "country_reports"  ("country_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"assessment_status\" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'LARGELY_ACHIEVED', 'ACHIEVED', 'NOT_APPLICABLE')",
    );
    await queryRunner.query(
      'CREATE TABLE "report_assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "item_id" uuid NOT NULL, "status" "public"."assessment_status" NOT NULL, "narrative" text NOT NULL DEFAULT \'\', "evidence" jsonb NOT NULL DEFAULT \'[]\', "indicator_values" jsonb NOT NULL DEFAULT \'[]\', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "report_assessments_one_per_item" UNIQUE ("report_id", "item_id"), CONSTRAINT "PK_22eba7976899578269d09029eed" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE TYPE "public"."validation_kind" AS ENUM(\'SIGN_OFF\', \'SHADOW\')');
    await queryRunner.query(
      'CREATE TABLE "report_validations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "round" integer NOT NULL, "item_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" "public"."validation_kind" NOT NULL, "status" "public"."assessment_status", "narrative" text NOT NULL DEFAULT \'\', "evidence" jsonb NOT NULL DEFAULT \'[]\', "filed_by" uuid NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "report_validations_one_per_organization" UNIQUE ("report_id", "round", "item_id", "organization_id"), CONSTRAINT "PK_be21df84b0e21eeb15d9962e98b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "report_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "number" integer NOT NULL, "content" jsonb NOT NULL, "change_note" text, "published_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "report_versions_number" UNIQUE ("report_id", "number"), CONSTRAINT "PK_6d3b864a941bf10036efe50ae81" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "evidence_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "organization_id" uuid, "storage_key" character varying(200) NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "evidence_files_report" ON "evidence_files"  ("report_id") ');
    await queryRunner.query(
      'ALTER TABLE "reporting_catalogue_items" ADD CONSTRAINT "reporting_catalogue_items_catalogue_fk" FOREIGN KEY ("catalogue_id") REFERENCES "reporting_catalogues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_catalogue_fk" FOREIGN KEY ("catalogue_id") REFERENCES "reporting_catalogues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_cycle_fk" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "country_reports" ADD CONSTRAINT "country_reports_country_fk" FOREIGN KEY ("country_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_assessments" ADD CONSTRAINT "report_assessments_report_fk" FOREIGN KEY ("report_id") REFERENCES "country_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_assessments" ADD CONSTRAINT "report_assessments_item_fk" FOREIGN KEY ("item_id") REFERENCES "reporting_catalogue_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_validations" ADD CONSTRAINT "report_validations_report_fk" FOREIGN KEY ("report_id") REFERENCES "country_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_validations" ADD CONSTRAINT "report_validations_item_fk" FOREIGN KEY ("item_id") REFERENCES "reporting_catalogue_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_validations" ADD CONSTRAINT "report_validations_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_report_fk" FOREIGN KEY ("report_id") REFERENCES "country_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_report_fk" FOREIGN KEY ("report_id") REFERENCES "country_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      "CREATE FUNCTION report_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'report_versions are published and never change: % refused', TG_OP; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER report_versions_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON "report_versions" FOR EACH STATEMENT EXECUTE FUNCTION report_versions_frozen()',
    );
    const parsed = parseCatalogue(catalogueFile);
    if (!parsed.catalogue)
      throw new Error(`The shipped catalogue is invalid: ${JSON.stringify(parsed.problems)}`);
    const { catalogue } = parsed;
    const [{ id }] = await queryRunner.query(
      `INSERT INTO reporting_catalogues (resolution, version, title, source, status, languages)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        catalogue.resolution,
        catalogue.version,
        JSON.stringify(catalogue.title),
        catalogue.source,
        catalogue.status,
        JSON.stringify(catalogue.languages),
      ],
    );
    for (const [position, item] of catalogue.items.entries()) {
      await queryRunner.query(
        `INSERT INTO reporting_catalogue_items (catalogue_id, position, code, addressee, summary, indicators)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          id,
          position,
          item.code,
          item.addressee,
          JSON.stringify(item.summary),
          JSON.stringify(item.indicators),
        ],
      );
    }
    await queryRunner.query(
      `INSERT INTO reporting_cycles (year, deadline, catalogue_id) VALUES ($1, $2, $3)`,
      [FIRST_CYCLE.year, FIRST_CYCLE.deadline, id],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER report_versions_frozen ON "report_versions"');
    await queryRunner.query('DROP FUNCTION report_versions_frozen()');
    await queryRunner.query('ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_report_fk"');
    await queryRunner.query('ALTER TABLE "report_versions" DROP CONSTRAINT "report_versions_report_fk"');
    await queryRunner.query(
      'ALTER TABLE "report_validations" DROP CONSTRAINT "report_validations_organization_fk"',
    );
    await queryRunner.query('ALTER TABLE "report_validations" DROP CONSTRAINT "report_validations_item_fk"');
    await queryRunner.query(
      'ALTER TABLE "report_validations" DROP CONSTRAINT "report_validations_report_fk"',
    );
    await queryRunner.query('ALTER TABLE "report_assessments" DROP CONSTRAINT "report_assessments_item_fk"');
    await queryRunner.query(
      'ALTER TABLE "report_assessments" DROP CONSTRAINT "report_assessments_report_fk"',
    );
    await queryRunner.query('ALTER TABLE "country_reports" DROP CONSTRAINT "country_reports_country_fk"');
    await queryRunner.query('ALTER TABLE "country_reports" DROP CONSTRAINT "country_reports_cycle_fk"');
    await queryRunner.query('ALTER TABLE "reporting_cycles" DROP CONSTRAINT "reporting_cycles_catalogue_fk"');
    await queryRunner.query(
      'ALTER TABLE "reporting_catalogue_items" DROP CONSTRAINT "reporting_catalogue_items_catalogue_fk"',
    );
    await queryRunner.query('DROP INDEX "public"."evidence_files_report"');
    await queryRunner.query('DROP TABLE "evidence_files"');
    await queryRunner.query('DROP TABLE "report_versions"');
    await queryRunner.query('DROP TABLE "report_validations"');
    await queryRunner.query('DROP TYPE "public"."validation_kind"');
    await queryRunner.query('DROP TABLE "report_assessments"');
    await queryRunner.query('DROP TYPE "public"."assessment_status"');
    await queryRunner.query('DROP INDEX "public"."country_reports_country"');
    await queryRunner.query('DROP TABLE "country_reports"');
    await queryRunner.query('DROP TYPE "public"."report_state"');
    await queryRunner.query('DROP INDEX "public"."reporting_cycles_year"');
    await queryRunner.query('DROP TABLE "reporting_cycles"');
    await queryRunner.query('DROP TABLE "reporting_catalogue_items"');
    await queryRunner.query('DROP TYPE "public"."catalogue_addressee"');
    await queryRunner.query('DROP INDEX "public"."reporting_catalogues_version"');
    await queryRunner.query('DROP TABLE "reporting_catalogues"');
  }
}
