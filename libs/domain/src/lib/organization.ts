/** The sectors of the Thai assemblies' "triangle that moves the mountain", and the private sector. */
export enum OrganizationSector {
  GOVERNMENT = 'GOVERNMENT',
  ACADEMIC_PROFESSIONAL = 'ACADEMIC_PROFESSIONAL',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  PRIVATE = 'PRIVATE',
}

export enum OrganizationRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

export enum AssemblyRole {
  SECRETARIAT = 'SECRETARIAT',
  MODERATOR = 'MODERATOR',
}

export const ORGANIZATION_LIMITS = {
  nameMaxLength: 200,
  descriptionMaxLength: 4000,
  websiteMaxLength: 500,
  invitationDays: 14,
} as const;
