import { CombinedGraphQLErrors } from '@apollo/client';
import { isNotFoundError } from './is-not-found-error';

function graphqlError(code: string) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code } }] });
}

describe('isNotFoundError', () => {
  it('treats an unknown or unreadable id as not found', () => {
    expect(isNotFoundError(graphqlError('NOT_FOUND'))).toBe(true);
    expect(isNotFoundError(graphqlError('BAD_USER_INPUT'))).toBe(true);
  });

  it('treats server and network failures as errors', () => {
    expect(isNotFoundError(graphqlError('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isNotFoundError(new Error('offline'))).toBe(false);
    expect(isNotFoundError(undefined)).toBe(false);
  });
});
