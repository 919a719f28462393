import type { ObservableQuery } from '@apollo/client';
import type { AssemblyRolesQuery } from '../graphql/generated';

export type RolesAssembly = NonNullable<AssemblyRolesQuery['assembly']>;

export type AssemblyRolesView =
  | { readonly status: 'idle' | 'loading' | 'error' | 'not-found' }
  /** The API hides the appointments from whoever may not manage them. */
  | { readonly status: 'forbidden' }
  | {
      readonly status: 'ready';
      readonly assembly: RolesAssembly & { readonly roleGrants: NonNullable<RolesAssembly['roleGrants']> };
    };

export function toAssemblyRolesView(
  result: ObservableQuery.Result<AssemblyRolesQuery> | undefined,
  selected: boolean,
): AssemblyRolesView {
  if (!selected) return { status: 'idle' };
  if (!result) return { status: 'loading' };
  if (result.dataState !== 'complete') return result.error ? { status: 'error' } : { status: 'loading' };
  const assembly = result.data.assembly;
  if (!assembly) return { status: 'not-found' };
  const roleGrants = assembly.roleGrants;
  return roleGrants ? { status: 'ready', assembly: { ...assembly, roleGrants } } : { status: 'forbidden' };
}
