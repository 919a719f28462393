import type { VerificationLevel } from '@canopy/web/core/graphql';

/** Weakest first, as the API ranks them: a level meets every level before it. */
const LEVELS: readonly VerificationLevel[] = ['NONE', 'EMAIL_VERIFIED', 'RESIDENCE_DECLARED', 'VERIFIED'];

export function meetsVerification(actual: VerificationLevel, required: VerificationLevel): boolean {
  return LEVELS.indexOf(actual) >= LEVELS.indexOf(required);
}
