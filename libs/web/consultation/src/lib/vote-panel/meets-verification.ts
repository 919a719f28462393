import type { VerificationLevel } from '../graphql/generated';

/** Weakest first, as the API ranks them: a level meets every level before it. */
const LEVELS: readonly VerificationLevel[] = ['NONE', 'EMAIL_VERIFIED', 'RESIDENCE_DECLARED', 'VERIFIED'];

export function meetsVerification(actual: VerificationLevel, required: VerificationLevel): boolean {
  return LEVELS.indexOf(actual) >= LEVELS.indexOf(required);
}
