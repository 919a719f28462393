import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, EmbeddedPostgres, loadConfig } from '@canopy/api/core';
import { canopySchema } from '../../apps/api/src/schema';

export interface OpenDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The database a command works on: DATABASE_URL when set, else the embedded one under CANOPY_DATA_DIR
 * (stop an API using the same folder first: an embedded database serves one process at a time), or a
 * fresh in-memory one.
 */
export async function openDatabase(options: { inMemory?: boolean } = {}): Promise<OpenDatabase> {
  const config = loadConfig();
  const embedded =
    options.inMemory || !config.DATABASE_URL
      ? await EmbeddedPostgres.start(options.inMemory ? 'memory://' : config.CANOPY_DATA_DIR)
      : null;
  const dataSource = new DataSource(
    dataSourceOptions(canopySchema, { url: embedded?.url ?? (config.DATABASE_URL as string), poolSize: 1 }),
  );
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
