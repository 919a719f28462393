import { Injectable } from '@nestjs/common';
import { badUserInput, conflict, notFound, Principal, UnitOfWork } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { EditionsService } from '@canopy/api/assemblies';
import { AccountsService } from '@canopy/api/identity';
import { OrganizationsService } from '@canopy/api/organizations';
import { averageScore, ProposalEvent, ProposalState, SCORE_MAX, SCORE_MIN } from '@canopy/domain';
import { AgendaItemEntity, ProposalEntity, ScoreEntity, WorkingGroupMemberEntity } from './agenda.entities';
import { AgendaRepository } from './agenda.repository';
import { ProposalsService } from './proposals.service';

export interface CriterionScore {
  criterionKey: string;
  score: number;
}

export interface ScoreSummary {
  /** Mean of every score given, rounded to two decimals; null before any. */
  average: number | null;
  reviewers: number;
  byCriterion: { criterionKey: string; average: number | null; scores: number }[];
}

/** The secretariat's side of the cycle: scoring, the screening decisions, the agenda and its working groups. */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly proposals: ProposalsService,
    private readonly editions: EditionsService,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  scoresOf(proposalIds: readonly string[]): Promise<ScoreEntity[]> {
    return this.repository.scoresOf(proposalIds);
  }

  summarize(scores: readonly ScoreEntity[], criteriaKeys: readonly string[]): ScoreSummary {
    return {
      average: averageScore(scores.map((row) => row.score)),
      reviewers: new Set(scores.map((row) => row.reviewerId)).size,
      byCriterion: criteriaKeys.map((criterionKey) => {
        const given = scores.filter((row) => row.criterionKey === criterionKey).map((row) => row.score);
        return { criterionKey, average: averageScore(given), scores: given.length };
      }),
    };
  }

  /** A reviewer's scores, one per published criterion they score now; scoring again replaces them. */
  async score(actor: Principal, proposalId: string, scores: CriterionScore[]): Promise<ProposalEntity> {
    scores.forEach((row, index) => {
      if (scores.findIndex((other) => other.criterionKey === row.criterionKey) !== index) {
        throw badUserInput(`input.scores.${index}.criterionKey`, 'is scored twice');
      }
      if (!Number.isInteger(row.score) || row.score < SCORE_MIN || row.score > SCORE_MAX) {
        throw badUserInput(
          `input.scores.${index}.score`,
          `must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`,
        );
      }
    });
    return this.uow.run(async (tx) => {
      const proposal = await this.proposals.lock(tx, proposalId);
      if (proposal.state !== ProposalState.SUBMITTED && proposal.state !== ProposalState.SCREENED) {
        throw conflict(
          'input.proposalId',
          `is ${proposal.state.toLowerCase()}; only submitted or screened proposals are scored`,
        );
      }
      const keys = new Set((await this.editions.criteriaOf([proposal.editionId], tx)).map((row) => row.key));
      scores.forEach((row, index) => {
        if (!keys.has(row.criterionKey)) {
          throw badUserInput(
            `input.scores.${index}.criterionKey`,
            'is not a published criterion of this edition',
          );
        }
      });
      await this.repository.saveScores(
        tx,
        scores.map((row) => ({
          proposalId,
          reviewerId: actor.userId,
          criterionKey: row.criterionKey,
          score: row.score,
        })),
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'proposal.score',
        entityType: 'proposal',
        entityId: proposalId,
        details: Object.fromEntries(scores.map((row) => [row.criterionKey, row.score])),
      });
      return proposal;
    });
  }

  /** Screening is done once every published criterion has at least one score. */
  async screen(actor: Principal, proposalId: string): Promise<ProposalEntity> {
    return this.uow.run(async (tx) => {
      const proposal = await this.proposals.lock(tx, proposalId);
      const to = this.proposals.transition(proposal, ProposalEvent.SCREEN);
      const criteria = await this.editions.criteriaOf([proposal.editionId], tx);
      const scored = new Set(
        (await this.repository.scoresOf([proposalId], tx)).map((row) => row.criterionKey),
      );
      const unscored = criteria
        .filter((criterion) => !scored.has(criterion.key))
        .map((criterion) => criterion.name);
      if (unscored.length) {
        throw conflict(
          'input.proposalId',
          `cannot be screened before it is scored on: ${unscored.join(', ')}`,
          { reason: 'UNSCORED_CRITERIA', details: { criteria: unscored } },
        );
      }
      const screened = await this.repository.updateProposal(tx, proposalId, { state: to });
      await this.proposals.record(tx, actor, proposal, to, ProposalEvent.SCREEN, null);
      return screened;
    });
  }

  async defer(actor: Principal, proposalId: string, reason: string | null): Promise<ProposalEntity> {
    return this.decide(actor, proposalId, ProposalEvent.DEFER, reason);
  }

  async reject(actor: Principal, proposalId: string, reason: string | null): Promise<ProposalEntity> {
    return this.decide(actor, proposalId, ProposalEvent.REJECT, reason);
  }

  /** Folds a proposal into another of the same edition; the agenda item of the target carries both. */
  async merge(
    actor: Principal,
    proposalId: string,
    intoId: string,
    reason: string | null,
  ): Promise<ProposalEntity> {
    if (proposalId === intoId) throw badUserInput('input.intoProposalId', 'must be another proposal');
    return this.uow.run(async (tx) => {
      // Lock in a fixed order so two merges of the same pair cannot deadlock.
      const [first, second] = [proposalId, intoId].sort();
      const locked = new Map<string, ProposalEntity>();
      for (const id of [first, second]) {
        const row = await this.repository.lockProposal(tx, id);
        if (!row) throw notFound(id === proposalId ? 'input.proposalId' : 'input.intoProposalId');
        locked.set(id, row);
      }
      const proposal = locked.get(proposalId) as ProposalEntity;
      const target = locked.get(intoId) as ProposalEntity;
      const to = this.proposals.transition(proposal, ProposalEvent.MERGE);
      if (target.editionId !== proposal.editionId) {
        throw badUserInput('input.intoProposalId', 'must belong to the same edition');
      }
      const targets = [ProposalState.SUBMITTED, ProposalState.SCREENED, ProposalState.SELECTED];
      if (!targets.includes(target.state)) {
        throw conflict(
          'input.intoProposalId',
          `is ${target.state.toLowerCase()}; proposals merge into submitted, screened or selected ones`,
        );
      }
      const merged = await this.repository.updateProposal(tx, proposalId, {
        state: to,
        mergedIntoId: intoId,
        reason: reason?.trim() || null,
      });
      await this.proposals.record(tx, actor, proposal, to, ProposalEvent.MERGE, reason?.trim() || null, {
        intoProposalId: intoId,
      });
      return merged;
    });
  }

  /** Selection puts the proposal on the agenda as the edition's next numbered item. */
  async select(actor: Principal, proposalId: string, title: string | null): Promise<AgendaItemEntity> {
    return this.uow.run(async (tx) => {
      const proposal = await this.proposals.lock(tx, proposalId);
      const to = this.proposals.transition(proposal, ProposalEvent.SELECT);
      // The edition row serializes numbering of its agenda.
      await this.repository.lockEdition(tx, proposal.editionId);
      const number = await this.repository.nextAgendaNumber(tx, proposal.editionId);
      await this.repository.updateProposal(tx, proposalId, { state: to });
      const item = await this.repository.insertAgendaItem(tx, {
        editionId: proposal.editionId,
        number,
        title: title?.trim() || proposal.title,
        proposalId,
      });
      await this.proposals.record(tx, actor, proposal, to, ProposalEvent.SELECT, null, {
        agendaItemId: item.id,
        number,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'agenda_item.create',
        entityType: 'agenda_item',
        entityId: item.id,
        details: { editionId: proposal.editionId, number, proposalId },
      });
      return item;
    });
  }

  async addWorkingGroupMember(
    actor: Principal,
    agendaItemId: string,
    member: { email?: string | null; organizationId?: string | null; role?: string | null },
  ): Promise<WorkingGroupMemberEntity> {
    if (!member.email === !member.organizationId) {
      throw badUserInput('input.email', 'give either a person (e-mail) or an organization, not both');
    }
    let target: { userId: string } | { organizationId: string };
    if (member.email) {
      const user = await this.accounts.findByEmail(member.email);
      if (!user) throw notFound('input.email', 'has no account');
      target = { userId: user.id };
    } else {
      const [organization] = await this.organizations.findByIds([member.organizationId as string]);
      if (!organization) throw notFound('input.organizationId');
      target = { organizationId: organization.id };
    }
    return this.uow.run(async (tx) => {
      if (!(await this.repository.agendaItemById(agendaItemId, tx))) throw notFound('input.agendaItemId');
      if (await this.repository.findWorkingGroupMember(tx, agendaItemId, target)) {
        throw conflict(
          member.email ? 'input.email' : 'input.organizationId',
          'is already in this working group',
        );
      }
      const row = await this.repository.insertWorkingGroupMember(tx, {
        agendaItemId,
        userId: 'userId' in target ? target.userId : null,
        organizationId: 'organizationId' in target ? target.organizationId : null,
        role: member.role?.trim() ?? '',
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'agenda_item.add_working_group_member',
        entityType: 'agenda_item',
        entityId: agendaItemId,
        details: { memberId: row.id, ...target },
      });
      return row;
    });
  }

  async removeWorkingGroupMember(actor: Principal, agendaItemId: string, memberId: string): Promise<void> {
    await this.uow.run(async (tx) => {
      if (!(await this.repository.deleteWorkingGroupMember(tx, agendaItemId, memberId))) {
        throw notFound('input.memberId', 'is not in this working group');
      }
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'agenda_item.remove_working_group_member',
        entityType: 'agenda_item',
        entityId: agendaItemId,
        details: { memberId },
      });
    });
  }

  private async decide(
    actor: Principal,
    proposalId: string,
    event: ProposalEvent.DEFER | ProposalEvent.REJECT,
    reasonInput: string | null,
  ): Promise<ProposalEntity> {
    const reason = reasonInput?.trim() || null;
    return this.uow.run(async (tx) => {
      const proposal = await this.proposals.lock(tx, proposalId);
      const to = this.proposals.transition(proposal, event);
      await this.proposals.record(tx, actor, proposal, to, event, reason);
      return this.repository.updateProposal(tx, proposalId, { state: to, reason });
    });
  }
}
