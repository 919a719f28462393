import { findLanguage } from './languages';

describe('findLanguage', () => {
  it('matches a browser language tag by its primary language', () => {
    expect(findLanguage('ar-EG')?.direction).toBe('rtl');
    expect(findLanguage('en-GB')?.code).toBe('en');
  });

  it('finds nothing for a language Canopy does not offer', () => {
    expect(findLanguage('fr')).toBeUndefined();
    expect(findLanguage(null)).toBeUndefined();
  });
});
