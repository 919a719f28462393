import { Injectable } from '@nestjs/common';
import { conflict, notFound, Principal, Transaction, UnitOfWork } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { AccountsService } from '@canopy/api/identity';
import { AssemblyRole, VerificationLevel } from '@canopy/domain';
import { AssembliesRepository } from './assemblies.repository';
import { AssemblyRoleGrantEntity } from './assembly-role-grant.entity';
import { AssemblyEntity } from './assembly.entity';

/** Who runs an assembly (secretariat, moderators) and what it asks of voters. */
@Injectable()
export class AssemblyRolesService {
  constructor(
    private readonly repository: AssembliesRepository,
    private readonly accounts: AccountsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  async grant(
    actor: Principal,
    assemblyId: string,
    email: string,
    role: AssemblyRole,
  ): Promise<AssemblyRoleGrantEntity> {
    const user = await this.accounts.findByEmail(email);
    if (!user) throw notFound('input.email', 'has no account');
    return this.uow.run(async (tx) => {
      await this.lockAssembly(tx, assemblyId);
      if (await this.repository.findGrant(tx, { assemblyId, userId: user.id, role })) {
        throw conflict('input.role', 'is already held by this person');
      }
      const grant = await this.repository.insertGrant(tx, {
        assemblyId,
        userId: user.id,
        role,
        grantedBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'assembly.grant_role',
        entityType: 'assembly',
        entityId: assemblyId,
        details: { userId: user.id, role },
      });
      return grant;
    });
  }

  async revoke(actor: Principal, assemblyId: string, userId: string, role: AssemblyRole): Promise<void> {
    await this.uow.run(async (tx) => {
      await this.lockAssembly(tx, assemblyId);
      if (!(await this.repository.deleteGrant(tx, { assemblyId, userId, role }))) {
        throw notFound('input.role', 'is not held by this person');
      }
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'assembly.revoke_role',
        entityType: 'assembly',
        entityId: assemblyId,
        details: { userId, role },
      });
    });
  }

  async setVotingLevel(
    actor: Principal,
    assemblyId: string,
    level: VerificationLevel,
  ): Promise<AssemblyEntity> {
    return this.uow.run(async (tx) => {
      const assembly = await this.lockAssembly(tx, assemblyId);
      const updated = await this.repository.setVotingLevel(tx, assemblyId, level);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'assembly.set_voting_level',
        entityType: 'assembly',
        entityId: assemblyId,
        fromState: assembly.votingLevel,
        toState: level,
      });
      return updated;
    });
  }

  async setResolutionPrefix(actor: Principal, assemblyId: string, prefix: string): Promise<AssemblyEntity> {
    return this.uow.run(async (tx) => {
      const assembly = await this.lockAssembly(tx, assemblyId);
      const updated = await this.repository.setResolutionPrefix(tx, assemblyId, prefix.trim());
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'assembly.set_resolution_prefix',
        entityType: 'assembly',
        entityId: assemblyId,
        fromState: assembly.resolutionPrefix,
        toState: prefix.trim(),
      });
      return updated;
    });
  }

  grantsOf(assemblyIds: readonly string[]) {
    return this.repository.grantsOf(assemblyIds);
  }

  grantsOfUser(userId: string) {
    return this.repository.grantsOfUser(userId);
  }

  deleteGrantsOfUser(tx: Transaction, userId: string) {
    return this.repository.deleteGrantsOfUser(tx, userId);
  }

  private async lockAssembly(tx: Transaction, assemblyId: string): Promise<AssemblyEntity> {
    const assembly = await this.repository.lock(tx, assemblyId);
    if (!assembly) throw notFound('input.assemblyId');
    return assembly;
  }
}
