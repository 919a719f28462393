import type { OrganizationRole, OrganizationSector } from './graphql/generated';

/** The "triangle that moves the mountain" first (civil society, academia and professions, government), then private bodies. */
export const ORGANIZATION_SECTORS: readonly OrganizationSector[] = [
  'CIVIL_SOCIETY',
  'ACADEMIC_PROFESSIONAL',
  'GOVERNMENT',
  'PRIVATE',
];

export const ORGANIZATION_ROLES: readonly OrganizationRole[] = ['MEMBER', 'ADMIN'];

export function isOrganizationSector(value: string): value is OrganizationSector {
  return ORGANIZATION_SECTORS.includes(value as OrganizationSector);
}

export function isOrganizationRole(value: string): value is OrganizationRole {
  return ORGANIZATION_ROLES.includes(value as OrganizationRole);
}
