import { SetMetadata } from '@nestjs/common';
import type { Action, ResourceFacts } from '@canopy/domain';

export const POLICY_METADATA = 'canopy:policy';
export const PRIVATE_FIELD_METADATA = 'canopy:private-field';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResourceFromArgs = (args: any) => ResourceFacts;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResourceFromParent = (parent: any) => ResourceFacts;

export interface PolicyRequirement {
  action: Action | 'signedIn';
  resource?: ResourceFromArgs;
}

/** The action a query or mutation performs; the guard asks the policy before the resolver runs. */
export const Can = (action: Action, resource?: ResourceFromArgs) =>
  SetMetadata(POLICY_METADATA, { action, resource } satisfies PolicyRequirement);

/** Anyone signed in, whatever their roles (their own account, their own memberships). */
export const SignedIn = () =>
  SetMetadata(POLICY_METADATA, { action: 'signedIn' } satisfies PolicyRequirement);

/** A field only some may read: null for everyone else, without an error. */
export const PrivateField = (action: Action, resource: ResourceFromParent) =>
  SetMetadata(PRIVATE_FIELD_METADATA, { action, resource });
