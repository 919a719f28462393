import { NetworkStatus, type ObservableQuery } from '@apollo/client';
import { toQueryView } from './query-view';

type Data = { proposal: { id: string } | null };
type Result = ObservableQuery.Result<Data>;

const complete = (data: Data) =>
  ({
    data,
    dataState: 'complete',
    loading: false,
    networkStatus: NetworkStatus.ready,
    partial: false,
  }) as Result;

describe('toQueryView', () => {
  it('is ready with what it picks, and not found when that is missing', () => {
    expect(toQueryView(complete({ proposal: { id: 'p' } }), (data) => data.proposal)).toEqual({
      status: 'ready',
      data: { id: 'p' },
    });
    expect(toQueryView(complete({ proposal: null }), (data) => data.proposal).status).toBe('not-found');
  });

  it('tells loading from failing', () => {
    expect(toQueryView(undefined as Result | undefined, (data) => data.proposal).status).toBe('loading');
    const failed = {
      data: undefined,
      dataState: 'empty',
      loading: false,
      networkStatus: NetworkStatus.error,
      partial: true,
      error: new Error('offline'),
    } as Result;
    expect(toQueryView(failed, (data) => data.proposal).status).toBe('error');
  });
});
