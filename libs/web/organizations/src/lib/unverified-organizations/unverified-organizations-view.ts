import type { ObservableQuery } from '@apollo/client';
import { NetworkStatus } from '@apollo/client';
import type { UnverifiedOrganizationsQuery } from '../graphql/generated';

export type OrganizationConnection = UnverifiedOrganizationsQuery['organizations'];

export type UnverifiedOrganizationsView =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'empty' }
  | { readonly status: 'ready'; readonly connection: OrganizationConnection; readonly loadingMore: boolean };

export function toUnverifiedOrganizationsView(
  result: ObservableQuery.Result<UnverifiedOrganizationsQuery> | undefined,
): UnverifiedOrganizationsView {
  if (!result) return { status: 'loading' };
  const connection = result.dataState === 'complete' ? result.data.organizations : undefined;
  if (!connection) return result.error ? { status: 'error' } : { status: 'loading' };
  if (connection.edges.length === 0) return { status: 'empty' };
  return { status: 'ready', connection, loadingMore: result.networkStatus === NetworkStatus.fetchMore };
}
