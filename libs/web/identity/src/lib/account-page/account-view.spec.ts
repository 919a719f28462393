import { NetworkStatus, type ObservableQuery } from '@apollo/client';
import type { AccountQuery } from '../graphql/generated';
import { toAccountView } from './account-view';

type Result = ObservableQuery.Result<AccountQuery>;

const me: NonNullable<AccountQuery['me']> = {
  id: 'u1',
  displayName: 'Amina',
  email: 'amina@example.org',
  verificationLevel: 'EMAIL_VERIFIED',
  isPlatformAdmin: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  demographics: null,
};

const complete = (data: AccountQuery) =>
  ({
    data,
    dataState: 'complete',
    loading: false,
    networkStatus: NetworkStatus.ready,
    partial: false,
  }) as Result;

describe('toAccountView', () => {
  it('shows the account once it has loaded', () => {
    expect(toAccountView(complete({ me }))).toEqual({ status: 'ready', account: me });
  });

  it('says so when the session ended meanwhile', () => {
    expect(toAccountView(complete({ me: null }))).toEqual({ status: 'signed-out' });
  });

  it('is loading, then failed, without data', () => {
    expect(toAccountView(undefined).status).toBe('loading');
    const failed = {
      data: undefined,
      dataState: 'empty',
      loading: false,
      networkStatus: NetworkStatus.error,
      partial: true,
      error: new Error('offline'),
    } as Result;
    expect(toAccountView(failed).status).toBe('error');
  });
});
