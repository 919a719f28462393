import { CombinedGraphQLErrors } from '@apollo/client';
import { fieldProblems, graphqlErrorCodes, hasErrorCode, retryAfterSeconds } from './graphql-problems';

function failed(...errors: { message: string; extensions: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('fieldProblems', () => {
  it('names each refused input field as the form knows it', () => {
    const error = failed({
      message: 'Invalid input',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.email',
        fields: [
          { field: 'input.email', message: 'must be an e-mail address' },
          { field: 'input.password', message: 'must be at least 12 characters long' },
        ],
      },
    });
    expect(fieldProblems(error)).toEqual([
      { field: 'email', code: 'BAD_USER_INPUT', message: 'must be an e-mail address' },
      { field: 'password', code: 'BAD_USER_INPUT', message: 'must be at least 12 characters long' },
    ]);
  });

  it('reads a single named field, without repeating its name in the reason', () => {
    const error = failed({
      message: 'input.jurisdictionId does not exist',
      extensions: { code: 'NOT_FOUND', field: 'input.jurisdictionId' },
    });
    expect(fieldProblems(error)).toEqual([
      { field: 'jurisdictionId', code: 'NOT_FOUND', message: 'does not exist' },
    ]);
  });

  it('carries the reason code and figures of a conflict the API explains', () => {
    const error = failed({
      message: "input.proposalId cannot be submitted: the edition's proposal window is closed",
      extensions: {
        code: 'CONFLICT',
        field: 'input.proposalId',
        fields: [
          {
            field: 'input.proposalId',
            message: "cannot be submitted: the edition's proposal window is closed",
          },
        ],
        reason: 'PROPOSAL_WINDOW_NOT_OPEN',
        details: { window: 'CLOSED' },
      },
    });
    expect(fieldProblems(error)).toEqual([
      {
        field: 'proposalId',
        code: 'CONFLICT',
        message: "cannot be submitted: the edition's proposal window is closed",
        reason: 'PROPOSAL_WINDOW_NOT_OPEN',
        details: { window: 'CLOSED' },
      },
    ]);
  });

  it('keeps arguments outside an input as they are', () => {
    const error = failed({
      message: 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', message: 'is not valid' }] },
    });
    expect(fieldProblems(error)).toEqual([
      { field: 'token', code: 'BAD_USER_INPUT', message: 'is not valid' },
    ]);
  });

  it('finds no field in errors that name none, nor in network failures', () => {
    expect(fieldProblems(failed({ message: 'no', extensions: { code: 'FORBIDDEN' } }))).toEqual([]);
    expect(fieldProblems(new Error('offline'))).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});

describe('error codes', () => {
  it('lists the codes of a failed operation', () => {
    const error = failed(
      { message: 'a', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'b', extensions: { code: 'FORBIDDEN' } },
    );
    expect(graphqlErrorCodes(error)).toEqual(['UNAUTHENTICATED', 'FORBIDDEN']);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(true);
    expect(hasErrorCode(new Error('offline'), 'FORBIDDEN')).toBe(false);
  });
});

describe('retryAfterSeconds', () => {
  it('reads the wait the API asks for, in whole seconds', () => {
    const error = failed({
      message: 'slow down',
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 89.2 },
    });
    expect(retryAfterSeconds(error)).toBe(90);
  });

  it('assumes a minute when the API does not say', () => {
    expect(
      retryAfterSeconds(failed({ message: 'slow down', extensions: { code: 'TOO_MANY_REQUESTS' } })),
    ).toBe(60);
  });

  it('is null for any other failure', () => {
    expect(retryAfterSeconds(failed({ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }))).toBeNull();
    expect(retryAfterSeconds(new Error('offline'))).toBeNull();
  });
});
