import { Inject, Module, OnApplicationShutdown, DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CanopyConfig } from '../config/canopy-config';
import { rootLogger } from '../logging/logger';
import { dataSourceOptions, SchemaDefinition } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';
import { QueryCounter } from './query-counter';
import { UnitOfWork } from './unit-of-work';

const EMBEDDED = Symbol('EmbeddedPostgres');

/** Owns the embedded server (when there is no DATABASE_URL) and the query counter. */
@Module({
  providers: [
    {
      provide: EMBEDDED,
      inject: [CanopyConfig],
      useFactory: (config: CanopyConfig) =>
        config.DATABASE_URL ? null : EmbeddedPostgres.start(config.CANOPY_DATA_DIR),
    },
    { provide: QueryCounter, useFactory: () => new QueryCounter(rootLogger.child({ module: 'database' })) },
  ],
  exports: [EMBEDDED, QueryCounter],
})
class DatabaseServerModule {}

/** Closes the pool before the embedded server it talks to, whatever order Nest runs hooks in. */
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EMBEDDED) private readonly embedded: EmbeddedPostgres | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}

@Module({})
export class DatabaseModule {
  /**
   * With DATABASE_URL: that PostgreSQL server. Without: PGlite under CANOPY_DATA_DIR behind a pool of
   * one connection. Migrations run on start unless CANOPY_MIGRATE is false.
   */
  static forRoot(schema: SchemaDefinition): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        DatabaseServerModule,
        TypeOrmModule.forRootAsync({
          imports: [DatabaseServerModule],
          inject: [CanopyConfig, EMBEDDED, QueryCounter],
          useFactory: (config: CanopyConfig, embedded: EmbeddedPostgres | null, counter: QueryCounter) => ({
            ...dataSourceOptions(schema, {
              url: embedded?.url ?? (config.DATABASE_URL as string),
              poolSize: embedded ? 1 : config.DATABASE_POOL_SIZE,
              logger: counter,
            }),
            migrationsRun: config.CANOPY_MIGRATE,
          }),
        }),
      ],
      providers: [DatabaseShutdown, UnitOfWork],
      exports: [DatabaseServerModule, UnitOfWork],
    };
  }
}
