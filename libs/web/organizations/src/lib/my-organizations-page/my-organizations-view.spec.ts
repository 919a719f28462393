import { NetworkStatus, type ObservableQuery } from '@apollo/client';
import type { MyOrganizationsQuery } from '../graphql/generated';
import { toMyOrganizationsView } from './my-organizations-view';

type Result = ObservableQuery.Result<MyOrganizationsQuery>;

const membership = (name: string): MyOrganizationsQuery['myOrganizations'][number] => ({
  role: 'ADMIN',
  organization: {
    id: name,
    name,
    sector: 'CIVIL_SOCIETY',
    verified: false,
    memberCount: 1,
    jurisdiction: {
      id: 'th',
      name: 'Thailand',
      level: 'COUNTRY',
      country: { id: 'th', name: 'Thailand', iso2: 'TH' },
    },
  },
});

const complete = (myOrganizations: MyOrganizationsQuery['myOrganizations']) =>
  ({
    data: { myOrganizations },
    dataState: 'complete',
    loading: false,
    networkStatus: NetworkStatus.ready,
    partial: false,
  }) as Result;

describe('toMyOrganizationsView', () => {
  it('lists the organizations by name', () => {
    const view = toMyOrganizationsView(complete([membership('Zeta'), membership('Alpha')]), 'en');
    expect(view.status === 'ready' && view.memberships.map((item) => item.organization.name)).toEqual([
      'Alpha',
      'Zeta',
    ]);
  });

  it('tells having none apart from loading and failing', () => {
    expect(toMyOrganizationsView(complete([]), 'en').status).toBe('empty');
    expect(toMyOrganizationsView(undefined, 'en').status).toBe('loading');
    const failed = {
      data: undefined,
      dataState: 'empty',
      loading: false,
      networkStatus: NetworkStatus.error,
      partial: true,
      error: new Error('offline'),
    } as Result;
    expect(toMyOrganizationsView(failed, 'en').status).toBe('error');
  });
});
