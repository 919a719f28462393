import { createHash } from 'node:crypto';
import { QUERY_LIMITS } from '@canopy/api/core';
import { startTestApp, TestApp } from './testing/test-app';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * GraphQL over HTTP as the specification and Canopy's limits say: status codes and content types for
 * GET and POST, queries only over GET, one clear error code per limit (depth, aliases, cost, tokens,
 * body size, batches), automatic persisted queries, CORS from configuration and no internals in errors.
 */
describe('GraphQL over HTTP', () => {
  let api: TestApp;
  const endpoint = () => `${api.url}/graphql`;
  const postJson = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const codeOf = async (response: Response) =>
    ((await response.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
      ?.code;

  beforeAll(async () => {
    api = await startTestApp({ env: { CANOPY_CORS_ORIGINS: 'https://app.canopy.example' } });
  });

  afterAll(() => api?.close());

  it('answers a POSTed query with the media type the client accepts', async () => {
    const plain = await postJson({ query: '{ __typename }' });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toMatch(/^application\/json/);
    const spec = await postJson({ query: '{ __typename }' }, { accept: GRAPHQL_RESPONSE });
    expect(spec.status).toBe(200);
    expect(spec.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await spec.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 400 for a document that does not parse or validate, and no stack trace outside development', async () => {
    const invalid = await postJson({ query: '{ nothingHere }' }, { accept: GRAPHQL_RESPONSE });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
    const unparsable = await postJson({ query: '{ assemblies(' }, { accept: GRAPHQL_RESPONSE });
    expect(unparsable.status).toBe(400);
    expect(await codeOf(unparsable)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('runs queries over GET, never mutations, and refuses simple requests a page elsewhere could forge', async () => {
    const url = `${endpoint()}?query=${encodeURIComponent('{ __typename }')}`;
    const get = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const mutation = await fetch(`${endpoint()}?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
    const forged = await fetch(url);
    expect(forged.status).toBe(400);
    const text = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(text.status).toBe(400);
  });

  it('names the limit a request goes past: depth, aliases, cost, tokens, body size, batches', async () => {
    const nested = 'editions { assembly { '.repeat(8);
    const deep = `{ assemblies { edges { node { ${nested} id ${'} } '.repeat(8)} } } } }`;
    const tooDeep = await postJson({ query: deep });
    expect(tooDeep.status).toBe(400);
    expect(await codeOf(tooDeep)).toBe('QUERY_TOO_DEEP');

    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: jurisdictions(first: 1) { totalCount }`,
    ).join(' ');
    expect(await codeOf(await postJson({ query: `{ ${aliases} }` }))).toBe('TOO_MANY_ALIASES');

    const costly = `query ($n: Int!) { assemblies(first: $n) { edges { node { editions {
      constituencies(first: $n) { edges { node { id organization { id name } } } } } } } } }`;
    const tooCostly = await postJson({ query: costly, variables: { n: 100 } });
    expect(tooCostly.status).toBe(400);
    const refusal = (await tooCostly.json()) as { errors: { extensions: Record<string, number | string> }[] };
    expect(refusal.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: QUERY_LIMITS.maxCost,
    });
    // The same document with small pages is within the limit.
    expect((await postJson({ query: costly, variables: { n: 5 } })).status).toBe(200);

    const tokens = `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`;
    expect(await codeOf(await postJson({ query: tokens }))).toBe('GRAPHQL_PARSE_FAILED');

    const huge = await postJson({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
    expect(await codeOf(huge)).toBe('PAYLOAD_TOO_LARGE');

    const batch = await postJson([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(await codeOf(batch)).toBe('BATCHING_NOT_SUPPORTED');

    const broken = await postJson('{"query": ');
    expect(broken.status).toBe(400);
    expect(await codeOf(broken)).toBe('BAD_REQUEST');
  });

  it('takes a query by its hash once it has been sent in full (automatic persisted queries)', async () => {
    const query = '{ jurisdictions(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect(await codeOf(await postJson({ extensions }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await postJson({ query, extensions });
    expect(registered.status).toBe(200);
    const byHash = await fetch(`${endpoint()}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toEqual(await (await postJson({ query })).json());
  });

  it('lets the configured origins call it from a browser, with credentials, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(endpoint(), {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight('https://app.canopy.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.canopy.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const response = await postJson({ query: '{ __typename }' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
