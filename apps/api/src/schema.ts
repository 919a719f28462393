import type { SchemaDefinition } from '@canopy/api/core';
import {
  AgendaItemEntity,
  ConstituencyEntity,
  CosponsorEntity,
  EndorsementEntity,
  ProposalEntity,
  ScoreEntity,
  WorkingGroupMemberEntity,
} from '@canopy/api/agenda';
import {
  AssemblyEditionEntity,
  AssemblyEntity,
  AssemblyRoleGrantEntity,
  CommitteeMemberEntity,
  EditionCriterionEntity,
} from '@canopy/api/assemblies';
import { AuditEntryEntity, SecurityEventEntity } from '@canopy/api/audit';
import {
  DemographicsEntity,
  EmailTokenEntity,
  RotatedTokenEntity,
  SessionEntity,
  UserEntity,
} from '@canopy/api/identity';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import {
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
} from '@canopy/api/organizations';
import { CONSULTATION_ENTITIES } from '@canopy/api/consultation';
import { RESOLUTION_ENTITIES } from '@canopy/api/resolutions';
import { CHARTER_ENTITIES } from '@canopy/api/charters';
import { REPORTING_ENTITIES } from '@canopy/api/reporting';
import { migrations } from './migrations';

/** The whole database as the API knows it: every entity, and the migrations that build their tables. */
export const canopySchema: SchemaDefinition = {
  entities: [
    JurisdictionEntity,
    AssemblyEntity,
    AssemblyEditionEntity,
    AssemblyRoleGrantEntity,
    AuditEntryEntity,
    SecurityEventEntity,
    UserEntity,
    DemographicsEntity,
    EmailTokenEntity,
    SessionEntity,
    RotatedTokenEntity,
    OrganizationEntity,
    OrganizationMemberEntity,
    OrganizationInvitationEntity,
    EditionCriterionEntity,
    CommitteeMemberEntity,
    ConstituencyEntity,
    ProposalEntity,
    CosponsorEntity,
    EndorsementEntity,
    ScoreEntity,
    AgendaItemEntity,
    WorkingGroupMemberEntity,
    ...CONSULTATION_ENTITIES,
    ...RESOLUTION_ENTITIES,
    ...CHARTER_ENTITIES,
    ...REPORTING_ENTITIES,
  ],
  migrations,
};
