import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  CanopyConfig,
  conflict,
  Mailer,
  notFound,
  PolicyService,
  Principal,
  RateLimiter,
  rootLogger,
  Transaction,
  unauthenticated,
  UnitOfWork,
  type GraphQLContext,
} from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { JurisdictionsService } from '@canopy/api/jurisdictions';
import { FORMER_MEMBER_NAME, normalizeEmail, passwordProblem } from '@canopy/domain';
import { AccountHooks } from './account-hooks';
import { DemographicsEntity } from './demographics.entity';
import { EmailTokenPurpose } from './email-token.entity';
import { hashPassword, verifyPassword } from './passwords';
import { ClientInfo, IssuedSession, SessionsService } from './sessions.service';
import { newSecret, sha256 } from './tokens';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

const VERIFY_HOURS = 24;
const RESET_HOURS = 1;
const log = rootLogger.child({ module: 'accounts' });

export interface DemographicsChange {
  ageBand?: DemographicsEntity['ageBand'];
  gender?: DemographicsEntity['gender'];
  disability?: DemographicsEntity['disability'];
  populationGroup?: string | null;
  residenceJurisdictionId?: string | null;
}

/** Accounts: registration, e-mail verification, passwords, profile, self-description, export, deletion. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly config: CanopyConfig,
    private readonly hooks: AccountHooks,
    private readonly jurisdictions: JurisdictionsService,
    private readonly policy: PolicyService,
  ) {}

  async register(input: { email: string; password: string; displayName: string }, client: ClientInfo) {
    const email = normalizeEmail(input.email);
    await this.limiter.consume([
      {
        key: `register:ip:${client.ip}`,
        limit: { limit: this.config.REGISTRATIONS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 },
      },
      { key: `register:account:${email}`, limit: { limit: 3, windowSeconds: 3600 } },
    ]);
    const problem = passwordProblem(input.password, email);
    if (problem) throw badUserInput('input.password', problem);
    const passwordHash = await hashPassword(input.password);
    const secret = newSecret();
    const user = await this.uow.run(async (tx) => {
      if (await this.users.findByEmail(email, tx)) throw conflict('input.email', 'already has an account');
      const created = await this.users.insert(tx, {
        email,
        passwordHash,
        displayName: input.displayName.trim(),
        passwordChangedAt: new Date(),
      });
      await this.createToken(tx, created.id, EmailTokenPurpose.VERIFY_EMAIL, secret, VERIFY_HOURS);
      await this.audit.record(tx, {
        actorId: created.id,
        action: 'user.register',
        entityType: 'user',
        entityId: created.id,
        toState: 'registered',
      });
      return created;
    });
    await this.mailVerification(user, secret);
    return user;
  }

  async resendVerification(principal: Principal): Promise<boolean> {
    await this.limiter.consume([
      { key: `verify-mail:${principal.userId}`, limit: { limit: 5, windowSeconds: 3600 } },
    ]);
    const secret = newSecret();
    const user = await this.uow.run(async (tx) => {
      const found = await this.users.findById(principal.userId, tx);
      if (!found || found.emailVerifiedAt) return null;
      await this.users.retireTokens(tx, found.id, EmailTokenPurpose.VERIFY_EMAIL);
      await this.createToken(tx, found.id, EmailTokenPurpose.VERIFY_EMAIL, secret, VERIFY_HOURS);
      return found;
    });
    if (user) await this.mailVerification(user, secret);
    return true;
  }

  /** Confirms the address; addresses named in CANOPY_ADMIN_EMAILS become platform admins here. */
  async verifyEmail(token: string): Promise<UserEntity> {
    return this.uow.run(async (tx) => {
      const found = await this.users.usableToken(tx, sha256(token), EmailTokenPurpose.VERIFY_EMAIL);
      if (!found)
        throw badUserInput('token', 'is not a valid verification link: it may have expired or been used');
      await this.users.markTokenUsed(tx, found.id);
      const user = await this.users.lock(tx, found.userId);
      if (!user || user.deletedAt) throw badUserInput('token', 'belongs to an account that no longer exists');
      const admin = !!user.email && this.config.adminEmails.includes(user.email);
      await this.users.update(tx, user.id, {
        emailVerifiedAt: new Date(),
        platformAdmin: user.platformAdmin || admin,
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.verify_email',
        entityType: 'user',
        entityId: user.id,
        fromState: 'registered',
        toState: 'email_verified',
        details: admin ? { platformAdmin: true } : {},
      });
      return (await this.users.findById(user.id, tx)) as UserEntity;
    });
  }

  /** Always succeeds, so the answer never tells whether an address has an account. */
  async requestPasswordReset(emailInput: string, client: ClientInfo): Promise<boolean> {
    const email = normalizeEmail(emailInput);
    await this.limiter.consume([
      { key: `reset:ip:${client.ip}`, limit: { limit: 20, windowSeconds: 3600 } },
      { key: `reset:account:${email}`, limit: { limit: 3, windowSeconds: 3600 } },
    ]);
    const secret = newSecret();
    const user = await this.uow.run(async (tx) => {
      const found = await this.users.findByEmail(email, tx);
      if (!found) return null;
      await this.users.retireTokens(tx, found.id, EmailTokenPurpose.RESET_PASSWORD);
      await this.createToken(tx, found.id, EmailTokenPurpose.RESET_PASSWORD, secret, RESET_HOURS);
      return found;
    });
    if (user?.email) {
      await this.send(user.email, 'Reset your Canopy password', [
        `Hello ${user.displayName},`,
        '',
        `Someone asked to reset the password of your Canopy account. If it was you, open this link within ${RESET_HOURS} hour:`,
        `${this.config.CANOPY_PUBLIC_URL}/reset-password?token=${secret}`,
        '',
        'If it was not you, ignore this message: your password stays as it is.',
      ]);
    }
    return true;
  }

  /** Sets a new password from an e-mailed link and ends every session of the account. */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.uow.run(async (tx) => {
      const found = await this.users.usableToken(tx, sha256(token), EmailTokenPurpose.RESET_PASSWORD);
      if (!found)
        throw badUserInput('input.token', 'is not a valid reset link: it may have expired or been used');
      const user = await this.users.lock(tx, found.userId);
      if (!user?.email || user.deletedAt)
        throw badUserInput('input.token', 'belongs to an account that no longer exists');
      const problem = passwordProblem(password, user.email);
      if (problem) throw badUserInput('input.password', problem);
      await this.users.markTokenUsed(tx, found.id);
      await this.setPassword(tx, user, password, 'user.reset_password');
    });
  }

  /** Checks the current password, sets the new one, ends every session and opens a fresh one here. */
  async changePassword(
    principal: Principal,
    current: string,
    next: string,
    client: ClientInfo,
  ): Promise<IssuedSession> {
    const user = await this.users.findById(principal.userId);
    if (!user?.email || !(await verifyPassword(user.passwordHash, current))) {
      throw badUserInput('input.currentPassword', 'is not your current password');
    }
    const problem = passwordProblem(next, user.email);
    if (problem) throw badUserInput('input.newPassword', problem);
    return this.uow.run(async (tx) => {
      await this.setPassword(tx, user, next, 'user.change_password');
      return this.sessions.open(tx, user, client);
    });
  }

  async updateProfile(principal: Principal, displayName: string): Promise<UserEntity> {
    return this.uow.run(async (tx) => {
      await this.users.update(tx, principal.userId, { displayName: displayName.trim() });
      await this.audit.record(tx, {
        actorId: principal.userId,
        action: 'user.update_profile',
        entityType: 'user',
        entityId: principal.userId,
      });
      return (await this.users.findById(principal.userId, tx)) as UserEntity;
    });
  }

  /** Replaces the self-description; the audit trail notes that it changed, never what it says. */
  async recordDemographics(principal: Principal, change: DemographicsChange): Promise<void> {
    if (
      change.residenceJurisdictionId &&
      !(await this.jurisdictions.findById(change.residenceJurisdictionId))
    ) {
      throw notFound('input.residenceJurisdictionId');
    }
    await this.uow.run(async (tx) => {
      await this.users.saveDemographics(tx, {
        userId: principal.userId,
        ageBand: change.ageBand ?? null,
        gender: change.gender ?? null,
        disability: change.disability ?? null,
        populationGroup: change.populationGroup?.trim() || null,
      });
      await this.users.update(tx, principal.userId, {
        residenceJurisdictionId: change.residenceJurisdictionId ?? null,
      });
      await this.audit.record(tx, {
        actorId: principal.userId,
        action: 'user.record_demographics',
        entityType: 'user',
        entityId: principal.userId,
      });
    });
  }

  async clearDemographics(principal: Principal): Promise<void> {
    await this.uow.run(async (tx) => {
      await this.users.deleteDemographics(tx, principal.userId);
      await this.users.update(tx, principal.userId, { residenceJurisdictionId: null });
      await this.audit.record(tx, {
        actorId: principal.userId,
        action: 'user.clear_demographics',
        entityType: 'user',
        entityId: principal.userId,
      });
    });
  }

  /** Everything Canopy holds about the person, as JSON. */
  async exportData(principal: Principal): Promise<string> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw unauthenticated();
    const [demographics] = await this.users.demographicsOf([user.id]);
    const sessions = await this.sessions.listFor(user.id);
    const sections: Record<string, unknown> = {};
    for (const [name, section] of this.hooks.exportSections) sections[name] = await section(user.id);
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          emailVerifiedAt: user.emailVerifiedAt,
          identityVerifiedAt: user.identityVerifiedAt,
          residenceJurisdictionId: user.residenceJurisdictionId,
          platformAdmin: user.platformAdmin,
          createdAt: user.createdAt,
        },
        demographics: demographics
          ? {
              ageBand: demographics.ageBand,
              gender: demographics.gender,
              disability: demographics.disability,
              populationGroup: demographics.populationGroup,
            }
          : null,
        sessions: sessions.map((session) => ({
          createdAt: session.createdAt,
          userAgent: session.userAgent,
          revokedAt: session.revokedAt,
        })),
        ...sections,
      },
      null,
      2,
    );
  }

  /**
   * Anonymizes the account: name and address go, the self-description is erased, sessions end and
   * features undo memberships and roles. What the person published stays, under "a former member".
   */
  async deleteAccount(principal: Principal, password: string): Promise<void> {
    const user = await this.users.findById(principal.userId);
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      throw badUserInput('input.password', 'is not your password');
    }
    await this.uow.run(async (tx) => {
      await this.users.update(tx, user.id, {
        email: null,
        passwordHash: null,
        displayName: FORMER_MEMBER_NAME,
        residenceJurisdictionId: null,
        platformAdmin: false,
        deletedAt: new Date(),
      });
      await this.users.deleteDemographics(tx, user.id);
      await this.sessions.revokeAll(tx, user.id, 'account_deleted');
      for (const step of this.hooks.deletionSteps) await step(tx, user.id);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.delete',
        entityType: 'user',
        entityId: user.id,
        toState: 'deleted',
      });
    });
  }

  /**
   * Marks a citizen's identity as verified. Platform admins may verify anyone; a secretariat member
   * only residents of a country where their assembly sits.
   */
  async verifyCitizen(context: GraphQLContext, userId: string): Promise<UserEntity> {
    const target = await this.users.findById(userId);
    if (!target || target.deletedAt) throw notFound('userId');
    const residence = target.residenceJurisdictionId
      ? await this.jurisdictions.findById(target.residenceJurisdictionId)
      : null;
    const actor = await this.policy.assert(context, 'user.verify', {
      countryId: residence ? (residence.countryId ?? residence.id) : null,
    });
    const facts = await this.policy.facts(context);
    return this.uow.run(async (tx) => {
      await this.users.update(tx, userId, {
        identityVerifiedAt: new Date(),
        identityVerifiedBy: `${facts.platformAdmin ? 'admin' : 'secretariat'}:${actor.userId}`,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'user.verify_identity',
        entityType: 'user',
        entityId: userId,
        toState: 'verified',
      });
      return (await this.users.findById(userId, tx)) as UserEntity;
    });
  }

  findByIds(ids: readonly string[]) {
    return this.users.findByIds(ids);
  }

  findByEmail(email: string) {
    return this.users.findByEmail(normalizeEmail(email));
  }

  demographicsOf(userIds: readonly string[]) {
    return this.users.demographicsOf(userIds);
  }

  private async setPassword(
    tx: Transaction,
    user: UserEntity,
    password: string,
    action: string,
  ): Promise<void> {
    await this.users.update(tx, user.id, {
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
    });
    await this.sessions.revokeAll(tx, user.id, 'password_changed');
    await this.audit.record(tx, { actorId: user.id, action, entityType: 'user', entityId: user.id });
  }

  private async createToken(
    tx: Transaction,
    userId: string,
    purpose: EmailTokenPurpose,
    secret: string,
    hours: number,
  ) {
    await this.users.insertToken(tx, {
      userId,
      purpose,
      tokenHash: sha256(secret),
      expiresAt: new Date(Date.now() + hours * 3_600_000),
    });
  }

  private async mailVerification(user: UserEntity, secret: string): Promise<void> {
    if (!user.email) return;
    await this.send(user.email, 'Confirm your e-mail address for Canopy', [
      `Hello ${user.displayName},`,
      '',
      `Open this link within ${VERIFY_HOURS} hours to confirm your address:`,
      `${this.config.CANOPY_PUBLIC_URL}/verify-email?token=${secret}`,
    ]);
  }

  /** Mail goes after the commit; a failed send is logged and the person can ask again. */
  private async send(to: string, subject: string, lines: string[]): Promise<void> {
    try {
      await this.mailer.send({ to, subject, text: lines.join('\n') });
    } catch (error) {
      log.error({ err: error, subject }, 'mail could not be sent');
    }
  }
}
