import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { CanopyConfig } from '../config/canopy-config';
import { rootLogger } from '../logging/logger';
import { GraphQLContext, LoaderRegistry } from './graphql-context';
import { GraphQLErrorPassThrough } from './graphql-error.filter';
import { canopyValidationPipe } from './validation';

const log = rootLogger.child({ module: 'graphql' });

/** Codes a client is meant to read; anything else is an internal fault and says nothing more outside development. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  production: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: production ? extensions : formatted.extensions };
  }
  log.error({ error: formatted }, 'unexpected GraphQL error');
  if (!production) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [CanopyConfig],
      useFactory: (config: CanopyConfig) => ({
        path: '/graphql',
        autoSchemaFile: config.CANOPY_SCHEMA_FILE ? join(process.cwd(), config.CANOPY_SCHEMA_FILE) : true,
        sortSchema: true,
        playground: false,
        introspection: !config.production,
        includeStacktraceInErrorResponses: !config.production,
        context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({
          req,
          res,
          loaders: new LoaderRegistry(),
        }),
        // Guards and interceptors on fields too: private fields answer null to those who may not read them.
        fieldResolverEnhancers: ['guards', 'interceptors'],
        formatError: (formatted) => formatGraphQLError(formatted, config.production),
      }),
    }),
  ],
  providers: [
    { provide: APP_PIPE, useFactory: canopyValidationPipe },
    { provide: APP_FILTER, useClass: GraphQLErrorPassThrough },
  ],
})
export class GraphqlApiModule {}
