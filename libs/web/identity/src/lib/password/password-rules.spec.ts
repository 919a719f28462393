import { passwordProblem as domainPasswordProblem } from '@canopy/domain';
import { passwordProblem } from './password-rules';

describe('passwordProblem', () => {
  it('accepts a long, varied password', () => {
    expect(passwordProblem('correct horse battery', 'somchai@example.org')).toBeNull();
  });

  it('names the rule a password breaks', () => {
    expect(passwordProblem('short', 'a@b.c')).toBe('passwordTooShort');
    expect(passwordProblem('x'.repeat(257))).toBe('passwordTooLong');
    expect(passwordProblem('my-somchai-password', 'Somchai@example.org')).toBe('passwordContainsEmail');
    expect(passwordProblem('abababababababab')).toBe('passwordRepetitive');
  });

  it('leaves an empty field to the "required" rule', () => {
    expect(passwordProblem('')).toBeNull();
  });

  it('agrees with the rule the API applies', () => {
    const samples: [string, string][] = [
      ['correct horse battery', 'somchai@example.org'],
      ['short', 'a@b.c'],
      ['my-somchai-password', 'somchai@example.org'],
      ['abababababababab', 'x@y.z'],
      ['aaaa-bbbb-cccc', 'abc@y.z'],
    ];
    for (const [password, email] of samples) {
      expect(passwordProblem(password, email) === null).toBe(domainPasswordProblem(password, email) === null);
    }
  });
});
