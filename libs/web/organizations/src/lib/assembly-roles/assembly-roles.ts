import type { AssemblyRole, VerificationLevel } from '../graphql/generated';

export const ASSEMBLY_ROLES: readonly AssemblyRole[] = ['SECRETARIAT', 'MODERATOR'];

/** From no requirement to a verified identity, each level including the ones before. */
export const VERIFICATION_LEVELS: readonly VerificationLevel[] = [
  'NONE',
  'EMAIL_VERIFIED',
  'RESIDENCE_DECLARED',
  'VERIFIED',
];

export function isAssemblyRole(value: string): value is AssemblyRole {
  return ASSEMBLY_ROLES.includes(value as AssemblyRole);
}

export function isVerificationLevel(value: string): value is VerificationLevel {
  return VERIFICATION_LEVELS.includes(value as VerificationLevel);
}

export interface RoleGrant {
  readonly role: AssemblyRole;
  readonly grantedAt: string;
  readonly user: { readonly id: string; readonly displayName: string; readonly email?: string | null };
}

/** Secretariat before moderators, then by name: who runs the assembly reads first. */
export function sortRoleGrants<T extends RoleGrant>(grants: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return [...grants].sort(
    (a, b) =>
      ASSEMBLY_ROLES.indexOf(a.role) - ASSEMBLY_ROLES.indexOf(b.role) ||
      collator.compare(a.user.displayName, b.user.displayName),
  );
}
