import { ApolloClient, ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom, of } from 'rxjs';
import { sessionLink, SessionTokens } from './session-link';

const unauthenticated = {
  errors: [{ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } }],
};
const created = { data: { createOrganization: { id: 'o1' } } };

/** A pretend API: answers in turn, and notes the Authorization header of each request. */
function api(...answers: ApolloLink.Result[]) {
  const sent: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    sent.push((operation.getContext()['headers'] as Record<string, string> | undefined)?.['Authorization']);
    return of(answers.shift() ?? created);
  });
  return { link, sent };
}

function run(link: ApolloLink, document = 'mutation CreateOrganization { createOrganization { id } }') {
  return firstValueFrom(ApolloLink.execute(link, { query: parse(document) }, { client: {} as ApolloClient }));
}

function session(
  token: string | null,
  renewed: string | null,
  restored: Promise<string | null> | null = null,
): SessionTokens & { renewals: number } {
  return {
    renewals: 0,
    validToken: async () => token,
    restored: () => restored,
    async renew() {
      this.renewals += 1;
      return renewed;
    },
  };
}

describe('sessionLink', () => {
  it('sends the access token while signed in, and nothing when signed out', async () => {
    const signedIn = api();
    await run(ApolloLink.from([sessionLink(() => session('t1', null)), signedIn.link]));
    expect(signedIn.sent).toEqual(['Bearer t1']);

    const signedOut = api();
    await run(ApolloLink.from([sessionLink(() => session(null, null)), signedOut.link]));
    expect(signedOut.sent).toEqual([undefined]);
  });

  it('renews an expired token once and sends the request again', async () => {
    const tokens = session('old', 'new');
    const server = api(unauthenticated, created);
    const result = await run(ApolloLink.from([sessionLink(() => tokens), server.link]));
    expect(server.sent).toEqual(['Bearer old', 'Bearer new']);
    expect(tokens.renewals).toBe(1);
    expect(result).toEqual(created);
  });

  it('gives the refusal back when the session cannot be renewed', async () => {
    const tokens = session('old', null);
    const server = api(unauthenticated);
    const result = await run(ApolloLink.from([sessionLink(() => tokens), server.link]));
    expect(server.sent).toEqual(['Bearer old']);
    expect(result).toEqual(unauthenticated);
  });

  it('asks a query sent while the session was being restored again, with the restored token', async () => {
    const server = api(
      { data: { assembly: { viewerRoles: [] } } },
      { data: { assembly: { viewerRoles: ['MODERATOR'] } } },
    );
    const result = await run(
      ApolloLink.from([sessionLink(() => session(null, null, Promise.resolve('restored'))), server.link]),
      'query Assembly { assembly { viewerRoles } }',
    );
    expect(server.sent).toEqual([undefined, 'Bearer restored']);
    expect(result).toEqual({ data: { assembly: { viewerRoles: ['MODERATOR'] } } });
  });

  it('keeps the first answer when restoring finds no session, and never sends a mutation twice', async () => {
    const anonymous = api();
    await run(
      ApolloLink.from([sessionLink(() => session(null, null, Promise.resolve(null))), anonymous.link]),
      'query Assemblies { assemblies { totalCount } }',
    );
    expect(anonymous.sent).toEqual([undefined]);

    const mutation = api();
    await run(
      ApolloLink.from([sessionLink(() => session(null, null, Promise.resolve('restored'))), mutation.link]),
    );
    expect(mutation.sent).toEqual([undefined]);
  });

  it('leaves signing in and renewing to themselves', async () => {
    const tokens = session('old', 'new');
    const server = api(unauthenticated);
    await run(
      ApolloLink.from([sessionLink(() => tokens), server.link]),
      'mutation RefreshSession { refreshSession { accessToken } }',
    );
    expect(server.sent).toEqual([undefined]);
    expect(tokens.renewals).toBe(0);
  });
});
