import {
  buildSchema,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
} from 'graphql';
import { QUERY_LIMITS, queryCost, queryLimitRules } from '@canopy/api/core';
import { webOperations } from './testing/web-documents';

const root = new URL('../../../', import.meta.url).pathname;

/** A value of the type, with every required field filled; pages at their largest. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  if (['first', 'last'].includes(name)) return 100;
  const scalars: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTime: '2026-01-01T00:00:00.000Z',
  };
  return scalars[type.name] ?? 'x';
}

function variablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
      return [definition.variable.name.value, sample(type, definition.variable.name.value)];
    }),
  );
}

describe('query limits', () => {
  it('leave room for every document of the web app, with its largest pages', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = buildSchema(readFileSync(`${root}apps/api/schema.graphql`, 'utf8'));
    const operations = webOperations(root);
    expect(operations.length).toBeGreaterThan(50);
    for (const { name, source } of operations) {
      const document = parse(source, { maxTokens: QUERY_LIMITS.maxTokens });
      const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
      expect({ name, errors: errors.map((error) => error.message) }).toEqual({ name, errors: [] });
      const largestPages = variablesOf(schema, document.definitions[0] as OperationDefinitionNode);
      const cost = queryCost(schema, document, largestPages, name);
      expect({ name, fits: cost <= QUERY_LIMITS.maxCost / 2 ? 'with room' : cost }).toEqual({
        name,
        fits: 'with room',
      });
    }
  });

  it('name what was exceeded: depth, aliases or cost', () => {
    const schema = buildSchema(`type Query { node(id: ID): Node, nodes(first: Int): [Node] }
      type Node { id: ID, child: Node, children(first: Int): [Node] }`);
    const deep = parse(
      `{ node { ${'child { '.repeat(QUERY_LIMITS.maxDepth)} id ${'}'.repeat(QUERY_LIMITS.maxDepth)} } }`,
    );
    const [depthError] = validate(schema, deep, queryLimitRules());
    expect(depthError.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: QUERY_LIMITS.maxDepth });
    const aliases = parse(
      `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node { id }`).join(' ')} }`,
    );
    const [aliasError] = validate(schema, aliases, queryLimitRules());
    expect(aliasError.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES' });
    const wide = parse(`{ nodes(first: 100) { children(first: 100) { children(first: 100) { id } } } }`);
    expect(queryCost(schema, wide)).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(queryCost(schema, parse(`{ nodes(first: 10) { id } }`))).toBe(11);
    expect(() =>
      parse(`{ ${'id '.repeat(QUERY_LIMITS.maxTokens)} }`, { maxTokens: QUERY_LIMITS.maxTokens }),
    ).toThrow(/tokens/);
  });
});
