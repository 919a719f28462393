import { regionName } from './region-name';

describe('regionName', () => {
  it('names a country in the reader language from its ISO code', () => {
    expect(regionName('TH', 'Thailand', 'en')).toBe('Thailand');
    expect(regionName('th', 'Thailand', 'ar')).toBe('تايلاند');
  });

  it('falls back to the recorded name without a usable code', () => {
    expect(regionName(null, 'Thailand', 'ar')).toBe('Thailand');
    expect(regionName('??', 'Somewhere', 'en')).toBe('Somewhere');
  });
});
