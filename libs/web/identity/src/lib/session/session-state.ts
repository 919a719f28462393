import type { SessionPayloadFragment, SessionUserFragment } from './graphql/generated';

export type SessionUser = SessionUserFragment;

/** Where a visit stands: finding out (the cookie is being tried), signed out, or signed in. */
export type SessionState =
  | { readonly status: 'restoring' }
  | { readonly status: 'signed-out' }
  | {
      readonly status: 'signed-in';
      readonly accessToken: string;
      /** Epoch milliseconds. */
      readonly expiresAt: number;
      readonly user: SessionUser;
    };

export type SignedInState = Extract<SessionState, { readonly status: 'signed-in' }>;

export function signedInState(payload: SessionPayloadFragment): SignedInState {
  const expiresAt = Date.parse(payload.accessTokenExpiresAt);
  return {
    status: 'signed-in',
    accessToken: payload.accessToken,
    expiresAt: Number.isNaN(expiresAt) ? Date.now() : expiresAt,
    user: payload.user,
  };
}

/** Renew this long before the access token runs out, so no request goes out with a stale one. */
export const RENEW_AHEAD_MS = 60_000;
/** Never renew more often than this, whatever the clocks say. */
export const MIN_RENEW_DELAY_MS = 5_000;

/** How long to wait before renewing a token that runs out at `expiresAt`. */
export function renewDelay(expiresAt: number, now: number): number {
  return Math.max(MIN_RENEW_DELAY_MS, expiresAt - now - RENEW_AHEAD_MS);
}

/** A token this close to its end (or past it) is renewed before it is sent. */
export function isStale(expiresAt: number, now: number): boolean {
  return expiresAt - now <= RENEW_AHEAD_MS / 4;
}
