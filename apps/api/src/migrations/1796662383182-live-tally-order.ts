import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveTallyOrder1796662383182 implements MigrationInterface {
  name = 'LiveTallyOrder1796662383182';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tally_slots" ADD "moves" bigint NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tally_slots" DROP COLUMN "moves"');
  }
}
