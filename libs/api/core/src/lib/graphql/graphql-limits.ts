import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLSchema,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * How much one GraphQL request may ask. Each limit answers with its own error code, so a client knows
 * which one it met. The web app's every document fits well within them (graphql-limits.spec.ts).
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in a document: bounds parsing before anything else runs. */
  maxTokens: 5_000,
  /**
   * Nesting of selections (fragments counted where they are spread). The web's deepest document, a
   * charter hearing's threads (charter, edition, hearing, comments, replies, their authors), nests 13.
   */
  maxDepth: 14,
  /** Aliased fields in one operation: aliases multiply the work of a field at no cost in depth. */
  maxAliases: 15,
  /**
   * Estimated cost: every field 1, a list's selection multiplied by its page size. The web's costliest
   * page (a champion's resolutions, 100 a page, with their commitments and progress) costs about 58,000.
   */
  maxCost: 150_000,
  /** What a list without a size argument is counted as (replies, paragraphs, counts per sector…). */
  assumedListSize: 10,
  /** Wall time a request may spend resolving fields; later fields answer EXECUTION_TIMEOUT. */
  executionMs: 10_000,
} as const;

/** The codes of the limits checked while validating a document. */
export const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES']);

function limitError(message: string, code: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

const report = (code: string, limit: number) => (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), code, { limit }));

/** Validation rules for depth and aliases, over HTTP and over the socket alike. */
export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: QUERY_LIMITS.maxDepth,
      propagateOnRejection: false,
      onReject: [report('QUERY_TOO_DEEP', QUERY_LIMITS.maxDepth)],
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: QUERY_LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: [report('TOO_MANY_ALIASES', QUERY_LIMITS.maxAliases)],
    }) as unknown as ValidationRule,
  ];
}

/**
 * Cost of a field: 1, plus its selection's cost times how many items it may return: `first` or `last`
 * for a page, an assumed size for a plain list. The edges and nodes of a page are already counted
 * through the page's size.
 */
const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const size = (value: unknown) => (typeof value === 'number' && value > 0 ? value : null);
  const page = size(args['first']) ?? size(args['last']);
  if (page) return 1 + childComplexity * page;
  const isList = getNullableType(field.type) instanceof GraphQLList;
  const insidePage = field.name === 'edges' || field.name === 'nodes';
  return 1 + childComplexity * (isList && !insidePage ? QUERY_LIMITS.assumedListSize : 1);
};

/** The estimated cost of an operation with its variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [pageAwareEstimator],
  });
}

/**
 * Refuses an operation whose estimated cost is over the limit before it runs, and stops resolving
 * fields once a request has run for too long (the database bounds each statement on its own).
 */
export function queryLimitsPlugin(executionMs: number = QUERY_LIMITS.executionMs): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + executionMs;
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            // Variables that do not fit the operation: execution refuses them with the field at fault.
            return;
          }
          if (cost > QUERY_LIMITS.maxCost) {
            throw limitError(
              `Query cost ${cost} is over the limit of ${QUERY_LIMITS.maxCost}: ask for smaller pages or fewer fields`,
              'QUERY_TOO_COMPLEX',
              { cost, limit: QUERY_LIMITS.maxCost },
            );
          }
        },
        async executionDidStart() {
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new GraphQLError(`The request ran longer than ${executionMs / 1000} s`, {
                  extensions: { code: 'EXECUTION_TIMEOUT' },
                });
              }
            },
          };
        },
      };
    },
  };
}
