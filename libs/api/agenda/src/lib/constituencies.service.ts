import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  conflict,
  Connection,
  keysetConnection,
  notFound,
  Principal,
  UnitOfWork,
} from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { EditionsService } from '@canopy/api/assemblies';
import { ConstituencyBasis, ConstituencyState } from '@canopy/domain';
import { ConstituencyEntity } from './agenda.entities';
import { AgendaRepository } from './agenda.repository';

/** Organizations registering to take part in an edition, and the secretariat's decision on each. */
@Injectable()
export class ConstituenciesService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly editions: EditionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  list(
    editionId: string,
    state: ConstituencyState | undefined,
    args: { first: number; after?: string | null },
  ): Promise<Connection<ConstituencyEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.constituencyPage(editionId, state, after as [string, string] | null, limit),
        count: () => this.repository.constituencyCount(editionId, state),
      },
      { arity: 2, of: (row) => [row.appliedAt.toISOString(), row.id] },
    );
  }

  ofOrganizations(organizationIds: readonly string[]): Promise<ConstituencyEntity[]> {
    return this.repository.constituenciesOfOrganizations(organizationIds);
  }

  findById(id: string): Promise<ConstituencyEntity | null> {
    return this.repository.constituencyById(id);
  }

  /** An organization asks to take part; a declined one may apply again, which reopens its application. */
  async apply(
    actor: Principal,
    input: { editionId: string; organizationId: string; basis: ConstituencyBasis; focus: string },
  ): Promise<ConstituencyEntity> {
    return this.uow.run(async (tx) => {
      if (!(await this.editions.findById(input.editionId, tx))) throw notFound('input.editionId');
      const existing = await this.repository.constituencyOf(tx, input.editionId, input.organizationId);
      if (existing && existing.state !== ConstituencyState.DECLINED) {
        throw conflict('input.organizationId', `has already applied (${existing.state.toLowerCase()})`);
      }
      const fields = {
        basis: input.basis,
        focus: input.focus.trim(),
        state: ConstituencyState.APPLIED,
        reason: null,
        appliedBy: actor.userId,
        decidedBy: null,
        decidedAt: null,
      };
      const constituency = existing
        ? await this.repository.updateConstituency(tx, existing.id, { ...fields, appliedAt: new Date() })
        : await this.repository.insertConstituency(tx, {
            ...fields,
            editionId: input.editionId,
            organizationId: input.organizationId,
          });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'constituency.apply',
        entityType: 'constituency',
        entityId: constituency.id,
        fromState: existing?.state ?? null,
        toState: ConstituencyState.APPLIED,
        details: { editionId: input.editionId, organizationId: input.organizationId, basis: input.basis },
      });
      return constituency;
    });
  }

  /** Approve, or decline with a reason; a decision can be revised (approved ↔ declined) with a new reason. */
  async decide(
    actor: Principal,
    id: string,
    approve: boolean,
    reasonInput: string | null | undefined,
  ): Promise<ConstituencyEntity> {
    const reason = reasonInput?.trim() || null;
    if (!approve && !reason) throw badUserInput('input.reason', 'is required to decline');
    return this.uow.run(async (tx) => {
      const constituency = await this.repository.lockConstituency(tx, id);
      if (!constituency) throw notFound('input.constituencyId');
      const to = approve ? ConstituencyState.APPROVED : ConstituencyState.DECLINED;
      if (constituency.state === to) {
        throw conflict('input.constituencyId', `is already ${to.toLowerCase()}`);
      }
      const decided = await this.repository.updateConstituency(tx, id, {
        state: to,
        reason,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: approve ? 'constituency.approve' : 'constituency.decline',
        entityType: 'constituency',
        entityId: id,
        fromState: constituency.state,
        toState: to,
        reason,
      });
      return decided;
    });
  }
}
