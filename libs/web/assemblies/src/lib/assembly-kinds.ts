import type { AssemblyKind } from './graphql/generated';

/** In the order a reader meets them: the national body, the areas that feed it, the issues across. */
export const ASSEMBLY_KINDS: readonly AssemblyKind[] = ['NATIONAL', 'AREA', 'ISSUE'];

export function isAssemblyKind(value: string | null | undefined): value is AssemblyKind {
  return ASSEMBLY_KINDS.includes(value as AssemblyKind);
}
