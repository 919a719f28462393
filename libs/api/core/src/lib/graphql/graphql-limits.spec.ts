import type { GraphQLRequestContextExecutionDidStart, GraphQLRequestListener } from '@apollo/server';
import { queryLimitsPlugin } from './graphql-limits';

describe('queryLimitsPlugin', () => {
  it('stops resolving fields once a request has run past its time', async () => {
    const plugin = queryLimitsPlugin(20);
    const request = (await plugin.requestDidStart?.({} as never)) as GraphQLRequestListener<object>;
    const execution = await request.executionDidStart?.({} as GraphQLRequestContextExecutionDidStart<object>);
    const resolve = () => execution?.willResolveField?.({} as never);
    expect(resolve).not.toThrow();
    await new Promise((done) => setTimeout(done, 40));
    expect(resolve).toThrow(expect.objectContaining({ extensions: { code: 'EXECUTION_TIMEOUT' } }));
  });
});
