import type { ObservableQuery } from '@apollo/client';
import { isNotFoundError } from '@canopy/web/core';
import { type OrganizationQuery } from '../graphql/generated';

export type OrganizationDetails = NonNullable<OrganizationQuery['organization']>;

export type OrganizationView =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly organization: OrganizationDetails };

export function toOrganizationView(
  result: ObservableQuery.Result<OrganizationQuery> | undefined,
): OrganizationView {
  if (!result) return { status: 'loading' };
  if (result.dataState === 'complete') {
    const organization = result.data.organization;
    return organization ? { status: 'ready', organization } : { status: 'not-found' };
  }
  if (isNotFoundError(result.error)) return { status: 'not-found' };
  return result.error ? { status: 'error' } : { status: 'loading' };
}
