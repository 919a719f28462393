import type { CreateOrganizationInput } from '../graphql/generated';
import { isOrganizationSector } from '../organization-sectors';

export interface OrganizationDraftValue {
  readonly name: string;
  readonly sector: string;
  readonly jurisdictionId: string;
  readonly description: string;
  readonly website: string;
}

/** An address someone can open: http or https, with a host. */
export const WEBSITE_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** What the API takes, trimmed; an empty website is no website. Null until a sector is chosen. */
export function toCreateOrganizationInput(value: OrganizationDraftValue): CreateOrganizationInput | null {
  if (!isOrganizationSector(value.sector)) return null;
  return {
    name: value.name.trim(),
    sector: value.sector,
    jurisdictionId: value.jurisdictionId,
    description: value.description.trim(),
    website: value.website.trim() || null,
  };
}
