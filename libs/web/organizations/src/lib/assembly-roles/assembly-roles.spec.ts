import { isAssemblyRole, isVerificationLevel, sortRoleGrants } from './assembly-roles';

const grant = (role: 'SECRETARIAT' | 'MODERATOR', displayName: string) => ({
  role,
  grantedAt: '2026-01-01T00:00:00.000Z',
  user: { id: displayName, displayName },
});

describe('sortRoleGrants', () => {
  it('puts the secretariat first, then moderators, each by name', () => {
    const sorted = sortRoleGrants(
      [grant('MODERATOR', 'Ann'), grant('SECRETARIAT', 'Zoe'), grant('SECRETARIAT', 'Bo')],
      'en',
    );
    expect(sorted.map((item) => `${item.role} ${item.user.displayName}`)).toEqual([
      'SECRETARIAT Bo',
      'SECRETARIAT Zoe',
      'MODERATOR Ann',
    ]);
  });
});

describe('choices', () => {
  it('knows the roles and verification levels the API accepts', () => {
    expect(isAssemblyRole('MODERATOR')).toBe(true);
    expect(isAssemblyRole('ADMIN')).toBe(false);
    expect(isVerificationLevel('RESIDENCE_DECLARED')).toBe(true);
    expect(isVerificationLevel('')).toBe(false);
  });
});
