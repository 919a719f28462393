import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import {
  DocumentNode,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { QUERY_LIMITS, queryLimitRules } from './graphql-limits';
import type { CanopyConfig } from '../config/canopy-config';
import { formatGraphQLError } from './graphql-errors-format';

/** The graphql-ws connection context, as the server hands it to the context and hook functions. */
export interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request: IncomingMessage; socket: unknown; subscriptions?: number };
}

export function isSocketContext(given: unknown): given is SocketContext {
  return typeof given === 'object' && given !== null && 'extra' in given && 'connectionParams' in given;
}

/** Subscriptions a single socket may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 25;

/**
 * The request a subscription acts as: a browser cannot set headers on a WebSocket, so the access token
 * comes in the connection parameters (`{ authorization: 'Bearer …' }`) and is checked like a header.
 */
export function socketRequest(context: SocketContext): Request {
  const request = context.extra.request;
  const authorization = context.connectionParams?.['authorization'];
  return {
    headers: {
      ...request.headers,
      authorization: typeof authorization === 'string' ? authorization : undefined,
    },
    ip: request.socket.remoteAddress,
  } as unknown as Request;
}

/**
 * graphql-ws on the HTTP server's `/graphql`: subscriptions only (queries and mutations go over HTTP,
 * where CSRF prevention, body limits and cookies apply), a bounded number per socket, and errors shaped
 * as over HTTP.
 */
export function graphqlWsOptions(config: CanopyConfig): GraphQLWsSubscriptionsConfig {
  const options = {
    path: '/graphql',
    connectionInitWaitTimeout: 10_000,
    // The same limits as over HTTP: depth and aliases here, tokens when the socket's message is parsed.
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, [...specifiedRules, ...queryLimitRules()]).map((error) =>
        error.extensions['code']
          ? error
          : new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
      ),
    onConnect: (context: SocketContext) => {
      const params = context.connectionParams;
      if (params !== undefined && (typeof params !== 'object' || Array.isArray(params))) return false;
      context.extra.subscriptions = 0;
      return true;
    },
    onSubscribe: (context: SocketContext, _id: string, payload: { query?: unknown }) => {
      let operation;
      try {
        operation = getOperationAST(
          parse(String(payload.query ?? ''), { maxTokens: QUERY_LIMITS.maxTokens }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : 'The document could not be parsed';
        return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      }
      if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
        return [
          new GraphQLError('Only subscriptions go over the socket; send queries and mutations over HTTP', {
            extensions: { code: 'BAD_REQUEST' },
          }),
        ];
      }
      if ((context.extra.subscriptions ?? 0) >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
        return [
          new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection`, {
            extensions: { code: 'TOO_MANY_REQUESTS' },
          }),
        ];
      }
      context.extra.subscriptions = (context.extra.subscriptions ?? 0) + 1;
      return undefined;
    },
    onComplete: (context: SocketContext) => {
      context.extra.subscriptions = Math.max(0, (context.extra.subscriptions ?? 1) - 1);
    },
    onNext: (
      _context: SocketContext,
      _id: string,
      _payload: unknown,
      _args: unknown,
      result: { errors?: readonly GraphQLError[]; data?: unknown },
    ) =>
      result.errors
        ? {
            ...result,
            errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), !config.development)),
          }
        : undefined,
    onError: (_context: SocketContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((error) => formatGraphQLError(error.toJSON(), !config.development)),
  };
  // Nest's type names only some of graphql-ws's hooks; it hands the server every one it is given.
  return options as unknown as GraphQLWsSubscriptionsConfig;
}
