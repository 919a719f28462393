import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1795383012349 implements MigrationInterface {
  name = 'AuditTrail1795383012349';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" character varying(100) NOT NULL, "entity_type" character varying(100) NOT NULL, "entity_id" character varying(200) NOT NULL, "from_state" character varying(100), "to_state" character varying(100), "reason" text, "details" jsonb NOT NULL DEFAULT \'{}\', "previous_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "audit_entries_previous_hash" ON "audit_entries"  ("previous_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entries_entity" ON "audit_entries"  ("entity_type", "entity_id", "id") ',
    );
    // Entries are only ever appended: the hash chain shows an edit, this refuses it in the first place.
    await queryRunner.query(
      "CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()',
    );
    await queryRunner.query(
      'CREATE TABLE "security_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(40) NOT NULL, "actor_id" uuid, "subject" character varying(320), "ip" character varying(64), "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_6fc100d6700780737348df0d3ae" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "security_events_subject_time" ON "security_events"  ("subject", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "security_events_kind_time" ON "security_events"  ("kind", "occurred_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."security_events_kind_time"');
    await queryRunner.query('DROP INDEX "public"."security_events_subject_time"');
    await queryRunner.query('DROP TABLE "security_events"');
    await queryRunner.query('DROP TRIGGER audit_entries_append_only ON "audit_entries"');
    await queryRunner.query('DROP FUNCTION audit_entries_append_only()');
    await queryRunner.query('DROP INDEX "public"."audit_entries_entity"');
    await queryRunner.query('DROP INDEX "public"."audit_entries_previous_hash"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
