import { OrganizationSector } from './organization';

/**
 * The front half of an assembly's cycle: organizations register as constituencies of an edition, propose
 * agenda items, the secretariat screens them against published criteria and builds the agenda.
 */

export enum ProposalState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SCREENED = 'SCREENED',
  SELECTED = 'SELECTED',
  MERGED = 'MERGED',
  DEFERRED = 'DEFERRED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** What can happen to a proposal; each moves it along exactly one edge of the life cycle. */
export enum ProposalEvent {
  SUBMIT = 'SUBMIT',
  SCREEN = 'SCREEN',
  SELECT = 'SELECT',
  MERGE = 'MERGE',
  DEFER = 'DEFER',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
}

const TRANSITIONS: Record<ProposalEvent, { from: readonly ProposalState[]; to: ProposalState }> = {
  [ProposalEvent.SUBMIT]: { from: [ProposalState.DRAFT], to: ProposalState.SUBMITTED },
  [ProposalEvent.SCREEN]: { from: [ProposalState.SUBMITTED], to: ProposalState.SCREENED },
  [ProposalEvent.SELECT]: { from: [ProposalState.SCREENED], to: ProposalState.SELECTED },
  [ProposalEvent.MERGE]: {
    from: [ProposalState.SUBMITTED, ProposalState.SCREENED],
    to: ProposalState.MERGED,
  },
  [ProposalEvent.DEFER]: { from: [ProposalState.SCREENED], to: ProposalState.DEFERRED },
  [ProposalEvent.REJECT]: {
    from: [ProposalState.SUBMITTED, ProposalState.SCREENED],
    to: ProposalState.REJECTED,
  },
  [ProposalEvent.WITHDRAW]: {
    from: [ProposalState.DRAFT, ProposalState.SUBMITTED, ProposalState.SCREENED],
    to: ProposalState.WITHDRAWN,
  },
};

export type Transition = { allowed: true; to: ProposalState } | { allowed: false; reason: string };

/** The one place that says where a proposal may go from where it is. */
export function proposalTransition(from: ProposalState, event: ProposalEvent): Transition {
  const edge = TRANSITIONS[event];
  if (edge.from.includes(from)) return { allowed: true, to: edge.to };
  const expected = edge.from.map((state) => state.toLowerCase()).join(' or ');
  return {
    allowed: false,
    reason: `cannot ${event.toLowerCase()} a ${from.toLowerCase()} proposal (it must be ${expected})`,
  };
}

/** Events whose reason is required (and kept in the audit trail and on the proposal). */
export const REASON_REQUIRED: readonly ProposalEvent[] = [ProposalEvent.REJECT];

/** States a proposal stays in for good; only deferred and rejected ones may be proposed again. */
export const FINAL_PROPOSAL_STATES: readonly ProposalState[] = [
  ProposalState.SELECTED,
  ProposalState.MERGED,
  ProposalState.DEFERRED,
  ProposalState.REJECTED,
  ProposalState.WITHDRAWN,
];

export function canResubmit(state: ProposalState): boolean {
  return state === ProposalState.DEFERRED || state === ProposalState.REJECTED;
}

/** The public sees a proposal once it has been submitted; drafts belong to the organization. */
export function isPublicProposal(state: ProposalState): boolean {
  return state !== ProposalState.DRAFT;
}

export const PROPOSAL_LIMITS = {
  titleMaxLength: 200,
  textMaxLength: 8000,
  evidenceLinksMax: 20,
  linkMaxLength: 500,
  affectedGroupsMax: 20,
  affectedGroupMaxLength: 100,
  reasonMaxLength: 2000,
  searchMaxLength: 200,
} as const;

/** Screening criteria every edition starts with (the Thai National Health Assembly's four). */
export const DEFAULT_SCREENING_CRITERIA: readonly { key: string; name: string }[] = [
  { key: 'importance', name: 'Importance' },
  { key: 'size', name: 'Size of the problem' },
  { key: 'public_interest', name: 'Public interest' },
  { key: 'feasibility', name: 'Feasibility' },
];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export enum ProposalWindowState {
  NOT_SET = 'NOT_SET',
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export function proposalWindowState(
  opensAt: Date | null,
  closesAt: Date | null,
  now: Date = new Date(),
): ProposalWindowState {
  if (!opensAt || !closesAt) return ProposalWindowState.NOT_SET;
  if (now < opensAt) return ProposalWindowState.UPCOMING;
  if (now >= closesAt) return ProposalWindowState.CLOSED;
  return ProposalWindowState.OPEN;
}

/** At least 60% of an organizing committee must come from outside the state. */
export const NON_STATE_SHARE_PERCENT = 60;

export function isNonState(sector: OrganizationSector): boolean {
  return sector !== OrganizationSector.GOVERNMENT;
}

export interface CommitteeComposition {
  members: number;
  nonState: number;
  /** Whole percent, rounded down. */
  nonStatePercent: number;
  meetsRule: boolean;
  /** Non-state members to add (with no one leaving) for the rule to hold; 0 when it holds. */
  nonStateMembersNeeded: number;
}

export function committeeComposition(sectors: readonly OrganizationSector[]): CommitteeComposition {
  const members = sectors.length;
  const nonState = sectors.filter(isNonState).length;
  // nonState + k >= 60% of (members + k)  <=>  100 (nonState + k) >= 60 (members + k)
  const needed = Math.max(0, Math.ceil((60 * members - 100 * nonState) / 40));
  const meetsRule = members > 0 && needed === 0;
  return {
    members,
    nonState,
    nonStatePercent: members === 0 ? 0 : Math.floor((100 * nonState) / members),
    meetsRule,
    nonStateMembersNeeded: members === 0 ? 1 : needed,
  };
}

/** The sentence a secretariat reads when the committee keeps the edition from opening. */
export function describeCommitteeShortfall(composition: CommitteeComposition): string {
  if (composition.members === 0) return 'has no members yet; add them before opening for proposals';
  return (
    `has ${composition.nonState} of ${composition.members} members (${composition.nonStatePercent}%) ` +
    `from non-state sectors; at least ${NON_STATE_SHARE_PERCENT}% is required, so add ` +
    `${composition.nonStateMembersNeeded} more non-state member${composition.nonStateMembersNeeded === 1 ? '' : 's'} ` +
    `or replace state members`
  );
}

export enum ConstituencyBasis {
  AREA = 'AREA',
  ISSUE = 'ISSUE',
}

export enum ConstituencyState {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

export enum CosponsorState {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
}

/** The stages of an edition at which the triangle of sectors is counted. */
export enum ParticipationStage {
  CONSTITUENCY = 'CONSTITUENCY',
  PROPOSAL = 'PROPOSAL',
  COSPONSOR = 'COSPONSOR',
  WORKING_GROUP = 'WORKING_GROUP',
}

export function averageScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100;
}
