import { MigrationInterface, QueryRunner } from 'typeorm';
import memberStates from './data/who-member-states.json' with { type: 'json' };

/** The 194 WHO member states as country jurisdictions, with ISO 3166-1 codes and WHO region. */
export class WhoMemberStates1763800000001 implements MigrationInterface {
  name = 'WhoMemberStates1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = memberStates.map(
      (_, i) => `($${i * 4 + 1}, 'COUNTRY', $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`,
    );
    await queryRunner.query(
      `INSERT INTO jurisdictions (name, level, iso2, iso3, who_region) VALUES ${rows.join(', ')}`,
      memberStates.flatMap((state) => [state.name, state.iso2, state.iso3, state.whoRegion]),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM jurisdictions WHERE level = 'COUNTRY' AND iso2 = ANY($1)`, [
      memberStates.map((state) => state.iso2),
    ]);
  }
}
