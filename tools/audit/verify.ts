/**
 * `npm run audit:verify`: checks the whole audit chain and names its first broken link (exit code 1).
 * Uses DATABASE_URL when set, otherwise the embedded database under CANOPY_DATA_DIR (stop an API
 * that uses the same folder first: an embedded database serves one process at a time).
 */
import type { DataSource } from 'typeorm';
import { AuditTrail } from '@canopy/api/audit';
import { openDatabase } from '../lib/database';

async function main(): Promise<void> {
  const { dataSource, close } = await openDatabase();
  try {
    if (!(await hasAuditTable(dataSource))) {
      console.error('audit chain: this database has no audit_entries table yet (npm run db -- migrate)');
      process.exitCode = 1;
      return;
    }
    const { checked, firstBroken } = await AuditTrail.over(dataSource).verify();
    if (firstBroken) {
      console.error(`audit chain broken at entry #${firstBroken.id}: ${firstBroken.reason}`);
      process.exitCode = 1;
    } else {
      console.info(`audit chain: ${checked} entries verified`);
    }
  } finally {
    await close();
  }
}

async function hasAuditTable(dataSource: DataSource): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    return await runner.hasTable('audit_entries');
  } finally {
    await runner.release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
