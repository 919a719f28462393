import { isStale, renewDelay, signedInState } from './session-state';

const user = {
  id: 'u1',
  displayName: 'Somchai',
  email: 'somchai@example.org',
  verificationLevel: 'EMAIL_VERIFIED' as const,
  isPlatformAdmin: false,
};

const now = Date.parse('2026-01-01T10:00:00.000Z');

describe('session timing', () => {
  it('renews a minute before the access token runs out', () => {
    expect(renewDelay(now + 15 * 60_000, now)).toBe(14 * 60_000);
  });

  it('waits a little even when the token is about to run out or the clocks disagree', () => {
    expect(renewDelay(now + 30_000, now)).toBe(5_000);
    expect(renewDelay(now - 60_000, now)).toBe(5_000);
  });

  it('treats a token in its last seconds as stale', () => {
    expect(isStale(now + 10_000, now)).toBe(true);
    expect(isStale(now - 1, now)).toBe(true);
    expect(isStale(now + 5 * 60_000, now)).toBe(false);
  });
});

describe('signedInState', () => {
  it('keeps the token, its end and the person from a sign-in', () => {
    expect(
      signedInState({ accessToken: 't', accessTokenExpiresAt: '2026-01-01T10:15:00.000Z', user }),
    ).toEqual({ status: 'signed-in', accessToken: 't', expiresAt: now + 15 * 60_000, user });
  });
});
