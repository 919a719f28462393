import type { ObservableQuery } from '@apollo/client';
import type { MyOrganizationsQuery } from '../graphql/generated';

export type Membership = MyOrganizationsQuery['myOrganizations'][number];

export type MyOrganizationsView =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'empty' }
  | { readonly status: 'ready'; readonly memberships: readonly Membership[] };

/** The person's organizations by name, as the API may list them in any order. */
export function toMyOrganizationsView(
  result: ObservableQuery.Result<MyOrganizationsQuery> | undefined,
  locale: string,
): MyOrganizationsView {
  if (!result) return { status: 'loading' };
  if (result.dataState !== 'complete') return result.error ? { status: 'error' } : { status: 'loading' };
  const memberships = result.data.myOrganizations;
  if (memberships.length === 0) return { status: 'empty' };
  const collator = new Intl.Collator(locale);
  return {
    status: 'ready',
    memberships: [...memberships].sort((a, b) => collator.compare(a.organization.name, b.organization.name)),
  };
}
