import { Injectable } from '@nestjs/common';
import { badUserInput, conflict, notFound, Principal, Transaction, UnitOfWork } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { OrganizationsService } from '@canopy/api/organizations';
import {
  committeeComposition,
  CommitteeComposition,
  DEFAULT_SCREENING_CRITERIA,
  describeCommitteeShortfall,
  NON_STATE_SHARE_PERCENT,
  OrganizationSector,
  proposalWindowState,
  ProposalWindowState,
} from '@canopy/domain';
import {
  AssemblyEditionEntity,
  CommitteeMemberEntity,
  EditionCriterionEntity,
} from './assembly-edition.entity';
import { AssembliesRepository } from './assemblies.repository';
import { EditionsRepository } from './editions.repository';

export interface EditionDraft {
  assemblyId: string;
  number: number;
  title: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface CriterionDraft {
  key: string;
  name: string;
  description?: string | null;
}

export interface CommitteeMemberDraft {
  name: string;
  sector?: OrganizationSector | null;
  organizationId?: string | null;
  role?: string | null;
}

/**
 * An edition as its secretariat sets it up: dates, published screening criteria, the organizing
 * committee (at least 60% non-state) and the window in which constituencies may propose.
 */
@Injectable()
export class EditionsService {
  constructor(
    private readonly repository: EditionsRepository,
    private readonly assemblies: AssembliesRepository,
    private readonly organizations: OrganizationsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  findByIds(ids: readonly string[]): Promise<AssemblyEditionEntity[]> {
    return this.repository.findByIds(ids);
  }

  findById(id: string, tx?: Transaction): Promise<AssemblyEditionEntity | null> {
    return this.repository.findById(id, tx);
  }

  criteriaOf(editionIds: readonly string[], tx?: Transaction): Promise<EditionCriterionEntity[]> {
    return this.repository.criteriaOf(editionIds, tx);
  }

  committeeOf(editionIds: readonly string[]): Promise<CommitteeMemberEntity[]> {
    return this.repository.committeeOf(editionIds);
  }

  composition(members: readonly { sector: OrganizationSector }[]): CommitteeComposition {
    return committeeComposition(members.map((member) => member.sector));
  }

  windowState(edition: AssemblyEditionEntity, now = new Date()): ProposalWindowState {
    return proposalWindowState(edition.proposalsOpenAt, edition.proposalsCloseAt, now);
  }

  async create(actor: Principal, draft: EditionDraft): Promise<AssemblyEditionEntity> {
    checkDates('input', draft.startsOn, draft.endsOn);
    return this.uow.run(async (tx) => {
      if (!(await this.assemblies.lock(tx, draft.assemblyId))) throw notFound('input.assemblyId');
      if (await this.repository.findByNumber(tx, draft.assemblyId, draft.number)) {
        throw conflict('input.number', 'is already the number of an edition of this assembly');
      }
      const edition = await this.repository.insert(tx, {
        assemblyId: draft.assemblyId,
        number: draft.number,
        title: draft.title.trim(),
        startsOn: draft.startsOn ?? null,
        endsOn: draft.endsOn ?? null,
      });
      await this.repository.replaceCriteria(
        tx,
        edition.id,
        DEFAULT_SCREENING_CRITERIA.map((criterion, position) => ({
          ...criterion,
          description: '',
          position,
        })),
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.create',
        entityType: 'edition',
        entityId: edition.id,
        details: { assemblyId: draft.assemblyId, number: draft.number },
      });
      return edition;
    });
  }

  async update(
    actor: Principal,
    id: string,
    changes: { title?: string | null; startsOn?: string | null; endsOn?: string | null },
  ): Promise<AssemblyEditionEntity> {
    return this.uow.run(async (tx) => {
      const edition = await this.lock(tx, id);
      const next = {
        title: changes.title?.trim() || edition.title,
        startsOn: changes.startsOn === undefined ? edition.startsOn : changes.startsOn,
        endsOn: changes.endsOn === undefined ? edition.endsOn : changes.endsOn,
      };
      checkDates('input', next.startsOn, next.endsOn);
      const updated = await this.repository.update(tx, id, next);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.update',
        entityType: 'edition',
        entityId: id,
        details: next,
      });
      return updated;
    });
  }

  /** Criteria are published before proposals come in; they cannot change once the window has opened. */
  async setCriteria(
    actor: Principal,
    id: string,
    criteria: CriterionDraft[],
  ): Promise<AssemblyEditionEntity> {
    const keys = criteria.map((criterion) => criterion.key);
    const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
    if (repeated >= 0) badUserInputAt(`input.criteria.${repeated}.key`, 'is used twice');
    return this.uow.run(async (tx) => {
      const edition = await this.lock(tx, id);
      if (edition.proposalsOpenAt) {
        throw conflict('input.editionId', 'has opened for proposals; its criteria are published and fixed');
      }
      await this.repository.replaceCriteria(
        tx,
        id,
        criteria.map((criterion, position) => ({
          key: criterion.key,
          name: criterion.name.trim(),
          description: criterion.description?.trim() ?? '',
          position,
        })),
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.set_criteria',
        entityType: 'edition',
        entityId: id,
        details: { criteria: keys },
      });
      return edition;
    });
  }

  async addCommitteeMember(
    actor: Principal,
    editionId: string,
    draft: CommitteeMemberDraft,
  ): Promise<CommitteeMemberEntity> {
    let sector = draft.sector ?? null;
    if (draft.organizationId) {
      const [organization] = await this.organizations.findByIds([draft.organizationId]);
      if (!organization) throw notFound('input.organizationId');
      sector ??= organization.sector;
      if (sector !== organization.sector) {
        badUserInputAt('input.sector', `must be the organization's own sector (${organization.sector})`);
      }
    }
    if (!sector) badUserInputAt('input.sector', 'is required when no organization is given');
    return this.uow.run(async (tx) => {
      const edition = await this.lock(tx, editionId);
      const member = await this.repository.insertCommitteeMember(tx, {
        editionId,
        name: draft.name.trim(),
        sector: sector as OrganizationSector,
        organizationId: draft.organizationId ?? null,
        role: draft.role?.trim() ?? '',
      });
      await this.keepCommitteeRule(tx, edition);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.add_committee_member',
        entityType: 'edition',
        entityId: editionId,
        details: { memberId: member.id, sector: member.sector },
      });
      return member;
    });
  }

  async removeCommitteeMember(actor: Principal, editionId: string, memberId: string): Promise<void> {
    await this.uow.run(async (tx) => {
      const edition = await this.lock(tx, editionId);
      if (!(await this.repository.deleteCommitteeMember(tx, editionId, memberId))) {
        throw notFound('input.memberId', 'is not on this committee');
      }
      await this.keepCommitteeRule(tx, edition);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.remove_committee_member',
        entityType: 'edition',
        entityId: editionId,
        details: { memberId },
      });
    });
  }

  /**
   * Opens (or moves) the proposal window. The organizing committee must meet the 60% non-state rule
   * first; the error says by how much it falls short.
   */
  async openProposalWindow(
    actor: Principal,
    editionId: string,
    opensAt: Date,
    closesAt: Date,
  ): Promise<AssemblyEditionEntity> {
    if (closesAt <= opensAt) badUserInputAt('input.closesAt', 'must be after opensAt');
    if (closesAt <= new Date()) badUserInputAt('input.closesAt', 'must be in the future');
    return this.uow.run(async (tx) => {
      const edition = await this.lock(tx, editionId);
      await this.requireCommitteeRule(tx, editionId, 'cannot open for proposals');
      if ((await this.repository.criteriaOf([editionId], tx)).length === 0) {
        throw conflict('input.editionId', 'cannot open for proposals without published screening criteria');
      }
      const from = this.windowState(edition);
      const updated = await this.repository.update(tx, editionId, {
        proposalsOpenAt: opensAt,
        proposalsCloseAt: closesAt,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.open_proposals',
        entityType: 'edition',
        entityId: editionId,
        fromState: from,
        toState: this.windowState(updated),
        details: { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
      });
      return updated;
    });
  }

  /** Ends the window now (an edition that never opened has nothing to close). */
  async closeProposalWindow(actor: Principal, editionId: string): Promise<AssemblyEditionEntity> {
    return this.uow.run(async (tx) => {
      const edition = await this.lock(tx, editionId);
      const now = new Date();
      const from = this.windowState(edition, now);
      if (from !== ProposalWindowState.OPEN) {
        throw conflict(
          'input.editionId',
          `cannot close a proposal window that is ${from.toLowerCase().replace('_', ' ')}`,
        );
      }
      const updated = await this.repository.update(tx, editionId, { proposalsCloseAt: now });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'edition.close_proposals',
        entityType: 'edition',
        entityId: editionId,
        fromState: from,
        toState: ProposalWindowState.CLOSED,
      });
      return updated;
    });
  }

  /** Once an edition has opened for proposals, its committee keeps meeting the 60% rule. */
  private async keepCommitteeRule(tx: Transaction, edition: AssemblyEditionEntity): Promise<void> {
    if (!edition.proposalsOpenAt) return;
    await this.requireCommitteeRule(tx, edition.id, 'has opened for proposals, so this change is refused');
  }

  private async requireCommitteeRule(tx: Transaction, editionId: string, consequence: string): Promise<void> {
    const composition = this.composition(await this.repository.committeeOf([editionId], tx));
    if (composition.meetsRule) return;
    throw conflict(
      'input.editionId',
      `${consequence}: its organizing committee ${describeCommitteeShortfall(composition)}`,
      { reason: 'COMMITTEE_RULE', details: { ...composition, requiredPercent: NON_STATE_SHARE_PERCENT } },
    );
  }

  private async lock(tx: Transaction, id: string): Promise<AssemblyEditionEntity> {
    const edition = await this.repository.lock(tx, id);
    if (!edition) throw notFound('input.editionId');
    return edition;
  }
}

function checkDates(prefix: string, startsOn?: string | null, endsOn?: string | null): void {
  if (startsOn && endsOn && startsOn > endsOn)
    badUserInputAt(`${prefix}.endsOn`, 'must not be before startsOn');
}

function badUserInputAt(field: string, message: string): never {
  throw badUserInput(field, message);
}
