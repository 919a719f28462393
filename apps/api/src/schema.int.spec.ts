import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, TestApp } from './testing/test-app';

/** The web app's types are generated from the committed schema file, so it must be the API's real schema. */
describe('committed GraphQL schema', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api?.close());

  it('is the schema the API serves (regenerate: npm run schema)', () => {
    const withoutHeader = (sdl: string) =>
      sdl
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trim();
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    const served = printSchema(api.app.get(GraphQLSchemaHost).schema);
    expect(withoutHeader(committed)).toBe(withoutHeader(served));
  });
});
