import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  conflict,
  Connection,
  emptyConnection,
  forbidden,
  keysetConnection,
  notFound,
  Principal,
  toConnection,
  Transaction,
  UnitOfWork,
} from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { AssembliesService, EditionsService } from '@canopy/api/assemblies';
import { JurisdictionsService } from '@canopy/api/jurisdictions';
import { OrganizationsService } from '@canopy/api/organizations';
import {
  canResubmit,
  ConstituencyState,
  CosponsorState,
  decodeCursor,
  isPublicProposal,
  meetsLevel,
  ProposalEvent,
  ProposalState,
  proposalTransition,
  ProposalWindowState,
  REASON_REQUIRED,
  VerificationLevel,
} from '@canopy/domain';
import { CosponsorEntity, EndorsementEntity, ProposalEntity } from './agenda.entities';
import { AgendaRepository, ProposalFilter } from './agenda.repository';

export interface ProposalContent {
  title: string;
  problem?: string | null;
  proposedAction?: string | null;
  expectedEffect?: string | null;
  evidenceLinks?: string[] | null;
  affectedGroups?: string[] | null;
  jurisdictionId?: string | null;
}

export interface PageArgs {
  first: number;
  after?: string | null;
}

/**
 * A proposal as its organization drafts, submits and withdraws it, gathers co-sponsors and endorsements.
 * Every change of state goes through `proposalTransition`, and each is audited.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly editions: EditionsService,
    private readonly assemblies: AssembliesService,
    private readonly organizations: OrganizationsService,
    private readonly jurisdictions: JurisdictionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  findByIds(ids: readonly string[]): Promise<ProposalEntity[]> {
    return this.repository.proposalsByIds(ids);
  }

  findById(id: string): Promise<ProposalEntity | null> {
    return this.repository.proposalById(id);
  }

  /** An edition's submitted proposals, in the order they came in. */
  editionProposals(filter: ProposalFilter, args: PageArgs): Promise<Connection<ProposalEntity>> {
    const publicFilter = { ...filter, publicOnly: true };
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.editionProposalPage(publicFilter, after ? Number(after[0]) : null, limit),
        count: () => this.repository.proposalCount(publicFilter),
      },
      { arity: 1, of: (row) => [row.number ?? 0] },
    );
  }

  /** Everything an organization has proposed, drafts included (its members only), newest first. */
  organizationProposals(organizationId: string, args: PageArgs): Promise<Connection<ProposalEntity>> {
    const filter = { organizationId };
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.organizationProposalPage(filter, after as [string, string] | null, limit),
        count: () => this.repository.proposalCount(filter),
      },
      { arity: 2, of: (row) => [row.createdAt.toISOString(), row.id] },
    );
  }

  /** Ranked full-text search over submitted proposals; pages by position in the ranking. */
  async search(
    text: string,
    editionId: string | undefined,
    args: PageArgs,
  ): Promise<Connection<ProposalEntity>> {
    const words = text.trim();
    if (!words) return emptyConnection();
    let offset = 0;
    if (args.after) {
      const key = decodeCursor(args.after, 1);
      if (!key || typeof key[0] !== 'number' || key[0] < 0) {
        throw badUserInput('after', 'is not a cursor this list gave out');
      }
      offset = key[0];
    }
    const [rows, total] = await Promise.all([
      this.repository.search(words, editionId, offset, args.first + 1),
      this.repository.searchCount(words, editionId),
    ]);
    let position = offset;
    return toConnection(
      rows,
      args.first,
      total,
      () => [++position],
      (row) => row,
    );
  }

  mergedInto(ids: readonly string[]) {
    return this.repository.mergedInto(ids);
  }

  resubmissionsOf(ids: readonly string[]) {
    return this.repository.resubmissionsOf(ids);
  }

  cosponsorsOf(ids: readonly string[]) {
    return this.repository.cosponsorsOf(ids);
  }

  cosponsorRequestsFor(organizationIds: readonly string[]) {
    return this.repository.cosponsorRequestsFor(organizationIds);
  }

  endorsementCounts(ids: readonly string[]) {
    return this.repository.endorsementCounts(ids);
  }

  endorsingOrganizations(ids: readonly string[]) {
    return this.repository.endorsementsByOrganizations(ids);
  }

  endorsedBy(userId: string, ids: readonly string[]) {
    return this.repository.endorsedBy(userId, ids);
  }

  /**
   * Starts a draft for an organization. With `previousProposalId` it proposes again a deferred or
   * rejected proposal of an earlier edition of the same assembly, and keeps that lineage.
   */
  async draft(
    actor: Principal,
    editionId: string,
    organizationId: string,
    content: ProposalContent,
    previousProposalId?: string | null,
  ): Promise<ProposalEntity> {
    const edition = await this.editions.findById(editionId);
    if (!edition) throw notFound('input.editionId');
    const [organization] = await this.organizations.findByIds([organizationId]);
    if (!organization) throw notFound('input.organizationId');
    let inherited: Partial<ProposalEntity> = {};
    if (previousProposalId) {
      const previous = await this.repository.proposalById(previousProposalId);
      if (!previous) throw notFound('input.previousProposalId');
      const previousEdition = await this.editions.findById(previous.editionId);
      if (previous.organizationId !== organizationId) {
        throw badUserInput('input.previousProposalId', 'belongs to another organization');
      }
      if (!canResubmit(previous.state)) {
        throw badUserInput(
          'input.previousProposalId',
          `is ${previous.state.toLowerCase()}; only deferred or rejected proposals can be proposed again`,
        );
      }
      if (previousEdition?.assemblyId !== edition.assemblyId || previousEdition.number >= edition.number) {
        throw badUserInput(
          'input.previousProposalId',
          'must be from an earlier edition of the same assembly',
        );
      }
      inherited = {
        problem: previous.problem,
        proposedAction: previous.proposedAction,
        expectedEffect: previous.expectedEffect,
        evidenceLinks: previous.evidenceLinks,
        affectedGroups: previous.affectedGroups,
        jurisdictionId: previous.jurisdictionId,
      };
    }
    const fields = await this.contentFields(content);
    return this.uow.run(async (tx) => {
      const proposal = await this.repository.insertProposal(tx, {
        ...inherited,
        ...fields,
        jurisdictionId: fields.jurisdictionId ?? inherited.jurisdictionId ?? organization.jurisdictionId,
        editionId,
        organizationId,
        state: ProposalState.DRAFT,
        previousProposalId: previousProposalId ?? null,
        createdBy: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'proposal.draft',
        entityType: 'proposal',
        entityId: proposal.id,
        toState: ProposalState.DRAFT,
        details: { editionId, organizationId, previousProposalId: previousProposalId ?? null },
      });
      return proposal;
    });
  }

  /** Drafts only: once submitted, the text the secretariat screens does not change. */
  async update(actor: Principal, id: string, content: Partial<ProposalContent>): Promise<ProposalEntity> {
    const fields = await this.contentFields(content);
    return this.uow.run(async (tx) => {
      const proposal = await this.lock(tx, id);
      if (proposal.state !== ProposalState.DRAFT) {
        throw conflict('input.proposalId', `is ${proposal.state.toLowerCase()}; only drafts can be edited`);
      }
      const updated = await this.repository.updateProposal(tx, id, fields);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'proposal.edit',
        entityType: 'proposal',
        entityId: id,
        details: { fields: Object.keys(fields) },
      });
      return updated;
    });
  }

  /** Inside the edition's window only, by an approved constituency, with the problem and action stated. */
  async submit(actor: Principal, id: string): Promise<ProposalEntity> {
    return this.uow.run(async (tx) => {
      const proposal = await this.lock(tx, id);
      const to = this.transition(proposal, ProposalEvent.SUBMIT);
      const edition = await this.editions.findById(proposal.editionId, tx);
      const window = edition ? this.editions.windowState(edition) : ProposalWindowState.NOT_SET;
      if (window !== ProposalWindowState.OPEN) {
        throw conflict(
          'input.proposalId',
          `cannot be submitted: the edition's proposal window is ${describeWindow(window)}`,
          { reason: 'PROPOSAL_WINDOW_NOT_OPEN', details: { window } },
        );
      }
      const constituency = await this.repository.constituencyOf(
        tx,
        proposal.editionId,
        proposal.organizationId,
      );
      if (constituency?.state !== ConstituencyState.APPROVED) {
        throw conflict(
          'input.proposalId',
          'cannot be submitted: the organization is not an approved constituency of this edition',
          { reason: 'NOT_A_CONSTITUENCY', details: { constituency: constituency?.state ?? null } },
        );
      }
      const missing = (['problem', 'proposedAction'] as const).find((field) => !proposal[field].trim());
      if (missing) throw badUserInput(`input.${missing}`, 'must be written before submitting');
      // The edition row serializes the numbering of its proposals.
      await this.repository.lockEdition(tx, proposal.editionId);
      const number = await this.repository.nextProposalNumber(tx, proposal.editionId);
      const submitted = await this.repository.updateProposal(tx, id, {
        state: to,
        number,
        submittedAt: new Date(),
      });
      await this.record(tx, actor, proposal, to, ProposalEvent.SUBMIT, null, { number });
      return submitted;
    });
  }

  async withdraw(actor: Principal, id: string): Promise<ProposalEntity> {
    return this.uow.run(async (tx) => {
      const proposal = await this.lock(tx, id);
      const to = this.transition(proposal, ProposalEvent.WITHDRAW);
      const withdrawn = await this.repository.updateProposal(tx, id, { state: to });
      await this.record(tx, actor, proposal, to, ProposalEvent.WITHDRAW, null);
      return withdrawn;
    });
  }

  /** Asks another organization to co-sponsor; it counts once that organization confirms. */
  async requestCosponsor(
    actor: Principal,
    proposalId: string,
    organizationId: string,
  ): Promise<CosponsorEntity> {
    const [organization] = await this.organizations.findByIds([organizationId]);
    if (!organization) throw notFound('input.organizationId');
    return this.uow.run(async (tx) => {
      const proposal = await this.lock(tx, proposalId);
      this.requireOpen(proposal);
      if (proposal.organizationId === organizationId) {
        throw badUserInput('input.organizationId', 'is the proposing organization itself');
      }
      const existing = await this.repository.findCosponsor(tx, proposalId, organizationId);
      if (existing && existing.state !== CosponsorState.DECLINED) {
        throw conflict(
          'input.organizationId',
          `is already ${existing.state === CosponsorState.PENDING ? 'asked' : 'a co-sponsor'}`,
        );
      }
      const cosponsor = await this.repository.saveCosponsor(tx, {
        proposalId,
        organizationId,
        state: CosponsorState.PENDING,
        requestedAt: new Date(),
        respondedAt: null,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'proposal.request_cosponsor',
        entityType: 'proposal',
        entityId: proposalId,
        fromState: existing?.state ?? null,
        toState: CosponsorState.PENDING,
        details: { organizationId },
      });
      return cosponsor;
    });
  }

  async respondToCosponsorship(
    actor: Principal,
    proposalId: string,
    organizationId: string,
    confirm: boolean,
  ): Promise<CosponsorEntity> {
    return this.uow.run(async (tx) => {
      const proposal = await this.lock(tx, proposalId);
      this.requireOpen(proposal);
      const request = await this.repository.findCosponsor(tx, proposalId, organizationId);
      if (!request) throw notFound('input.organizationId', 'was not asked to co-sponsor this proposal');
      if (request.state !== CosponsorState.PENDING) {
        throw conflict(
          'input.organizationId',
          `has already ${request.state === CosponsorState.CONFIRMED ? 'confirmed' : 'declined'}`,
        );
      }
      const to = confirm ? CosponsorState.CONFIRMED : CosponsorState.DECLINED;
      const answered = await this.repository.saveCosponsor(tx, {
        ...request,
        state: to,
        respondedAt: new Date(),
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: confirm ? 'proposal.confirm_cosponsor' : 'proposal.decline_cosponsor',
        entityType: 'proposal',
        entityId: proposalId,
        fromState: CosponsorState.PENDING,
        toState: to,
        details: { organizationId },
      });
      return answered;
    });
  }

  /** One endorsement per citizen, who must meet the assembly's verification level. */
  async endorseAsCitizen(
    actor: Principal,
    actorLevel: VerificationLevel,
    proposalId: string,
  ): Promise<EndorsementEntity> {
    const proposal = await this.repository.proposalById(proposalId);
    if (!proposal || !isPublicProposal(proposal.state)) throw notFound('input.proposalId');
    const edition = await this.editions.findById(proposal.editionId);
    const [assembly] = edition ? await this.assemblies.findByIds([edition.assemblyId]) : [];
    if (assembly && !meetsLevel(actorLevel, assembly.votingLevel)) {
      throw forbidden(`Endorsing in this assembly needs verification level ${assembly.votingLevel}`);
    }
    return this.endorse(actor, proposalId, { userId: actor.userId });
  }

  /** One endorsement per organization, given by one of its members. */
  endorseAsOrganization(
    actor: Principal,
    proposalId: string,
    organizationId: string,
  ): Promise<EndorsementEntity> {
    return this.endorse(actor, proposalId, { organizationId });
  }

  private async endorse(
    actor: Principal,
    proposalId: string,
    by: { userId: string } | { organizationId: string },
  ): Promise<EndorsementEntity> {
    return this.uow.run(async (tx) => {
      const proposal = await this.lock(tx, proposalId);
      if (!isPublicProposal(proposal.state)) throw notFound('input.proposalId');
      if (proposal.state === ProposalState.WITHDRAWN) {
        throw conflict('input.proposalId', 'is withdrawn');
      }
      if ('organizationId' in by && by.organizationId === proposal.organizationId) {
        throw badUserInput('input.organizationId', 'is the proposing organization itself');
      }
      if (await this.repository.findEndorsement(tx, proposalId, by)) {
        throw conflict(
          'organizationId' in by ? 'input.organizationId' : 'input.proposalId',
          'has already endorsed this proposal',
        );
      }
      const endorsement = await this.repository.insertEndorsement(tx, {
        proposalId,
        organizationId: 'organizationId' in by ? by.organizationId : null,
        userId: actor.userId,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'proposal.endorse',
        entityType: 'proposal',
        entityId: proposalId,
        details: 'organizationId' in by ? { organizationId: by.organizationId } : { citizen: true },
      });
      return endorsement;
    });
  }

  async lock(tx: Transaction, id: string): Promise<ProposalEntity> {
    const proposal = await this.repository.lockProposal(tx, id);
    if (!proposal) throw notFound('input.proposalId');
    return proposal;
  }

  /** The state an event leads to, or a CONFLICT that says why it cannot happen. */
  transition(proposal: ProposalEntity, event: ProposalEvent): ProposalState {
    const transition = proposalTransition(proposal.state, event);
    if (!transition.allowed) {
      throw conflict('input.proposalId', transition.reason, {
        reason: 'ILLEGAL_TRANSITION',
        details: { state: proposal.state, event },
      });
    }
    return transition.to;
  }

  /** Audits a change of state, with the reason where the event requires one. */
  async record(
    tx: Transaction,
    actor: Principal,
    proposal: ProposalEntity,
    to: ProposalState,
    event: ProposalEvent,
    reason: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (REASON_REQUIRED.includes(event) && !reason) throw badUserInput('input.reason', 'is required');
    await this.audit.record(tx, {
      actorId: actor.userId,
      action: `proposal.${event.toLowerCase()}`,
      entityType: 'proposal',
      entityId: proposal.id,
      fromState: proposal.state,
      toState: to,
      reason,
      details,
    });
  }

  private requireOpen(proposal: ProposalEntity): void {
    const open = [ProposalState.DRAFT, ProposalState.SUBMITTED, ProposalState.SCREENED];
    if (!open.includes(proposal.state)) {
      throw conflict(
        'input.proposalId',
        `is ${proposal.state.toLowerCase()}; co-sponsors can no longer change`,
      );
    }
  }

  private async contentFields(content: Partial<ProposalContent>): Promise<Partial<ProposalEntity>> {
    if (content.jurisdictionId && !(await this.jurisdictions.findById(content.jurisdictionId))) {
      throw notFound('input.jurisdictionId');
    }
    const text = (value: string | null | undefined) =>
      value === undefined ? undefined : (value ?? '').trim();
    const list = (value: string[] | null | undefined) =>
      value === undefined
        ? undefined
        : [...new Set((value ?? []).map((item) => item.trim()).filter(Boolean))];
    const fields: Partial<ProposalEntity> = {
      title: content.title?.trim(),
      problem: text(content.problem),
      proposedAction: text(content.proposedAction),
      expectedEffect: text(content.expectedEffect),
      evidenceLinks: list(content.evidenceLinks),
      affectedGroups: list(content.affectedGroups),
      jurisdictionId: content.jurisdictionId ?? undefined,
    };
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  }
}

function describeWindow(state: ProposalWindowState): string {
  switch (state) {
    case ProposalWindowState.NOT_SET:
      return 'not open yet';
    case ProposalWindowState.UPCOMING:
      return 'not open yet';
    case ProposalWindowState.CLOSED:
      return 'closed';
    default:
      return 'open';
  }
}
