import type { DataSource } from 'typeorm';

export interface SchemaStatement {
  up: string;
  /** Undoes `up`; run the downs in reverse order. */
  down: string;
}

/**
 * What the entities need that the migrated database lacks: the statements `migration:generate` would
 * write. Empty means the migrations and the entities agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SchemaStatement[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query, i) => ({
    up: query.query,
    down: sql.downQueries[i]?.query ?? '',
  }));
}
