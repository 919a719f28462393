import { safeWebsite } from './safe-website';

describe('safeWebsite', () => {
  it('links web addresses only', () => {
    expect(safeWebsite('https://example.org/about')).toBe('https://example.org/about');
    expect(safeWebsite('javascript:alert(1)')).toBeNull();
    expect(safeWebsite('not a url')).toBeNull();
    expect(safeWebsite(null)).toBeNull();
  });
});
