import { CombinedGraphQLErrors } from '@apollo/client';
import { failureMessage } from './failure-message';

function failed(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions }] });
}

describe('failureMessage', () => {
  it("prefers the form's own words for the code", () => {
    expect(failureMessage(failed({ code: 'UNAUTHENTICATED' }), 'login').keys).toEqual([
      'login.failures.UNAUTHENTICATED',
      'forms.failures.UNAUTHENTICATED',
      'forms.failures.unknown',
    ]);
  });

  it('points to the fields when the API named some', () => {
    const error = failed({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'is bad' }] });
    expect(failureMessage(error).keys[0]).toBe('forms.failures.fields');
  });

  it('carries the wait of a rate limit', () => {
    expect(failureMessage(failed({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 120 })).params).toEqual({
      retryAfterSeconds: 120,
    });
  });

  it('calls a failure without an answer a network failure', () => {
    expect(failureMessage(new Error('offline')).keys).toEqual([
      'forms.failures.NETWORK',
      'forms.failures.unknown',
    ]);
  });
});
