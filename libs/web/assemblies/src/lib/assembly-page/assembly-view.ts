import type { ObservableQuery } from '@apollo/client';
import { isNotFoundError } from '@canopy/web/core';
import { type AssemblyQuery } from '../graphql/generated';

export type AssemblyDetails = NonNullable<AssemblyQuery['assembly']>;

export type AssemblyView =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly assembly: AssemblyDetails };

export function toAssemblyView(result: ObservableQuery.Result<AssemblyQuery> | undefined): AssemblyView {
  if (!result) return { status: 'loading' };
  if (result.dataState === 'complete') {
    const assembly = result.data.assembly;
    return assembly ? { status: 'ready', assembly } : { status: 'not-found' };
  }
  if (isNotFoundError(result.error)) return { status: 'not-found' };
  return result.error ? { status: 'error' } : { status: 'loading' };
}
