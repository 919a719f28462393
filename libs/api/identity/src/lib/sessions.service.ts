import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Principal, RateLimiter, Transaction, unauthenticated, UnitOfWork } from '@canopy/api/core';
import { SecurityEvents } from '@canopy/api/audit';
import { normalizeEmail } from '@canopy/domain';
import { verifyPassword } from './passwords';
import { SessionsRepository } from './sessions.repository';
import { newSecret, parseSessionToken, sameHash, sessionToken, sha256 } from './tokens';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export const ACCESS_TOKEN_MINUTES = 15;
export const REFRESH_TOKEN_DAYS = 30;

const LOGIN_LIMITS = {
  // A whole village may share one address at a community forum: generous per address, strict per account.
  perAddress: { limit: 100, windowSeconds: 15 * 60 },
  perAccount: { limit: 10, windowSeconds: 15 * 60 },
};

export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

export interface ClientInfo {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** Sign-in, token rotation and sign-out. Tokens are random, and only their hashes are stored. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly uow: UnitOfWork,
    private readonly limiter: RateLimiter,
    private readonly securityEvents: SecurityEvents,
  ) {}

  async login(emailInput: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const email = normalizeEmail(emailInput);
    try {
      await this.limiter.consume([
        { key: `login:ip:${client.ip}`, limit: LOGIN_LIMITS.perAddress },
        { key: `login:account:${email}`, limit: LOGIN_LIMITS.perAccount },
      ]);
    } catch (error) {
      await this.securityEvents.record({
        kind: 'rate_limited',
        subject: email,
        ip: client.ip,
        details: { on: 'login' },
      });
      throw error;
    }
    const user = await this.users.findByEmail(email);
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
      await this.securityEvents.record({
        kind: 'login_failed',
        actorId: user?.id,
        subject: email,
        ip: client.ip,
      });
      throw unauthenticated('E-mail or password is wrong');
    }
    return this.uow.run((tx) => this.open(tx, user, client));
  }

  /** Opens a new session for an account whose credentials were just checked. */
  async open(tx: Transaction, user: UserEntity, client: ClientInfo): Promise<IssuedSession> {
    const access = newSecret();
    const refresh = newSecret();
    const expiries = this.expiries();
    const session = await this.sessions.insert(tx, {
      userId: user.id,
      accessTokenHash: sha256(access),
      accessExpiresAt: expiries.access,
      refreshTokenHash: sha256(refresh),
      refreshExpiresAt: expiries.refresh,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return this.issued(session.id, access, refresh, expiries, user);
  }

  /**
   * Exchanges a refresh token for a new pair. A token that was already exchanged means someone else
   * holds a copy: the whole session ends, for the thief and the owner alike.
   */
  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<IssuedSession> {
    const parsed = refreshToken ? parseSessionToken(refreshToken) : null;
    if (!parsed) throw unauthenticated('No session to refresh');
    const presented = sha256(parsed.secret);
    const outcome = await this.uow.run(async (tx) => {
      const session = await this.sessions.lock(tx, parsed.sessionId);
      if (!session || session.revokedAt) return { kind: 'invalid' as const };
      if (!sameHash(session.refreshTokenHash, presented)) {
        if (!(await this.sessions.wasRotated(tx, session.id, presented))) return { kind: 'invalid' as const };
        await this.sessions.revoke(tx, session.id, 'refresh_token_reused');
        return { kind: 'reused' as const, userId: session.userId };
      }
      if (session.refreshExpiresAt <= new Date()) return { kind: 'invalid' as const };
      const user = await this.users.findById(session.userId, tx);
      if (!user || user.deletedAt) return { kind: 'invalid' as const };
      const access = newSecret();
      const refresh = newSecret();
      const expiries = this.expiries();
      await this.sessions.rotate(tx, session, {
        accessTokenHash: sha256(access),
        accessExpiresAt: expiries.access,
        refreshTokenHash: sha256(refresh),
        refreshExpiresAt: expiries.refresh,
      });
      return { kind: 'rotated' as const, issued: this.issued(session.id, access, refresh, expiries, user) };
    });
    if (outcome.kind === 'rotated') return outcome.issued;
    if (outcome.kind === 'reused') {
      await this.securityEvents.record({
        kind: 'refresh_token_reused',
        actorId: outcome.userId,
        ip: client.ip,
      });
    }
    throw unauthenticated('The session has ended; sign in again');
  }

  async logout(principal: Principal): Promise<void> {
    await this.uow.run((tx) => this.sessions.revoke(tx, principal.sessionId, 'logout'));
  }

  async logoutEverywhere(principal: Principal): Promise<void> {
    await this.uow.run((tx) => this.sessions.revokeAll(tx, principal.userId, 'logout_everywhere'));
  }

  revokeAll(tx: Transaction, userId: string, reason: string): Promise<void> {
    return this.sessions.revokeAll(tx, userId, reason);
  }

  /** The principal behind `Authorization: Bearer <access token>`, or null. */
  async authenticate(req: Request): Promise<Principal | null> {
    return (await this.authenticateWithUser(req))?.principal ?? null;
  }

  /** The principal and its account, read together in the one statement that checks the session. */
  async authenticateWithUser(req: Request): Promise<{ principal: Principal; user: UserEntity } | null> {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    const parsed = parseSessionToken(header.slice('Bearer '.length).trim());
    if (!parsed) return null;
    const session = await this.sessions.withUser(parsed.sessionId);
    if (!session || session.revokedAt || session.user.deletedAt) return null;
    if (session.accessExpiresAt <= new Date() || !sameHash(session.accessTokenHash, sha256(parsed.secret)))
      return null;
    return { principal: { userId: session.userId, sessionId: session.id }, user: session.user };
  }

  listFor(userId: string) {
    return this.sessions.listFor(userId);
  }

  private expiries() {
    const now = Date.now();
    return {
      access: new Date(now + ACCESS_TOKEN_MINUTES * 60_000),
      refresh: new Date(now + REFRESH_TOKEN_DAYS * 86_400_000),
    };
  }

  private issued(
    sessionId: string,
    access: string,
    refresh: string,
    expiries: { access: Date; refresh: Date },
    user: UserEntity,
  ): IssuedSession {
    return {
      sessionId,
      accessToken: sessionToken(sessionId, access),
      accessTokenExpiresAt: expiries.access,
      refreshToken: sessionToken(sessionId, refresh),
      refreshTokenExpiresAt: expiries.refresh,
      user,
    };
  }
}
