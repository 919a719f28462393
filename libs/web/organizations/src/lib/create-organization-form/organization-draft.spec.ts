import { toCreateOrganizationInput, WEBSITE_PATTERN } from './organization-draft';

describe('toCreateOrganizationInput', () => {
  const draft = {
    name: '  Songkhla Health Network ',
    sector: 'CIVIL_SOCIETY',
    jurisdictionId: 'th',
    description: ' Community health volunteers. ',
    website: '',
  };

  it('trims what was typed and leaves out an empty website', () => {
    expect(toCreateOrganizationInput(draft)).toEqual({
      name: 'Songkhla Health Network',
      sector: 'CIVIL_SOCIETY',
      jurisdictionId: 'th',
      description: 'Community health volunteers.',
      website: null,
    });
  });

  it('needs a sector Canopy knows', () => {
    expect(toCreateOrganizationInput({ ...draft, sector: '' })).toBeNull();
    expect(toCreateOrganizationInput({ ...draft, sector: 'MEDIA' })).toBeNull();
  });
});

describe('WEBSITE_PATTERN', () => {
  it('accepts web addresses and refuses the rest', () => {
    expect(WEBSITE_PATTERN.test('https://example.org/about')).toBe(true);
    expect(WEBSITE_PATTERN.test('http://example.org')).toBe(true);
    expect(WEBSITE_PATTERN.test('example.org')).toBe(false);
    expect(WEBSITE_PATTERN.test('javascript:alert(1)')).toBe(false);
    expect(WEBSITE_PATTERN.test('https:// spaced.org')).toBe(false);
  });
});
