import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { Cluster, startCluster } from './testing/instances';

const root = new URL('../../../', import.meta.url).pathname;
const schema = buildSchema(readFileSync(`${root}apps/api/schema.graphql`, 'utf8'));

/** Codes a hostile request may get back: each says what was wrong, none is a fault of the server. */
const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'BATCHING_NOT_SUPPORTED',
]);

/**
 * What must never reach a client: a stack frame ("at fn (/app/main.js:1:2)"), SQL in capitals as a
 * driver prints it, driver or ORM names. Case matters: published narratives may "select" or "violate".
 */
const LEAKS =
  /\bat (?:[\w$.<>\[\] ]+ )?\(?(?:\/|file:|node:)[^\s"()]*:\d+:\d+|node_modules|QueryFailedError|TypeORM|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|duplicate key value|violates (?:unique|foreign key|not-null|check) constraint|syntax error at or near/;

/** Strings that break naive code: control and bidi characters, lone surrogates, huge and empty ones. */
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e\u2066evil',
    '\ud800',
    '𝕮𝖆𝖓𝖔𝖕𝖞',
    '%00',
    '${}',
    "'; DROP TABLE votes; --",
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);
const anyJson = fc.oneof(
  oddString,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 4 }),
);

/** One of the items, chosen by index: fast-check compares a generator's arguments, and schema objects are cyclic. */
function pick<T>(g: fc.GeneratorValue, items: readonly T[]): T {
  return items[g(fc.integer, { min: 0, max: items.length - 1 })];
}

/** A GraphQL literal for an argument: often of the right type, sometimes of any other. */
function literal(g: fc.GeneratorValue, type: GraphQLInputType, depth = 0): string {
  if (g(fc.integer, { min: 0, max: 9 }) === 0) {
    return g(
      fc.constantFrom,
      'null',
      '"wrong"',
      '12',
      '-1e400',
      'true',
      '[1, 2]',
      '{ nope: 1 }',
      'ENUM_THING',
      '$undeclared',
    );
  }
  if (isNonNullType(type)) return literal(g, type.ofType, depth);
  if (isListType(type)) {
    const items = g(fc.integer, { min: 0, max: 3 });
    return `[${Array.from({ length: items }, () => literal(g, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return pick(g, type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => g(fc.boolean));
    return `{ ${fields.map((field) => `${field.name}: ${literal(g, field.type, depth + 1)}`).join(', ')} }`;
  }
  switch ((type as GraphQLNamedType).name) {
    case 'Int':
      return String(g(() => fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer())));
    case 'Float':
      return String(g(fc.double, { noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return String(g(fc.boolean));
    case 'ID':
      return JSON.stringify(g(() => fc.oneof(fc.uuid(), oddString)));
    default:
      return JSON.stringify(g(() => oddString));
  }
}

/** A selection of real fields (and sometimes unknown ones), as deep as chance takes it. */
function selection(g: fc.GeneratorValue, type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type) || depth > 16) return '';
  const fields = Object.values(type.getFields());
  const count = g(fc.integer, { min: 1, max: 4 });
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (g(fc.integer, { min: 0, max: 12 }) === 0) {
      parts.push(g(fc.constantFrom, 'unknownField', '__typename', 'password', 'email { x }'));
      continue;
    }
    const field: GraphQLField<unknown, unknown> = pick(g, fields);
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || g(fc.boolean))
      .map((arg) => `${arg.name}: ${literal(g, arg.type)}`);
    const alias = g(fc.integer, { min: 0, max: 8 }) === 0 ? `a${i}: ` : '';
    const named = getNamedType(field.type);
    const inner =
      isScalarType(named) || isEnumType(named) ? '' : `{ ${selection(g, named, depth + 1) || '__typename'} }`;
    parts.push(`${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''} ${inner}`);
  }
  return parts.join(' ');
}

/** One request body: a schema-shaped operation, a mangled one, or no GraphQL at all. */
const request = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.gen().map((g) => {
      const mutation = g(fc.boolean);
      const type = (mutation ? schema.getMutationType() : schema.getQueryType()) as GraphQLNamedType;
      const body = selection(g, type, 0);
      return {
        query: `${mutation ? 'mutation' : 'query'} { ${body} }`,
        variables: g(() => fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 })),
      };
    }),
  },
  { weight: 2, arbitrary: fc.record({ query: oddString, variables: anyJson }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc
      .nat(40)
      .map((n) => ({ query: `{ ${'assemblies { edges { node { editions { assembly { '.repeat(n)} } }` })),
  },
);

function rssMegabytes(pid: number): number {
  return (
    Number(
      execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
        .toString()
        .trim(),
    ) / 1024
  );
}

/**
 * Thousands of generated requests (wrong types, huge strings, odd unicode, deep nesting, unknown
 * fields, not GraphQL at all) against a production instance: none gets a 500, each gets a clear error
 * code (or data), nothing internal leaks, the process stays up and its memory bounded.
 */
describe('GraphQL fuzzing', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster(1);
  });

  afterAll(() => cluster?.close());

  it('answers every generated request with data or a clear error, and stays up with bounded memory', async () => {
    const [api] = cluster.instances;
    const pid = api.process.pid as number;
    const before = rssMegabytes(pid);
    let sent = 0;
    /** Throws a short message: the request that failed and what was wrong with the answer. */
    const check = (condition: boolean, what: string, text: string) => {
      if (!condition) throw new Error(`${what}: ${text.slice(0, 600)}`);
    };
    const result = await fc.check(
      fc.asyncProperty(request, async (body) => {
        sent += 1;
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${sent % 250}` },
          body: JSON.stringify(body),
        });
        const text = await response.text();
        check(response.status < 500, `status ${response.status}`, text);
        check(!LEAKS.test(text), 'internals in the answer', text);
        const answer = JSON.parse(text) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        check(answer.data !== undefined || answer.errors !== undefined, 'neither data nor errors', text);
        for (const error of answer.errors ?? []) {
          check(EXPECTED_CODES.has(String(error.extensions?.code)), `code ${error.extensions?.code}`, text);
          check(typeof error.message === 'string' && error.message.length > 0, 'no message', text);
        }
      }),
      { numRuns: 3_000, seed: 20261207, endOnFailure: true },
    );
    if (result.failed) {
      const request = JSON.stringify(result.counterexample).slice(0, 1_500);
      throw new Error(`${String(result.errorInstance).slice(0, 1_000)}\nrequest: ${request}`);
    }
    expect(sent).toBe(3_000);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const growth = rssMegabytes(pid) - before;
    expect(growth).toBeLessThan(300);
  });
});
