import { NetworkStatus, type ObservableQuery } from '@apollo/client';
import type { AssemblyRolesQuery } from '../graphql/generated';
import { toAssemblyRolesView } from './assembly-roles-view';

type Result = ObservableQuery.Result<AssemblyRolesQuery>;

const complete = (assembly: AssemblyRolesQuery['assembly']) =>
  ({
    data: { assembly },
    dataState: 'complete',
    loading: false,
    networkStatus: NetworkStatus.ready,
    partial: false,
  }) as Result;

const assembly = {
  id: 'a1',
  name: 'National Health Assembly',
  votingLevel: 'EMAIL_VERIFIED' as const,
  roleGrants: [],
};

describe('toAssemblyRolesView', () => {
  it('waits for an assembly to be chosen', () => {
    expect(toAssemblyRolesView(undefined, false).status).toBe('idle');
    expect(toAssemblyRolesView(undefined, true).status).toBe('loading');
  });

  it('shows the appointments the API lets the person manage', () => {
    expect(toAssemblyRolesView(complete(assembly), true)).toEqual({ status: 'ready', assembly });
  });

  it('reads hidden appointments as not allowed', () => {
    expect(toAssemblyRolesView(complete({ ...assembly, roleGrants: null }), true).status).toBe('forbidden');
    expect(toAssemblyRolesView(complete(null), true).status).toBe('not-found');
  });
});
