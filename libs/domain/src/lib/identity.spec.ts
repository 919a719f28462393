import { meetsLevel, passwordProblem, VerificationLevel, verificationLevel } from './identity';

describe('verification levels', () => {
  it('build on each other', () => {
    expect(verificationLevel({ emailVerified: false, residenceDeclared: true, identityVerified: true })).toBe(
      VerificationLevel.NONE,
    );
    expect(
      verificationLevel({ emailVerified: true, residenceDeclared: false, identityVerified: false }),
    ).toBe(VerificationLevel.EMAIL_VERIFIED);
    expect(verificationLevel({ emailVerified: true, residenceDeclared: true, identityVerified: false })).toBe(
      VerificationLevel.RESIDENCE_DECLARED,
    );
    expect(verificationLevel({ emailVerified: true, residenceDeclared: false, identityVerified: true })).toBe(
      VerificationLevel.VERIFIED,
    );
    expect(meetsLevel(VerificationLevel.VERIFIED, VerificationLevel.RESIDENCE_DECLARED)).toBe(true);
    expect(meetsLevel(VerificationLevel.EMAIL_VERIFIED, VerificationLevel.RESIDENCE_DECLARED)).toBe(false);
  });
});

describe('passwords', () => {
  it.each([
    ['short', 'at least 12'],
    ['aaaaaaaaaaaaaaaa', 'same few characters'],
    ['somchai.k-2024-long', 'e-mail'],
  ])('refuse %p', (password, reason) => {
    expect(passwordProblem(password, 'somchai.k@example.org')).toContain(reason);
  });

  it('accept a long passphrase', () => {
    expect(passwordProblem('health for all by all', 'somchai@example.org')).toBeNull();
  });
});
