import { NetworkStatus, type ObservableQuery } from '@apollo/client';
import type { AssembliesQuery } from '../graphql/generated';
import { toAssembliesView } from './assemblies-view';

type Result = ObservableQuery.Result<AssembliesQuery>;

const connection = (count: number): AssembliesQuery['assemblies'] => ({
  totalCount: count,
  pageInfo: { endCursor: null, hasNextPage: false },
  edges: Array.from({ length: count }, (_, index) => ({
    cursor: String(index),
    node: {
      id: `a-${index}`,
      name: `Assembly ${index}`,
      kind: 'NATIONAL',
      jurisdiction: {
        id: 'th',
        name: 'Thailand',
        level: 'COUNTRY',
        country: { id: 'th', name: 'Thailand', iso2: 'TH' },
      },
      latestEdition: null,
    },
  })),
});

const complete = (assemblies: AssembliesQuery['assemblies'], networkStatus = NetworkStatus.ready) =>
  ({ data: { assemblies }, dataState: 'complete', loading: false, networkStatus, partial: false }) as Result;

const empty = (error?: Error) =>
  ({
    data: undefined,
    dataState: 'empty',
    loading: !error,
    networkStatus: error ? NetworkStatus.error : NetworkStatus.loading,
    partial: true,
    error,
  }) as Result;

describe('toAssembliesView', () => {
  it('is loading until the first page arrives', () => {
    expect(toAssembliesView(undefined).status).toBe('loading');
    expect(toAssembliesView(empty()).status).toBe('loading');
  });

  it('shows an error only when there is nothing to show', () => {
    expect(toAssembliesView(empty(new Error('offline'))).status).toBe('error');
  });

  it('tells an empty list apart from a list', () => {
    expect(toAssembliesView(complete(connection(0)))).toEqual({ status: 'empty', totalCount: 0 });
    expect(toAssembliesView(complete(connection(2)))).toMatchObject({ status: 'ready', loadingMore: false });
  });

  it('keeps the list on screen while the next page loads', () => {
    expect(toAssembliesView(complete(connection(2), NetworkStatus.fetchMore))).toMatchObject({
      status: 'ready',
      loadingMore: true,
    });
  });
});
