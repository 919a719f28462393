import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"jurisdiction_level\" AS ENUM('COUNTRY', 'REGION', 'DISTRICT', 'COMMUNITY')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"who_region\" AS ENUM('AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR')",
    );
    await queryRunner.query(
      'CREATE TABLE "jurisdictions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "level" "public"."jurisdiction_level" NOT NULL, "parent_id" uuid, "country_id" uuid, "iso2" character(2), "iso3" character(3), "who_region" "public"."who_region", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "jurisdictions_country_is_root" CHECK ((level = \'COUNTRY\') = (parent_id IS NULL AND country_id IS NULL)), CONSTRAINT "jurisdictions_country_codes" CHECK ((level = \'COUNTRY\') = (iso2 IS NOT NULL AND iso3 IS NOT NULL)), CONSTRAINT "PK_7cc0bed21c9e2b32866c1109ec5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "jurisdictions_iso2" ON "jurisdictions"  ("iso2") ');
    await queryRunner.query('CREATE UNIQUE INDEX "jurisdictions_iso3" ON "jurisdictions"  ("iso3") ');
    await queryRunner.query('CREATE INDEX "jurisdictions_parent" ON "jurisdictions"  ("parent_id") ');
    await queryRunner.query(
      'CREATE INDEX "jurisdictions_country_level" ON "jurisdictions"  ("country_id", "level") ',
    );
    await queryRunner.query('CREATE INDEX "jurisdictions_name_order" ON "jurisdictions"  ("name", "id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"assembly_kind\" AS ENUM('NATIONAL', 'AREA', 'ISSUE')");
    await queryRunner.query(
      'CREATE TABLE "assemblies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "kind" "public"."assembly_kind" NOT NULL, "jurisdiction_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25f742ba403068985d28f3fe0c7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "assemblies_kind" ON "assemblies"  ("kind") ');
    await queryRunner.query('CREATE INDEX "assemblies_jurisdiction" ON "assemblies"  ("jurisdiction_id") ');
    await queryRunner.query('CREATE INDEX "assemblies_name_order" ON "assemblies"  ("name", "id") ');
    await queryRunner.query(
      'CREATE TABLE "assembly_editions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assembly_id" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(200) NOT NULL, "starts_on" date, "ends_on" date, CONSTRAINT "assembly_editions_number" UNIQUE ("assembly_id", "number"), CONSTRAINT "assembly_editions_ordered_dates" CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on), CONSTRAINT "assembly_editions_positive_number" CHECK (number > 0), CONSTRAINT "PK_de83c5fe82a531c26702d1e97a8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_country_fk" FOREIGN KEY ("country_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assemblies" ADD CONSTRAINT "assemblies_jurisdiction_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_editions" ADD CONSTRAINT "assembly_editions_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "assembly_editions" DROP CONSTRAINT "assembly_editions_assembly_fk"',
    );
    await queryRunner.query('ALTER TABLE "assemblies" DROP CONSTRAINT "assemblies_jurisdiction_fk"');
    await queryRunner.query('ALTER TABLE "jurisdictions" DROP CONSTRAINT "jurisdictions_country_fk"');
    await queryRunner.query('ALTER TABLE "jurisdictions" DROP CONSTRAINT "jurisdictions_parent_fk"');
    await queryRunner.query('DROP TABLE "assembly_editions"');
    await queryRunner.query('DROP INDEX "public"."assemblies_name_order"');
    await queryRunner.query('DROP INDEX "public"."assemblies_jurisdiction"');
    await queryRunner.query('DROP INDEX "public"."assemblies_kind"');
    await queryRunner.query('DROP TABLE "assemblies"');
    await queryRunner.query('DROP TYPE "public"."assembly_kind"');
    await queryRunner.query('DROP INDEX "public"."jurisdictions_name_order"');
    await queryRunner.query('DROP INDEX "public"."jurisdictions_country_level"');
    await queryRunner.query('DROP INDEX "public"."jurisdictions_parent"');
    await queryRunner.query('DROP INDEX "public"."jurisdictions_iso3"');
    await queryRunner.query('DROP INDEX "public"."jurisdictions_iso2"');
    await queryRunner.query('DROP TABLE "jurisdictions"');
    await queryRunner.query('DROP TYPE "public"."who_region"');
    await queryRunner.query('DROP TYPE "public"."jurisdiction_level"');
  }
}
