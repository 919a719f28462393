import type { ParticipationStage, ProposalState } from './graphql/generated';

/** The states a reader can filter an edition's proposals by: drafts are never public. */
export const PUBLIC_PROPOSAL_STATES: readonly ProposalState[] = [
  'SUBMITTED',
  'SCREENED',
  'SELECTED',
  'MERGED',
  'DEFERRED',
  'REJECTED',
  'WITHDRAWN',
];

export function isPublicProposalState(value: string): value is ProposalState {
  return PUBLIC_PROPOSAL_STATES.includes(value as ProposalState);
}

/** The stages of an edition in the order they happen. */
export const PARTICIPATION_STAGES: readonly ParticipationStage[] = [
  'CONSTITUENCY',
  'PROPOSAL',
  'COSPONSOR',
  'WORKING_GROUP',
];

/** Only deferred and rejected proposals may be proposed again, to a later edition. */
export function canProposeAgain(state: ProposalState): boolean {
  return state === 'DEFERRED' || state === 'REJECTED';
}
