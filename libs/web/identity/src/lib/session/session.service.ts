import { DestroyRef, computed, inject, Injectable, signal } from '@angular/core';
import { hasErrorCode, requireData } from '@canopy/web/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  LoginDocument,
  type LoginInput,
  LogoutDocument,
  LogoutEverywhereDocument,
  RefreshSessionDocument,
  type SessionPayloadFragment,
} from './graphql/generated';
import { isStale, renewDelay, type SessionState, signedInState, type SessionUser } from './session-state';

function sameUser(a: SessionUser, b: SessionUser): boolean {
  return (
    a.displayName === b.displayName &&
    a.email === b.email &&
    a.verificationLevel === b.verificationLevel &&
    a.isPlatformAdmin === b.isPlatformAdmin
  );
}

/** A renewal that failed for want of a network is tried again after this long. */
const RETRY_RENEW_MS = 30_000;

/**
 * The signed-in person and their access token. The token lives in memory only (never in storage a
 * script could read later); the refresh token is an httpOnly cookie the browser sends to /graphql, so a
 * reload restores the session through `refreshSession`.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly apollo = inject(Apollo);
  private readonly state = signal<SessionState>({ status: 'restoring' });
  private restoring?: Promise<string | null>;
  private renewing?: Promise<string | null>;
  private renewTimer?: ReturnType<typeof setTimeout>;

  readonly status = computed(() => this.state().status);
  readonly signedIn = computed(() => this.state().status === 'signed-in');
  readonly me = computed<SessionUser | null>(() => {
    const state = this.state();
    return state.status === 'signed-in' ? state.user : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.renewTimer));
  }

  /**
   * Tries the refresh cookie, once per visit. No cookie, or an ended session, quietly means signed out.
   * Pages already on screen are asked again once a session is found, so they show what this person may see.
   */
  async restore(): Promise<void> {
    this.restoring ??= this.refresh().then((token) => {
      if (this.state().status === 'restoring') this.state.set({ status: 'signed-out' });
      if (token) void this.apollo.client.refetchObservableQueries().catch(() => undefined);
      return token;
    });
    await this.restoring;
  }

  /** While the session is being restored, the token it ends with (null for none); null when it is not. */
  restored(): Promise<string | null> | null {
    return this.state().status === 'restoring' ? (this.restoring ?? null) : null;
  }

  /** The token to send now, renewed first when it is about to run out; null when signed out. */
  async validToken(): Promise<string | null> {
    const state = this.state();
    if (state.status !== 'signed-in') return null;
    return isStale(state.expiresAt, Date.now()) ? this.renew(state.accessToken) : state.accessToken;
  }

  /**
   * A fresh token in place of `stale`, through the refresh cookie, one renewal at a time. Null when the
   * session has ended (then the person is signed out).
   */
  renew(stale: string | null): Promise<string | null> {
    const state = this.state();
    if (state.status === 'signed-in' && state.accessToken !== stale)
      return Promise.resolve(state.accessToken);
    this.renewing ??= this.refresh().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  /** Signs in; a refusal (wrong credentials, too many tries, bad input) is thrown for the form to show. */
  async login(input: LoginInput): Promise<SessionUser> {
    const { login } = requireData(
      await firstValueFrom(this.apollo.mutate({ mutation: LoginDocument, variables: { input } })),
    );
    this.begin(login);
    // What was cached was what an anonymous visitor may see.
    await this.apollo.client.resetStore().catch(() => undefined);
    return login.user;
  }

  /** Takes over a session the API issued in another way (a password change ends the others). */
  adopt(payload: SessionPayloadFragment): void {
    this.begin(payload);
  }

  /** Keeps the toolbar in step after the person changed their name or verified their e-mail. */
  updateUser(user: SessionUser): void {
    const state = this.state();
    if (state.status !== 'signed-in' || state.user.id !== user.id || sameUser(state.user, user)) return;
    this.state.set({ ...state, user: { ...user } });
  }

  /** Ends this session. Signed out here even when the API cannot be reached. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
    } catch {
      // The refresh cookie may outlive a failed call; it is cleared on the next successful sign-out.
    }
    await this.end();
  }

  /** Ends every session of the account, on every device; a failure is thrown and nothing changes here. */
  async logoutEverywhere(): Promise<void> {
    requireData(await firstValueFrom(this.apollo.mutate({ mutation: LogoutEverywhereDocument })));
    await this.end();
  }

  /** Forgets the session and everything cached for it (after sign-out or account deletion). */
  async end(): Promise<void> {
    clearTimeout(this.renewTimer);
    this.state.set({ status: 'signed-out' });
    await this.apollo.client.clearStore().catch(() => undefined);
  }

  private begin(payload: SessionPayloadFragment): void {
    const state = signedInState(payload);
    this.state.set(state);
    this.scheduleRenewal(renewDelay(state.expiresAt, Date.now()));
  }

  private scheduleRenewal(delay: number): void {
    clearTimeout(this.renewTimer);
    this.renewTimer = setTimeout(() => {
      const state = this.state();
      if (state.status === 'signed-in') void this.renew(state.accessToken);
    }, delay);
  }

  private async refresh(): Promise<string | null> {
    const before = this.state();
    try {
      const { refreshSession } = requireData(await oneTabAtATime(() => this.requestRefresh()));
      this.begin(refreshSession);
      return refreshSession.accessToken;
    } catch (error) {
      // Signed in (or out) some other way meanwhile: this answer is about a session that is gone.
      if (this.state() !== before) return this.accessToken();
      if (before.status === 'signed-in' && !hasErrorCode(error, 'UNAUTHENTICATED')) {
        // Offline for a moment: keep the session and try again, rather than sign the person out.
        this.scheduleRenewal(RETRY_RENEW_MS);
        return null;
      }
      if (before.status === 'signed-in') await this.end();
      return null;
    }
  }

  private requestRefresh() {
    return firstValueFrom(this.apollo.mutate({ mutation: RefreshSessionDocument }));
  }

  private accessToken(): string | null {
    const state = this.state();
    return state.status === 'signed-in' ? state.accessToken : null;
  }
}

/**
 * Runs a refresh while holding a lock shared by every tab of this site. Tabs share one refresh cookie,
 * and the API ends the whole session when a refresh token is presented twice: two tabs refreshing at
 * once would sign the person out everywhere. Where the browser has no Web Locks, it simply runs.
 */
async function oneTabAtATime<T>(refresh: () => Promise<T>): Promise<Awaited<T>> {
  const locks = globalThis.navigator?.locks;
  return locks ? await locks.request('canopy-session-refresh', refresh) : await refresh();
}
