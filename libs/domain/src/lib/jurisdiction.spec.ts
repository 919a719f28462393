import { canNestUnder, isIsoAlpha2, isIsoAlpha3, JurisdictionLevel } from './jurisdiction';
import { isOrderedDateRange } from './assembly';

describe('jurisdiction rules', () => {
  it('nest a level only below a higher one', () => {
    expect(canNestUnder(JurisdictionLevel.REGION, JurisdictionLevel.COUNTRY)).toBe(true);
    expect(canNestUnder(JurisdictionLevel.COMMUNITY, JurisdictionLevel.REGION)).toBe(true);
    expect(canNestUnder(JurisdictionLevel.REGION, JurisdictionLevel.REGION)).toBe(false);
    expect(canNestUnder(JurisdictionLevel.COUNTRY, JurisdictionLevel.DISTRICT)).toBe(false);
  });

  it('recognise ISO 3166-1 codes', () => {
    expect(isIsoAlpha2('TH')).toBe(true);
    expect(isIsoAlpha2('th')).toBe(false);
    expect(isIsoAlpha3('THA')).toBe(true);
    expect(isIsoAlpha3('TH')).toBe(false);
  });
});

describe('edition dates', () => {
  it('accept unknown or ordered dates and refuse an end before the start', () => {
    expect(isOrderedDateRange({ startsOn: null, endsOn: '2024-01-01' })).toBe(true);
    expect(isOrderedDateRange({ startsOn: '2023-12-20', endsOn: '2023-12-22' })).toBe(true);
    expect(isOrderedDateRange({ startsOn: '2023-12-22', endsOn: '2023-12-20' })).toBe(false);
  });
});
