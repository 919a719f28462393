/**
 * Database tasks: `migrate`, `revert`, `check` (entities and migrations agree) and
 * `generate <Name>` (write the migration that makes them agree).
 * Uses DATABASE_URL when set, otherwise the embedded database under CANOPY_DATA_DIR;
 * `generate` always diffs against a fresh in-memory database.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pendingSchemaChanges } from '@canopy/api/core';
import { openDatabase } from '../lib/database';

function migrationSource(name: string, timestamp: number, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const { dataSource, close } = await openDatabase({ inMemory: command === 'generate' });
  try {
    if (command === 'migrate') {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      console.info(`${ran.length} migration(s) applied`);
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.info('last migration reverted');
    } else if (command === 'check' || command === 'generate') {
      await dataSource.runMigrations({ transaction: 'each' });
      const changes = await pendingSchemaChanges(dataSource);
      if (command === 'check') {
        if (changes.length) {
          console.error(`entities and migrations disagree:\n${changes.map((c) => c.up).join('\n')}`);
          process.exitCode = 1;
        } else console.info('entities and migrations agree');
      } else if (!changes.length) {
        console.info('nothing to generate: entities and migrations agree');
      } else {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: db generate PascalCaseName');
        const timestamp = Date.now();
        const slug = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
        const file = join(__dirname, '../../apps/api/src/migrations', `${timestamp}-${slug}.ts`);
        const down = changes.map((change) => change.down).reverse();
        writeFileSync(
          file,
          migrationSource(
            name,
            timestamp,
            changes.map((change) => change.up),
            down,
          ),
        );
        console.info(`wrote ${file}; add it to apps/api/src/migrations/index.ts`);
      }
    } else {
      throw new Error('usage: db migrate | revert | check | generate Name');
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
