import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Redis } from 'ioredis';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { CanopyConfig } from '../config/canopy-config';
import { GraphQLContext, LoaderRegistry } from './graphql-context';
import { graphqlWsOptions, isSocketContext, socketRequest } from './graphql-ws';
import { GraphQLErrorPassThrough } from './graphql-error.filter';
import { formatGraphQLError } from './graphql-errors-format';
import { LIMIT_CODES, QUERY_LIMITS, queryLimitRules, queryLimitsPlugin } from './graphql-limits';
import { RedisPersistedQueryCache } from './persisted-query-cache';
import { canopyValidationPipe } from './validation';

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED; a limit's own code (depth,
 * aliases) is the more useful answer, so it is put back.
 */
function withLimitCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as GraphQLError | undefined)?.originalError;
  const code = original instanceof GraphQLError ? original.extensions['code'] : undefined;
  if (formatted.extensions?.['code'] !== 'GRAPHQL_VALIDATION_FAILED' || !LIMIT_CODES.has(String(code))) {
    return formatted;
  }
  return { ...formatted, extensions: { ...formatted.extensions, code } };
}

/** Over HTTP, Apollo hands the request and response; over graphql-ws, the socket's context. */
function graphqlContext(given: unknown): GraphQLContext {
  if (isSocketContext(given)) {
    return {
      req: socketRequest(given),
      res: null,
      loaders: new LoaderRegistry(),
    } as unknown as GraphQLContext;
  }
  const { req, res } = given as Pick<GraphQLContext, 'req' | 'res'>;
  return { req, res, loaders: new LoaderRegistry() };
}

const PERSISTED_QUERIES = Symbol('PersistedQueries');

/** The Redis connection of the persisted-query cache, closed with the application. */
class PersistedQueriesShutdown implements OnApplicationShutdown {
  constructor(@Inject(PERSISTED_QUERIES) private readonly cache: { redis: Redis } | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.cache?.redis.quit();
  }
}

/** Automatic persisted queries: in Redis with REDIS_URL (shared by instances), else Apollo's bounded memory. */
@Module({
  providers: [
    {
      provide: PERSISTED_QUERIES,
      inject: [CanopyConfig],
      useFactory: (config: CanopyConfig) => {
        if (!config.REDIS_URL) return null;
        const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
        return { redis, cache: new RedisPersistedQueryCache(redis, `${config.REDIS_KEY_PREFIX}apq:`) };
      },
    },
    PersistedQueriesShutdown,
  ],
  exports: [PERSISTED_QUERIES],
})
class PersistedQueriesModule {}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [PersistedQueriesModule],
      inject: [CanopyConfig, PERSISTED_QUERIES],
      useFactory: (config: CanopyConfig, persisted: { cache: RedisPersistedQueryCache } | null) => ({
        path: '/graphql',
        autoSchemaFile: config.CANOPY_SCHEMA_FILE ? join(process.cwd(), config.CANOPY_SCHEMA_FILE) : true,
        sortSchema: true,
        playground: false,
        introspection: !config.production,
        includeStacktraceInErrorResponses: config.development,
        parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
        validationRules: queryLimitRules(),
        plugins: [queryLimitsPlugin()],
        persistedQueries: { ttl: 24 * 3600, ...(persisted ? { cache: persisted.cache } : {}) },
        context: graphqlContext,
        subscriptions: { 'graphql-ws': graphqlWsOptions(config) },
        // Guards and interceptors on fields too: private fields answer null to those who may not read them.
        fieldResolverEnhancers: ['guards', 'interceptors'],
        formatError: (formatted, error) =>
          formatGraphQLError(withLimitCode(formatted, error), !config.development),
      }),
    }),
  ],
  providers: [
    { provide: APP_PIPE, useFactory: canopyValidationPipe },
    { provide: APP_FILTER, useClass: GraphQLErrorPassThrough },
  ],
})
export class GraphqlApiModule {}
