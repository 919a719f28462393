import type { ObservableQuery } from '@apollo/client';
import type { AccountQuery } from '../graphql/generated';

export type AccountDetails = NonNullable<AccountQuery['me']>;

export type AccountView =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'signed-out' }
  | { readonly status: 'ready'; readonly account: AccountDetails };

export function toAccountView(result: ObservableQuery.Result<AccountQuery> | undefined): AccountView {
  if (!result) return { status: 'loading' };
  if (result.dataState === 'complete') {
    const account = result.data.me;
    return account ? { status: 'ready', account } : { status: 'signed-out' };
  }
  return result.error ? { status: 'error' } : { status: 'loading' };
}
