import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  byNameThenId,
  CanopyConfig,
  conflict,
  Connection,
  emptyConnection,
  forbidden,
  keysetConnection,
  Mailer,
  notFound,
  Principal,
  rootLogger,
  UnitOfWork,
} from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { AccountsService } from '@canopy/api/identity';
import { JurisdictionsService } from '@canopy/api/jurisdictions';
import { normalizeEmail, ORGANIZATION_LIMITS, OrganizationRole, OrganizationSector } from '@canopy/domain';
import { createHash, randomBytes } from 'node:crypto';
import { OrganizationEntity, OrganizationMemberEntity } from './organization.entity';
import { OrganizationFilter, OrganizationsRepository } from './organizations.repository';

const log = rootLogger.child({ module: 'organizations' });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface OrganizationDraft {
  name: string;
  sector: OrganizationSector;
  jurisdictionId: string;
  description?: string | null;
  website?: string | null;
}

/** Organizations, their members and invitations; the policy guard has already checked who may act. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repository: OrganizationsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
    private readonly jurisdictions: JurisdictionsService,
    private readonly accounts: AccountsService,
    private readonly mailer: Mailer,
    private readonly config: CanopyConfig,
  ) {}

  async create(actor: Principal, draft: OrganizationDraft): Promise<OrganizationEntity> {
    if (!(await this.jurisdictions.findById(draft.jurisdictionId))) throw notFound('input.jurisdictionId');
    return this.uow.run(async (tx) => {
      const organization = await this.repository.insert(tx, {
        name: draft.name.trim(),
        sector: draft.sector,
        jurisdictionId: draft.jurisdictionId,
        description: draft.description?.trim() ?? '',
        website: draft.website?.trim() || null,
      });
      await this.repository.addMember(tx, {
        organizationId: organization.id,
        userId: actor.userId,
        role: OrganizationRole.ADMIN,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organization.create',
        entityType: 'organization',
        entityId: organization.id,
        toState: 'unverified',
      });
      return organization;
    });
  }

  async update(
    actor: Principal,
    id: string,
    changes: { name?: string | null; description?: string | null; website?: string | null },
  ) {
    return this.uow.run(async (tx) => {
      if (!(await this.repository.lock(tx, id))) throw notFound('input.id');
      const updated = await this.repository.update(tx, id, {
        ...(changes.name !== undefined && changes.name !== null ? { name: changes.name.trim() } : {}),
        ...(changes.description !== undefined && changes.description !== null
          ? { description: changes.description.trim() }
          : {}),
        ...(changes.website !== undefined ? { website: changes.website?.trim() || null } : {}),
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organization.update',
        entityType: 'organization',
        entityId: id,
      });
      return updated;
    });
  }

  /** Verification by a platform admin; a government agency's officials can act only once it is verified. */
  async verify(actor: Principal, id: string): Promise<OrganizationEntity> {
    return this.uow.run(async (tx) => {
      const organization = await this.repository.lock(tx, id);
      if (!organization) throw notFound('id');
      if (organization.verifiedAt) return organization;
      const verified = await this.repository.update(tx, id, {
        verifiedAt: new Date(),
        verifiedBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organization.verify',
        entityType: 'organization',
        entityId: id,
        fromState: 'unverified',
        toState: 'verified',
      });
      return verified;
    });
  }

  async invite(actor: Principal, organizationId: string, emailInput: string, role: OrganizationRole) {
    const email = normalizeEmail(emailInput);
    const secret = randomBytes(32).toString('base64url');
    const existing = await this.accounts.findByEmail(email);
    const { organization, invitation } = await this.uow.run(async (tx) => {
      const organization = await this.repository.lock(tx, organizationId);
      if (!organization) throw notFound('input.organizationId');
      if (existing && (await this.repository.member(tx, organizationId, existing.id))) {
        throw conflict('input.email', 'is already a member');
      }
      const invitation = await this.repository.insertInvitation(tx, {
        organizationId,
        email,
        role,
        tokenHash: sha256(secret),
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + ORGANIZATION_LIMITS.invitationDays * 86_400_000),
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organization.invite',
        entityType: 'organization',
        entityId: organizationId,
        details: { invitationId: invitation.id, role },
      });
      return { organization, invitation };
    });
    try {
      await this.mailer.send({
        to: email,
        subject: `You are invited to join ${organization.name} on Canopy`,
        text: [
          `You are invited to join ${organization.name} on Canopy as ${role === OrganizationRole.ADMIN ? 'an administrator' : 'a member'}.`,
          `Open this link within ${ORGANIZATION_LIMITS.invitationDays} days, signed in with this address:`,
          `${this.config.CANOPY_PUBLIC_URL}/invitations/accept?token=${secret}`,
        ].join('\n'),
      });
    } catch (error) {
      log.error({ err: error }, 'invitation mail could not be sent');
    }
    return invitation;
  }

  /** Joins with the invited role; the invitation works only for the account of the address it was sent to. */
  async acceptInvitation(actor: Principal, token: string): Promise<OrganizationMemberEntity> {
    const [user] = await this.accounts.findByIds([actor.userId]);
    return this.uow.run(async (tx) => {
      const invitation = await this.repository.usableInvitation(tx, sha256(token));
      if (!invitation)
        throw badUserInput('token', 'is not a valid invitation: it may have expired or been used');
      if (!user?.email || user.email !== invitation.email)
        throw forbidden('This invitation was sent to another address');
      await this.repository.markInvitationAccepted(tx, invitation.id);
      const current = await this.repository.member(tx, invitation.organizationId, actor.userId);
      const role = current?.role === OrganizationRole.ADMIN ? OrganizationRole.ADMIN : invitation.role;
      await this.repository.addMember(tx, {
        organizationId: invitation.organizationId,
        userId: actor.userId,
        role,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organization.join',
        entityType: 'organization',
        entityId: invitation.organizationId,
        details: { invitationId: invitation.id, role },
      });
      return (await this.repository.member(
        tx,
        invitation.organizationId,
        actor.userId,
      )) as OrganizationMemberEntity;
    });
  }

  /** An organization always keeps at least one administrator. */
  async removeMember(actor: Principal, organizationId: string, userId: string): Promise<void> {
    await this.uow.run(async (tx) => {
      if (!(await this.repository.lock(tx, organizationId))) throw notFound('input.organizationId');
      const member = await this.repository.member(tx, organizationId, userId);
      if (!member) throw notFound('input.userId', 'is not a member');
      if (
        member.role === OrganizationRole.ADMIN &&
        (await this.repository.adminCount(tx, organizationId)) <= 1
      ) {
        throw conflict('input.userId', 'is the last administrator; appoint another first');
      }
      await this.repository.removeMember(tx, organizationId, userId);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organization.remove_member',
        entityType: 'organization',
        entityId: organizationId,
        details: { userId },
      });
    });
  }

  async list(args: {
    first: number;
    after?: string | null;
    sector?: OrganizationSector | null;
    countryCode?: string | null;
    verified?: boolean | null;
  }): Promise<Connection<OrganizationEntity>> {
    const filter: OrganizationFilter = {
      sector: args.sector ?? undefined,
      verified: args.verified ?? undefined,
    };
    if (args.countryCode) {
      const country = await this.jurisdictions.findCountry(args.countryCode);
      if (!country) return emptyConnection();
      filter.countryId = country.id;
    }
    return keysetConnection(
      args,
      {
        page: (after, limit) => this.repository.page(filter, after as [string, string] | null, limit),
        count: () => this.repository.count(filter),
      },
      byNameThenId,
    );
  }

  members(
    organizationId: string,
    args: { first: number; after?: string | null },
  ): Promise<Connection<OrganizationMemberEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.membersPage(organizationId, after as [string, string] | null, limit),
        count: () => this.repository.memberCount(organizationId),
      },
      { arity: 2, of: (member) => [member.joinedAt.toISOString(), member.userId] },
    );
  }

  findByIds(ids: readonly string[]) {
    return this.repository.findByIds(ids);
  }

  memberCounts(ids: readonly string[]) {
    return this.repository.memberCounts(ids);
  }

  membershipsOf(userId: string) {
    return this.repository.membershipsOf(userId);
  }

  removeAllMemberships(tx: Parameters<OrganizationsRepository['removeAllMemberships']>[0], userId: string) {
    return this.repository.removeAllMemberships(tx, userId);
  }
}
