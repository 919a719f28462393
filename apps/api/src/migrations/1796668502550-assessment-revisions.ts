import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each paragraph assessment counts its saves, so two officials cannot overwrite each other unawares. */
export class AssessmentRevisions1796668502550 implements MigrationInterface {
  name = 'AssessmentRevisions1796668502550';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report_assessments" ADD "revision" integer NOT NULL DEFAULT \'1\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report_assessments" DROP COLUMN "revision"');
  }
}
