import { MigrationInterface, QueryRunner } from 'typeorm';

/** organization_role is shared by members and invitations: created once, dropped with the last user. */
export class IdentityAndOrganizations1795383462459 implements MigrationInterface {
  name = 'IdentityAndOrganizations1795383462459';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254), "password_hash" text, "display_name" character varying(120) NOT NULL, "email_verified_at" TIMESTAMP WITH TIME ZONE, "residence_jurisdiction_id" uuid, "identity_verified_at" TIMESTAMP WITH TIME ZONE, "identity_verified_by" character varying(200), "platform_admin" boolean NOT NULL DEFAULT false, "password_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_email" ON "users"  ("email") ');
    await queryRunner.query(
      'CREATE TYPE "public"."email_token_purpose" AS ENUM(\'VERIFY_EMAIL\', \'RESET_PASSWORD\')',
    );
    await queryRunner.query(
      'CREATE TABLE "email_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."email_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08abb3fa348e894c274a6730d35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "email_tokens_hash" ON "email_tokens"  ("token_hash") ');
    await queryRunner.query('CREATE INDEX "email_tokens_user" ON "email_tokens"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "access_token_hash" character(64) NOT NULL, "access_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refresh_token_hash" character(64) NOT NULL, "refresh_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" character varying(40), "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "sessions_user" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "session_rotated_tokens" ("token_hash" character(64) NOT NULL, "session_id" uuid NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc21def0e2bcc92e5e66497c530" PRIMARY KEY ("token_hash"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"age_band\" AS ENUM('UNDER_18', 'FROM_18_TO_24', 'FROM_25_TO_34', 'FROM_35_TO_44', 'FROM_45_TO_54', 'FROM_55_TO_64', 'FROM_65')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"gender\" AS ENUM('WOMAN', 'MAN', 'NON_BINARY', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."disability_status" AS ENUM(\'WITH_DISABILITY\', \'WITHOUT_DISABILITY\')',
    );
    await queryRunner.query(
      'CREATE TABLE "user_demographics" ("user_id" uuid NOT NULL, "age_band" "public"."age_band", "gender" "public"."gender", "disability" "public"."disability_status", "population_group" character varying(100), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_621a24cfe14e69fb5e4c58aa882" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('CREATE TYPE "public"."assembly_role" AS ENUM(\'SECRETARIAT\', \'MODERATOR\')');
    await queryRunner.query(
      'CREATE TABLE "assembly_role_grants" ("assembly_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."assembly_role" NOT NULL, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf24f6ec3f60704052a533bb493" PRIMARY KEY ("assembly_id", "user_id", "role"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assembly_role_grants_user" ON "assembly_role_grants"  ("user_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organization_sector\" AS ENUM('GOVERNMENT', 'ACADEMIC_PROFESSIONAL', 'CIVIL_SOCIETY', 'PRIVATE')",
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "sector" "public"."organization_sector" NOT NULL, "jurisdiction_id" uuid NOT NULL, "description" text NOT NULL DEFAULT \'\', "website" character varying(500), "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organizations_verification" CHECK ((verified_at IS NULL) = (verified_by IS NULL)), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "organizations_jurisdiction" ON "organizations"  ("jurisdiction_id") ',
    );
    await queryRunner.query('CREATE INDEX "organizations_name_order" ON "organizations"  ("name", "id") ');
    await queryRunner.query('CREATE TYPE "public"."organization_role" AS ENUM(\'ADMIN\', \'MEMBER\')');
    await queryRunner.query(
      'CREATE TABLE "organization_members" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."organization_role" NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4812f00736e35131a65d6032da" PRIMARY KEY ("organization_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "organization_members_user" ON "organization_members"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."organization_role" NOT NULL, "token_hash" character(64) NOT NULL, "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "organization_invitations_token" ON "organization_invitations"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "organization_invitations_organization" ON "organization_invitations"  ("organization_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"verification_level\" AS ENUM('NONE', 'EMAIL_VERIFIED', 'RESIDENCE_DECLARED', 'VERIFIED')",
    );
    await queryRunner.query(
      'ALTER TABLE "assemblies" ADD "voting_level" "public"."verification_level" NOT NULL DEFAULT \'EMAIL_VERIFIED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "users_residence_fk" FOREIGN KEY ("residence_jurisdiction_id") REFERENCES "jurisdictions"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_rotated_tokens" ADD CONSTRAINT "session_rotated_tokens_session_fk" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_demographics" ADD CONSTRAINT "user_demographics_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_role_grants" ADD CONSTRAINT "assembly_role_grants_assembly_fk" FOREIGN KEY ("assembly_id") REFERENCES "assemblies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_role_grants" ADD CONSTRAINT "assembly_role_grants_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "organizations_jurisdiction_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdictions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" ADD CONSTRAINT "organization_members_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" ADD CONSTRAINT "organization_invitations_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "organization_invitations" DROP CONSTRAINT "organization_invitations_organization_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" DROP CONSTRAINT "organization_members_user_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_members" DROP CONSTRAINT "organization_members_organization_fk"',
    );
    await queryRunner.query('ALTER TABLE "organizations" DROP CONSTRAINT "organizations_jurisdiction_fk"');
    await queryRunner.query(
      'ALTER TABLE "assembly_role_grants" DROP CONSTRAINT "assembly_role_grants_user_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "assembly_role_grants" DROP CONSTRAINT "assembly_role_grants_assembly_fk"',
    );
    await queryRunner.query('ALTER TABLE "user_demographics" DROP CONSTRAINT "user_demographics_user_fk"');
    await queryRunner.query(
      'ALTER TABLE "session_rotated_tokens" DROP CONSTRAINT "session_rotated_tokens_session_fk"',
    );
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"');
    await queryRunner.query('ALTER TABLE "email_tokens" DROP CONSTRAINT "email_tokens_user_fk"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_residence_fk"');
    await queryRunner.query('ALTER TABLE "assemblies" DROP COLUMN "voting_level"');
    await queryRunner.query('DROP TYPE "public"."verification_level"');
    await queryRunner.query('DROP INDEX "public"."organization_invitations_organization"');
    await queryRunner.query('DROP INDEX "public"."organization_invitations_token"');
    await queryRunner.query('DROP TABLE "organization_invitations"');
    await queryRunner.query('DROP INDEX "public"."organization_members_user"');
    await queryRunner.query('DROP TABLE "organization_members"');
    await queryRunner.query('DROP TYPE "public"."organization_role"');
    await queryRunner.query('DROP INDEX "public"."organizations_name_order"');
    await queryRunner.query('DROP INDEX "public"."organizations_jurisdiction"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP TYPE "public"."organization_sector"');
    await queryRunner.query('DROP INDEX "public"."assembly_role_grants_user"');
    await queryRunner.query('DROP TABLE "assembly_role_grants"');
    await queryRunner.query('DROP TYPE "public"."assembly_role"');
    await queryRunner.query('DROP TABLE "user_demographics"');
    await queryRunner.query('DROP TYPE "public"."disability_status"');
    await queryRunner.query('DROP TYPE "public"."gender"');
    await queryRunner.query('DROP TYPE "public"."age_band"');
    await queryRunner.query('DROP TABLE "session_rotated_tokens"');
    await queryRunner.query('DROP INDEX "public"."sessions_user"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."email_tokens_user"');
    await queryRunner.query('DROP INDEX "public"."email_tokens_hash"');
    await queryRunner.query('DROP TABLE "email_tokens"');
    await queryRunner.query('DROP TYPE "public"."email_token_purpose"');
    await queryRunner.query('DROP INDEX "public"."users_email"');
    await queryRunner.query('DROP TABLE "users"');
  }
}
