import { ACCOUNT_LIMITS } from '@canopy/domain';

/** The rules a new password must meet; the API checks the same ones (`passwordProblem` in the domain). */
export type PasswordProblem =
  'passwordTooShort' | 'passwordTooLong' | 'passwordContainsEmail' | 'passwordRepetitive';

export const PASSWORD_MIN_LENGTH = ACCOUNT_LIMITS.passwordMinLength;

/** The first rule a password breaks, or null; the names are the form errors the page translates. */
export function passwordProblem(password: string, email = ''): PasswordProblem | null {
  if (!password) return null;
  if (password.length < ACCOUNT_LIMITS.passwordMinLength) return 'passwordTooShort';
  if (password.length > ACCOUNT_LIMITS.passwordMaxLength) return 'passwordTooLong';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return 'passwordContainsEmail';
  if (new Set(password).size < 5) return 'passwordRepetitive';
  return null;
}
