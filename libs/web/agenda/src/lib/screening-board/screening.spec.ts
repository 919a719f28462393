import {
  everyCriterionScored,
  fromDateTimeLocal,
  SCORE_CHOICES,
  toDateTimeLocal,
  toScoreDraft,
  toScoreInputs,
} from './screening';

const criteria = [{ key: 'importance' }, { key: 'feasibility' }];

describe('scores', () => {
  it('offers 1 to 5', () => {
    expect(SCORE_CHOICES).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts from the reviewer's saved scores, none where they have not scored", () => {
    expect(toScoreDraft(criteria, [{ criterionKey: 'feasibility', score: 4 }])).toEqual({
      importance: null,
      feasibility: 4,
    });
    expect(toScoreDraft(criteria, null)).toEqual({ importance: null, feasibility: null });
  });

  it('sends the scores once every criterion has one', () => {
    expect(toScoreInputs(criteria, { importance: 5, feasibility: null })).toBeNull();
    expect(toScoreInputs(criteria, { importance: 5, feasibility: 9 })).toBeNull();
    expect(toScoreInputs(criteria, { importance: 5, feasibility: 2 })).toEqual([
      { criterionKey: 'importance', score: 5 },
      { criterionKey: 'feasibility', score: 2 },
    ]);
  });

  it('knows when a proposal can be screened', () => {
    expect(
      everyCriterionScored(criteria, [
        { criterionKey: 'importance', scores: 1 },
        { criterionKey: 'feasibility', scores: 0 },
      ]),
    ).toBe(false);
    expect(
      everyCriterionScored(criteria, [
        { criterionKey: 'importance', scores: 2 },
        { criterionKey: 'feasibility', scores: 1 },
      ]),
    ).toBe(true);
  });
});

describe('datetime-local values', () => {
  it('round-trips an instant through the reader clock', () => {
    const iso = '2026-05-01T09:30:00.000Z';
    expect(fromDateTimeLocal(toDateTimeLocal(iso))).toBe(iso);
  });

  it('refuses what is not a time', () => {
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('tomorrow')).toBeNull();
    expect(toDateTimeLocal(null)).toBe('');
  });
});
