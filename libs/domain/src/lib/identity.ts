/** How far a person's identity has been established; each level includes the ones before it. */
export enum VerificationLevel {
  NONE = 'NONE',
  EMAIL_VERIFIED = 'EMAIL_VERIFIED',
  RESIDENCE_DECLARED = 'RESIDENCE_DECLARED',
  VERIFIED = 'VERIFIED',
}

const LEVEL_ORDER = [
  VerificationLevel.NONE,
  VerificationLevel.EMAIL_VERIFIED,
  VerificationLevel.RESIDENCE_DECLARED,
  VerificationLevel.VERIFIED,
];

export function meetsLevel(actual: VerificationLevel, required: VerificationLevel): boolean {
  return LEVEL_ORDER.indexOf(actual) >= LEVEL_ORDER.indexOf(required);
}

export interface VerificationFacts {
  emailVerified: boolean;
  residenceDeclared: boolean;
  /** Verified by a secretariat or an identity provider. */
  identityVerified: boolean;
}

/** A verified identity still needs a verified e-mail; residence counts only once the e-mail is verified. */
export function verificationLevel(facts: VerificationFacts): VerificationLevel {
  if (!facts.emailVerified) return VerificationLevel.NONE;
  if (facts.identityVerified) return VerificationLevel.VERIFIED;
  if (facts.residenceDeclared) return VerificationLevel.RESIDENCE_DECLARED;
  return VerificationLevel.EMAIL_VERIFIED;
}

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  FROM_18_TO_24 = 'FROM_18_TO_24',
  FROM_25_TO_34 = 'FROM_25_TO_34',
  FROM_35_TO_44 = 'FROM_35_TO_44',
  FROM_45_TO_54 = 'FROM_45_TO_54',
  FROM_55_TO_64 = 'FROM_55_TO_64',
  FROM_65 = 'FROM_65',
}

export enum Gender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  NON_BINARY = 'NON_BINARY',
  OTHER = 'OTHER',
}

export enum DisabilityStatus {
  WITH_DISABILITY = 'WITH_DISABILITY',
  WITHOUT_DISABILITY = 'WITHOUT_DISABILITY',
}

export const ACCOUNT_LIMITS = {
  passwordMinLength: 12,
  passwordMaxLength: 256,
  displayNameMaxLength: 120,
  emailMaxLength: 254,
  populationGroupMaxLength: 100,
} as const;

/** What anyone sees in place of a deleted account's name. */
export const FORMER_MEMBER_NAME = 'A former member';

/** Null when the password is acceptable, else the reason, phrased to follow the field name. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < ACCOUNT_LIMITS.passwordMinLength) {
    return `must be at least ${ACCOUNT_LIMITS.passwordMinLength} characters long`;
  }
  if (password.length > ACCOUNT_LIMITS.passwordMaxLength) {
    return `must be at most ${ACCOUNT_LIMITS.passwordMaxLength} characters long`;
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local))
    return 'must not contain your e-mail address';
  if (new Set(password).size < 5) return 'must not repeat the same few characters';
  return null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
