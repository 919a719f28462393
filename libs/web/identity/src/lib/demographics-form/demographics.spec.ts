import { hasAnswers, toDemographicsFormValue, toDemographicsInput } from './demographics';

const blank = { ageBand: '', gender: '', disability: '', populationGroup: '', residenceJurisdictionId: '' };

describe('demographics answers', () => {
  it('records unanswered questions as null', () => {
    expect(toDemographicsInput(blank)).toEqual({
      ageBand: null,
      gender: null,
      disability: null,
      populationGroup: null,
      residenceJurisdictionId: null,
    });
  });

  it('records the answers given, trimmed, and ignores values that are not choices', () => {
    expect(
      toDemographicsInput({
        ageBand: 'FROM_25_TO_34',
        gender: 'SOMETHING',
        disability: 'WITH_DISABILITY',
        populationGroup: '  Rural farmers ',
        residenceJurisdictionId: 'th',
      }),
    ).toEqual({
      ageBand: 'FROM_25_TO_34',
      gender: null,
      disability: 'WITH_DISABILITY',
      populationGroup: 'Rural farmers',
      residenceJurisdictionId: 'th',
    });
  });

  it('fills the form from what is recorded, and knows when nothing is', () => {
    const recorded = {
      ageBand: 'FROM_65' as const,
      gender: null,
      disability: null,
      populationGroup: null,
      residence: { id: 'ke' },
    };
    expect(toDemographicsFormValue(recorded)).toEqual({
      ...blank,
      ageBand: 'FROM_65',
      residenceJurisdictionId: 'ke',
    });
    expect(hasAnswers(recorded)).toBe(true);
    expect(hasAnswers(null)).toBe(false);
  });
});
