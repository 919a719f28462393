import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { CanopyConfig } from '../config/canopy-config';
import { GraphQLContext, LoaderRegistry } from './graphql-context';
import { graphqlWsOptions, isSocketContext, socketRequest } from './graphql-ws';
import { GraphQLErrorPassThrough } from './graphql-error.filter';
import { formatGraphQLError } from './graphql-errors-format';
import { canopyValidationPipe } from './validation';

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
        context: graphqlContext,
        subscriptions: { 'graphql-ws': graphqlWsOptions(config) },
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
