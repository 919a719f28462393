/** Writes apps/api/schema.graphql from the code-first API (the contract the web app's types come from). */
import 'reflect-metadata';
import { loadConfig, rootLogger } from '@canopy/api/core';
import { createApp } from '../../apps/api/src/bootstrap';

async function main(): Promise<void> {
  rootLogger.level = 'warn';
  const app = await createApp(loadConfig({ ...process.env, CANOPY_DATA_DIR: 'memory://', DATABASE_URL: '' }));
  await app.close();
  console.info(`wrote ${process.env['CANOPY_SCHEMA_FILE']}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
