import { isUnauthenticated } from './unauthenticated-result';

describe('isUnauthenticated', () => {
  it('recognises an answer refused for want of a valid session', () => {
    expect(
      isUnauthenticated({
        errors: [{ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ).toBe(true);
  });

  it('leaves other refusals and successful answers alone', () => {
    expect(isUnauthenticated({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] })).toBe(false);
    expect(isUnauthenticated({ data: { me: null } })).toBe(false);
  });
});
