import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecurityRegistry } from '@canopy/api/core';
import { AuditModule, SecurityEvents } from '@canopy/api/audit';
import { JurisdictionsModule } from '@canopy/api/jurisdictions';
import { AccountHooks } from './account-hooks';
import { AccountsService } from './accounts.service';
import { DemographicsEntity } from './demographics.entity';
import { EmailTokenEntity } from './email-token.entity';
import { DemographicsResolver, IdentityResolver } from './identity.resolver';
import { RotatedTokenEntity, SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';
import { UserLoaders } from './user.loaders';
import { UserType } from './user.type';
import { UsersRepository } from './users.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      DemographicsEntity,
      EmailTokenEntity,
      SessionEntity,
      RotatedTokenEntity,
    ]),
    AuditModule,
    JurisdictionsModule,
  ],
  providers: [
    UsersRepository,
    SessionsRepository,
    SessionsService,
    AccountsService,
    AccountHooks,
    UserLoaders,
    IdentityResolver,
    DemographicsResolver,
  ],
  exports: [AccountsService, AccountHooks, UserLoaders],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly registry: SecurityRegistry,
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly securityEvents: SecurityEvents,
  ) {}

  /** Plugs accounts into the policy layer: how requests authenticate, who the actor is, and denials. */
  onModuleInit(): void {
    this.registry.setAuthenticator(async (req) => {
      const found = await this.sessions.authenticateWithUser(req);
      return found ? { ...found.principal, known: UserFacts.of(found.user) } : null;
    });
    this.registry.addFactsContributor(
      async (userId, facts, principal) => {
        if (principal?.known) {
          Object.assign(facts, principal.known);
          return;
        }
        const [user] = await this.accounts.findByIds([userId]);
        if (!user) return;
        Object.assign(facts, UserFacts.of(user));
      },
      ['platformAdmin', 'verificationLevel'],
    );
    this.registry.onDenied((denial) => {
      void this.securityEvents.record({
        kind: 'permission_denied',
        actorId: denial.userId,
        ip: denial.ip,
        details: { action: denial.action, resource: denial.resource },
      });
    });
  }
}

const UserFacts = {
  of(user: UserEntity) {
    return {
      platformAdmin: user.platformAdmin && !user.deletedAt,
      verificationLevel: UserType.from(user).verificationLevel,
    };
  },
};
