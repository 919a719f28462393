import type { DataSourceOptions, Logger, MixedList } from 'typeorm';

export interface SchemaDefinition {
  /** Every entity class of the platform. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  /** Every migration class, in order: the only way the schema changes. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

export interface ConnectionSettings {
  url: string;
  poolSize: number;
  logger?: Logger;
}

export function dataSourceOptions(
  schema: SchemaDefinition,
  connection: ConnectionSettings,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: connection.url,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: connection.logger ? ['query', 'error', 'warn'] : ['error'],
    logger: connection.logger,
    extra: { max: connection.poolSize, application_name: 'canopy-api' },
  };
}
