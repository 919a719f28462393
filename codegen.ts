import type { CodegenConfig } from '@graphql-codegen/cli';

// typescript-operations (v6) emits the schema enums and inputs the documents use, so the separate
// `typescript` plugin is left out: it would declare the same types a second time.
const plugins = ['typescript-operations', 'typed-document-node'];
const config = {
  enumType: 'string-literal',
  useTypeImports: true,
  scalars: { ID: 'string', DateTime: 'string' },
} as const;

// The session's own operations run on every page from the first render, so they get a file of their
// own: the bundler splits by file, and the shared file would bring every page's documents along.
const sessionOperations = 'libs/web/identity/src/lib/session/*.mutation.graphql';
const sessionFragments = 'libs/web/identity/src/lib/session/*.fragment.graphql';

const codegen: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  generates: {
    'libs/web/core/src/lib/graphql/generated.ts': {
      documents: ['libs/web/**/*.graphql', `!${sessionOperations}`],
      plugins,
      config,
    },
    'libs/web/identity/src/lib/session/graphql/generated.ts': {
      documents: [sessionOperations, sessionFragments],
      plugins,
      config,
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default codegen;
