import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// typescript-operations (v6) emits the schema enums and inputs the documents use, so the separate
// `typescript` plugin is left out: it would declare the same types a second time.
const plugins = ['typescript-operations', 'typed-document-node'];
const config = {
  enumType: 'string-literal',
  useTypeImports: true,
  scalars: { ID: 'string', DateTime: 'string' },
} as const;

const WEB = 'libs/web';

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => join(folder, file));
}

const everyFile = graphqlFiles(WEB);
const fragmentFile = new Map(
  everyFile.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bfragment\s+(\w+)\s+on\b/g)].map(([, name]) => [name, file]),
  ),
);

/** The files, and the files of every fragment they spread, wherever it is defined. */
function withFragments(files: readonly string[]): string[] {
  const found = new Set(files);
  const queue = [...files];
  for (let file = queue.pop(); file; file = queue.pop()) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/\.\.\.\s*(\w+)/g)) {
      const definition = fragmentFile.get(name);
      if (definition && !found.has(definition)) {
        found.add(definition);
        queue.push(definition);
      }
    }
  }
  return [...found];
}

// The session's own operations run on every page from the first render, so they get a file of their
// own. Every other library gets one for its documents: a page downloads its library's documents, not
// every page's. A fragment of another library (the consultation's, say) is copied into the files of
// the libraries that spread it.
const isSession = (file: string) => file.includes('/identity/src/lib/session/');
/** Operations a library runs from another's documents: "my organizations" for pickers and forms. */
const MY_ORGANIZATIONS =
  'libs/web/organizations/src/lib/my-organizations-page/my-organizations.query.graphql';
const borrowed: Record<string, string[]> = { agenda: [MY_ORGANIZATIONS], consultation: [MY_ORGANIZATIONS] };
const files: Record<string, string[]> = {
  'libs/web/identity/src/lib/session/graphql/generated.ts': everyFile.filter(isSession),
};
for (const library of readdirSync(WEB)) {
  const own = everyFile.filter((file) => file.startsWith(join(WEB, library, '/')) && !isSession(file));
  if (own.length)
    files[join(WEB, library, 'src/lib/graphql/generated.ts')] = [...own, ...(borrowed[library] ?? [])];
}

const codegen: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  generates: Object.fromEntries(
    Object.entries(files).map(([output, documents]) => [
      output,
      { documents: withFragments(documents).sort(), plugins, config },
    ]),
  ),
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default codegen;
