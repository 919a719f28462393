import { meetsVerification } from './meets-verification';

describe('meetsVerification', () => {
  it('lets a level meet itself and every weaker level', () => {
    expect(meetsVerification('RESIDENCE_DECLARED', 'RESIDENCE_DECLARED')).toBe(true);
    expect(meetsVerification('VERIFIED', 'EMAIL_VERIFIED')).toBe(true);
    expect(meetsVerification('EMAIL_VERIFIED', 'NONE')).toBe(true);
  });

  it('refuses a weaker level than the one required', () => {
    expect(meetsVerification('NONE', 'EMAIL_VERIFIED')).toBe(false);
    expect(meetsVerification('EMAIL_VERIFIED', 'VERIFIED')).toBe(false);
  });
});
