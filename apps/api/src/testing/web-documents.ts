import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, OperationDefinitionNode, parse } from 'graphql';

/** Every operation the web app sends, with its fragments, as codegen reads them. */
export function webOperations(root: string): { name: string; source: string }[] {
  const files = (readdirSync(join(root, 'libs/web'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(join(root, 'libs/web', file), 'utf8'));
  const definitions = files.flatMap((file) => parse(file).definitions);
  const text = (node: { loc?: { start: number; end: number; source: { body: string } } }) =>
    node.loc ? node.loc.source.body.slice(node.loc.start, node.loc.end) : '';
  const fragments = new Map(
    definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? [[definition.name.value, text(definition)] as const]
        : [],
    ),
  );
  return definitions
    .filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => {
      const used = new Map<string, string>();
      const walk = (body: string) =>
        [...body.matchAll(/\.\.\.(\w+)/g)].forEach(([, name]) => {
          const fragment = fragments.get(name);
          if (!fragment || used.has(name)) return;
          used.set(name, fragment);
          walk(fragment);
        });
      walk(text(operation));
      return {
        name: operation.name?.value ?? '(anonymous)',
        source: [text(operation), ...used.values()].join('\n'),
      };
    });
}
