import { VerificationLevel, meetsLevel } from './identity';
import { AssemblyRole, OrganizationRole } from './organization';

/**
 * Everything the platform lets someone do, in one table: an action is allowed when its rule holds for
 * the actor and the resource. The API's guard gathers the facts; the rules stay plain and testable.
 */
export interface ActorFacts {
  /** Null for someone not signed in. */
  userId: string | null;
  platformAdmin: boolean;
  verificationLevel: VerificationLevel;
  /** Organization id → the actor's role in it. */
  organizationRoles: Readonly<Record<string, OrganizationRole>>;
  /** Assembly id → the actor's roles in it. */
  assemblyRoles: Readonly<Record<string, readonly AssemblyRole[]>>;
  /** Countries of the assemblies the actor is secretariat of. */
  secretariatCountries: readonly string[];
  /** Jurisdictions the actor acts for as a government official (member of a verified government agency). */
  officialJurisdictions: readonly string[];
  /** Agenda items whose working group the actor sits in, in person or through an organization. */
  workingGroupItems: readonly string[];
  /** Charters whose development committee the actor sits on, in person or through an organization. */
  charterCommittees: readonly string[];
  /**
   * Verified civil society and academic organizations the actor is a member of → the country they work
   * in: the organizations through which the actor may validate that country's progress reports.
   */
  validatorOrganizations: Readonly<Record<string, string>>;
}

export interface ResourceFacts {
  userId?: string;
  organizationId?: string;
  assemblyId?: string;
  countryId?: string | null;
  /** Ids the API expands into the facts above (an edition → its assembly; a proposal → its assembly and organization). */
  editionId?: string;
  constituencyId?: string;
  proposalId?: string;
  agendaItemId?: string;
  resolutionId?: string;
  consultationId?: string;
  commentId?: string;
  commitmentId?: string;
  charterId?: string;
  /** A charter's edition, or one of its clauses: both expand to the charter. */
  charterEditionId?: string;
  charterClauseId?: string;
  /** A country progress report: expands to its country. */
  reportId?: string;
}

export const ANONYMOUS: ActorFacts = {
  userId: null,
  platformAdmin: false,
  verificationLevel: VerificationLevel.NONE,
  organizationRoles: {},
  assemblyRoles: {},
  secretariatCountries: [],
  officialJurisdictions: [],
  workingGroupItems: [],
  charterCommittees: [],
  validatorOrganizations: {},
};

type Rule = (actor: ActorFacts, resource: ResourceFacts) => boolean;

const signedIn: Rule = (actor) => actor.userId !== null;
const emailVerified: Rule = (actor) => meetsLevel(actor.verificationLevel, VerificationLevel.EMAIL_VERIFIED);
const admin: Rule = (actor) => actor.platformAdmin;
const self: Rule = (actor, resource) => actor.userId !== null && actor.userId === resource.userId;
const organizationAdmin: Rule = (actor, resource) =>
  !!resource.organizationId && actor.organizationRoles[resource.organizationId] === OrganizationRole.ADMIN;
const organizationMember: Rule = (actor, resource) =>
  !!resource.organizationId && resource.organizationId in actor.organizationRoles;
const secretariat: Rule = (actor, resource) =>
  !!resource.assemblyId && !!actor.assemblyRoles[resource.assemblyId]?.includes(AssemblyRole.SECRETARIAT);
const charterCommittee: Rule = (actor, resource) =>
  !!resource.charterId && actor.charterCommittees.includes(resource.charterId);
/** Assembly moderators and secretariat; for a charter's hearing, its development committee. */
const moderator: Rule = (actor, resource) =>
  (!!resource.assemblyId &&
    !!actor.assemblyRoles[resource.assemblyId]?.some(
      (role) => role === AssemblyRole.MODERATOR || role === AssemblyRole.SECRETARIAT,
    )) ||
  charterCommittee(actor, resource);
const workingGroup: Rule = (actor, resource) =>
  !!resource.agendaItemId && actor.workingGroupItems.includes(resource.agendaItemId);
const secretariatInCountry: Rule = (actor, resource) =>
  !!resource.countryId && actor.secretariatCountries.includes(resource.countryId);

/** A government official of the country: a member of a verified government agency whose jurisdiction it is. */
const officialOfCountry: Rule = (actor, resource) =>
  !!resource.countryId && actor.officialJurisdictions.includes(resource.countryId);
/** Acting through a verified civil society or academic organization of the country. */
const validatorOfCountry: Rule = (actor, resource) =>
  !!resource.countryId &&
  (resource.organizationId
    ? actor.validatorOrganizations[resource.organizationId] === resource.countryId
    : Object.values(actor.validatorOrganizations).includes(resource.countryId));

const any =
  (...rules: Rule[]): Rule =>
  (actor, resource) =>
    rules.some((rule) => rule(actor, resource));

export const POLICY = {
  'account.manage': signedIn,
  'user.readPrivate': any(self, admin),
  'user.readDemographics': self,
  'user.verify': any(admin, secretariatInCountry),
  'organization.create': emailVerified,
  'organization.update': any(organizationAdmin, admin),
  'organization.invite': organizationAdmin,
  'organization.removeMember': any(organizationAdmin, admin),
  'organization.readMembers': any(organizationMember, admin),
  'organization.verify': admin,
  'assembly.grantRole': any(secretariat, admin),
  'assembly.readRoles': any(secretariat, admin),
  'assembly.setVotingLevel': any(secretariat, admin),
  'assembly.setResolutionPrefix': any(secretariat, admin),
  // The assembly cycle: editions, constituencies, proposals, screening, agenda.
  'edition.manage': any(secretariat, admin),
  'constituency.apply': organizationAdmin,
  'constituency.decide': secretariat,
  'proposal.draft': organizationMember,
  'proposal.edit': organizationMember,
  'proposal.readDrafts': organizationMember,
  'proposal.cosponsor': organizationAdmin,
  'proposal.endorse': emailVerified,
  'proposal.endorseAsOrganization': organizationMember,
  'proposal.screen': secretariat,
  'proposal.readScores': secretariat,
  'agenda.manage': secretariat,
  // Resolutions: drafting, consultation, moderation, adoption and follow-up.
  'resolution.draft': any(secretariat, workingGroup),
  'resolution.manage': secretariat,
  'consultation.vote': emailVerified,
  'comment.post': emailVerified,
  'comment.postFormal': organizationMember,
  'comment.edit': self,
  'comment.flag': signedIn,
  'comment.appeal': self,
  'comment.moderate': moderator,
  'comment.readHidden': any(self, moderator),
  'commitment.report': organizationMember,
  // Community health charters: the development committee writes, hears, records adoption and monitors.
  'charter.initiate': organizationMember,
  'charter.manage': charterCommittee,
  'charter.sign': emailVerified,
  'charter.signAsOrganization': organizationAdmin,
  'charter.report': (actor, resource) =>
    resource.organizationId ? organizationMember(actor, resource) : charterCommittee(actor, resource),
  'statute.configure': admin,
  // WHA77.2 progress reports: admins run the catalogue and cycles, officials report, civil society validates.
  'reporting.configure': admin,
  'report.create': officialOfCountry,
  'report.edit': officialOfCountry,
  'report.readDraft': any(officialOfCountry, validatorOfCountry),
  'report.validate': (actor, resource) => !!resource.organizationId && validatorOfCountry(actor, resource),
} satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;

export function can(actor: ActorFacts, action: Action, resource: ResourceFacts = {}): boolean {
  return POLICY[action](actor, resource);
}
