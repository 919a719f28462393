import {
  averageScore,
  canResubmit,
  committeeComposition,
  describeCommitteeShortfall,
  isPublicProposal,
  ProposalEvent,
  ProposalState,
  proposalTransition,
  proposalWindowState,
  ProposalWindowState,
} from './agenda';
import { OrganizationSector } from './organization';

const { GOVERNMENT, CIVIL_SOCIETY, ACADEMIC_PROFESSIONAL, PRIVATE } = OrganizationSector;

describe('proposal life cycle', () => {
  const allowed: [ProposalState, ProposalEvent, ProposalState][] = [
    [ProposalState.DRAFT, ProposalEvent.SUBMIT, ProposalState.SUBMITTED],
    [ProposalState.SUBMITTED, ProposalEvent.SCREEN, ProposalState.SCREENED],
    [ProposalState.SCREENED, ProposalEvent.SELECT, ProposalState.SELECTED],
    [ProposalState.SUBMITTED, ProposalEvent.MERGE, ProposalState.MERGED],
    [ProposalState.SCREENED, ProposalEvent.MERGE, ProposalState.MERGED],
    [ProposalState.SCREENED, ProposalEvent.DEFER, ProposalState.DEFERRED],
    [ProposalState.SUBMITTED, ProposalEvent.REJECT, ProposalState.REJECTED],
    [ProposalState.SCREENED, ProposalEvent.REJECT, ProposalState.REJECTED],
    [ProposalState.DRAFT, ProposalEvent.WITHDRAW, ProposalState.WITHDRAWN],
    [ProposalState.SUBMITTED, ProposalEvent.WITHDRAW, ProposalState.WITHDRAWN],
    [ProposalState.SCREENED, ProposalEvent.WITHDRAW, ProposalState.WITHDRAWN],
  ];

  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(proposalTransition(from, event)).toEqual({ allowed: true, to });
  });

  // Every other pair of state and event is refused, with a sentence saying what it needed.
  const refused = Object.values(ProposalState).flatMap((from) =>
    Object.values(ProposalEvent)
      .filter((event) => !allowed.some(([f, e]) => f === from && e === event))
      .map((event) => [from, event] as const),
  );

  it.each(refused)('refuses %s --%s-->', (from, event) => {
    const transition = proposalTransition(from, event);
    expect(transition.allowed).toBe(false);
    if (!transition.allowed) expect(transition.reason).toMatch(/^cannot .+ proposal \(it must be .+\)$/);
  });

  it('covers all 56 pairs of state and event', () => {
    expect(allowed.length + refused.length).toBe(56);
  });

  it('lets only deferred and rejected proposals be proposed again, and hides drafts', () => {
    expect(Object.values(ProposalState).filter(canResubmit)).toEqual([
      ProposalState.DEFERRED,
      ProposalState.REJECTED,
    ]);
    expect(Object.values(ProposalState).filter((state) => !isPublicProposal(state))).toEqual([
      ProposalState.DRAFT,
    ]);
  });
});

describe('organizing committee composition', () => {
  it('holds at exactly 60% non-state members', () => {
    expect(
      committeeComposition([GOVERNMENT, GOVERNMENT, CIVIL_SOCIETY, ACADEMIC_PROFESSIONAL, PRIVATE]),
    ).toEqual({
      members: 5,
      nonState: 3,
      nonStatePercent: 60,
      meetsRule: true,
      nonStateMembersNeeded: 0,
    });
  });

  it('says how many non-state members are missing', () => {
    const composition = committeeComposition([
      GOVERNMENT,
      GOVERNMENT,
      GOVERNMENT,
      GOVERNMENT,
      CIVIL_SOCIETY,
      CIVIL_SOCIETY,
      PRIVATE,
    ]);
    expect(composition).toMatchObject({
      members: 7,
      nonState: 3,
      nonStatePercent: 42,
      meetsRule: false,
      nonStateMembersNeeded: 3,
    });
    // 3 more non-state members: 6 of 10 = 60%.
    expect(describeCommitteeShortfall(composition)).toBe(
      'has 3 of 7 members (42%) from non-state sectors; at least 60% is required, so add 3 more non-state members or replace state members',
    );
  });

  it('treats an empty committee as failing', () => {
    const composition = committeeComposition([]);
    expect(composition.meetsRule).toBe(false);
    expect(describeCommitteeShortfall(composition)).toMatch(/no members/);
  });
});

describe('proposal window', () => {
  const opens = new Date('2026-03-01T00:00:00Z');
  const closes = new Date('2026-04-01T00:00:00Z');

  it('is open from its opening (inclusive) to its closing (exclusive)', () => {
    expect(proposalWindowState(null, null)).toBe(ProposalWindowState.NOT_SET);
    expect(proposalWindowState(opens, closes, new Date('2026-02-28T23:59:59Z'))).toBe(
      ProposalWindowState.UPCOMING,
    );
    expect(proposalWindowState(opens, closes, opens)).toBe(ProposalWindowState.OPEN);
    expect(proposalWindowState(opens, closes, closes)).toBe(ProposalWindowState.CLOSED);
  });
});

describe('averageScore', () => {
  it('rounds to two decimals and is null without scores', () => {
    expect(averageScore([])).toBeNull();
    expect(averageScore([4, 5, 5])).toBe(4.67);
  });
});
