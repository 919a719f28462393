import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('goes back to a page of this site, with its query', () => {
    expect(safeReturnUrl('/organizations/mine')).toBe('/organizations/mine');
    expect(safeReturnUrl('/invitations/accept?token=abc')).toBe('/invitations/accept?token=abc');
  });

  it('never leaves the site', () => {
    expect(safeReturnUrl('https://example.com/')).toBe('/');
    expect(safeReturnUrl('//example.com/')).toBe('/');
    expect(safeReturnUrl('/\\example.com')).toBe('/');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/');
  });

  it('does not loop back to signing in', () => {
    expect(safeReturnUrl('/login?returnUrl=/account')).toBe('/');
    expect(safeReturnUrl('/register')).toBe('/');
    expect(safeReturnUrl(null, '/account')).toBe('/account');
  });
});
