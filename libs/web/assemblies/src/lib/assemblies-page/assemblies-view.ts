import type { ObservableQuery } from '@apollo/client';
import { NetworkStatus } from '@apollo/client';
import type { AssembliesQuery } from '../graphql/generated';

export type AssemblyConnection = AssembliesQuery['assemblies'];

/** What the assemblies list shows, derived from the latest query result. */
export type AssembliesView =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'empty'; readonly totalCount: number }
  | { readonly status: 'ready'; readonly connection: AssemblyConnection; readonly loadingMore: boolean };

export function toAssembliesView(
  result: ObservableQuery.Result<AssembliesQuery> | undefined,
): AssembliesView {
  if (!result) return { status: 'loading' };
  const connection = result.dataState === 'complete' ? result.data.assemblies : undefined;
  if (!connection) return result.error ? { status: 'error' } : { status: 'loading' };
  if (connection.edges.length === 0) return { status: 'empty', totalCount: connection.totalCount };
  return { status: 'ready', connection, loadingMore: result.networkStatus === NetworkStatus.fetchMore };
}
