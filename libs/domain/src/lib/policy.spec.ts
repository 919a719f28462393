import { VerificationLevel } from './identity';
import { AssemblyRole, OrganizationRole } from './organization';
import { ActorFacts, ANONYMOUS, can } from './policy';

const citizen: ActorFacts = {
  ...ANONYMOUS,
  userId: 'u1',
  verificationLevel: VerificationLevel.EMAIL_VERIFIED,
};

describe('policy', () => {
  it('lets anyone signed in with a verified e-mail create an organization, no one else', () => {
    expect(can(citizen, 'organization.create')).toBe(true);
    expect(can({ ...citizen, verificationLevel: VerificationLevel.NONE }, 'organization.create')).toBe(false);
    expect(can(ANONYMOUS, 'organization.create')).toBe(false);
  });

  it('scopes organization administration to that organization', () => {
    const orgAdmin = {
      ...citizen,
      organizationRoles: { o1: OrganizationRole.ADMIN, o2: OrganizationRole.MEMBER },
    };
    expect(can(orgAdmin, 'organization.invite', { organizationId: 'o1' })).toBe(true);
    expect(can(orgAdmin, 'organization.invite', { organizationId: 'o2' })).toBe(false);
    expect(can(orgAdmin, 'organization.invite', { organizationId: 'o3' })).toBe(false);
    expect(can(orgAdmin, 'organization.readMembers', { organizationId: 'o2' })).toBe(true);
    expect(can(orgAdmin, 'organization.invite', {})).toBe(false);
  });

  it('scopes a secretariat to its own assembly and its country', () => {
    const staff = {
      ...citizen,
      assemblyRoles: { a1: [AssemblyRole.SECRETARIAT], a2: [AssemblyRole.MODERATOR] },
      secretariatCountries: ['th'],
    };
    expect(can(staff, 'assembly.grantRole', { assemblyId: 'a1' })).toBe(true);
    expect(can(staff, 'assembly.grantRole', { assemblyId: 'a2' })).toBe(false);
    expect(can(staff, 'user.verify', { countryId: 'th' })).toBe(true);
    expect(can(staff, 'user.verify', { countryId: 'ke' })).toBe(false);
    expect(can(staff, 'user.verify', { countryId: null })).toBe(false);
  });

  it('lets platform admins verify organizations, and only them', () => {
    expect(can({ ...citizen, platformAdmin: true }, 'organization.verify')).toBe(true);
    expect(can(citizen, 'organization.verify')).toBe(false);
  });

  it('shows private user fields to the person and to admins only', () => {
    expect(can(citizen, 'user.readPrivate', { userId: 'u1' })).toBe(true);
    expect(can(citizen, 'user.readPrivate', { userId: 'u2' })).toBe(false);
    expect(can(ANONYMOUS, 'user.readPrivate', { userId: 'u1' })).toBe(false);
  });

  it('scopes a charter to its committee, and readings for an organization to that organization', () => {
    const member = {
      ...citizen,
      charterCommittees: ['c1'],
      organizationRoles: { o1: OrganizationRole.MEMBER },
    };
    expect(can(member, 'charter.manage', { charterId: 'c1' })).toBe(true);
    expect(can(member, 'charter.manage', { charterId: 'c2' })).toBe(false);
    expect(can({ ...citizen, platformAdmin: true }, 'charter.manage', { charterId: 'c1' })).toBe(false);
    // The committee moderates its charter's hearing; an assembly's moderators do not.
    expect(can(member, 'comment.moderate', { charterId: 'c1' })).toBe(true);
    const moderator = { ...citizen, assemblyRoles: { a1: [AssemblyRole.MODERATOR] } };
    expect(can(moderator, 'comment.moderate', { charterId: 'c1' })).toBe(false);
    expect(can(moderator, 'comment.moderate', { assemblyId: 'a1' })).toBe(true);
    // A reading is the committee's, or made as one of the person's organizations.
    expect(can(member, 'charter.report', { charterId: 'c2', organizationId: 'o1' })).toBe(true);
    expect(can(member, 'charter.report', { charterId: 'c1', organizationId: 'o2' })).toBe(false);
    expect(can(member, 'charter.report', { charterId: 'c1' })).toBe(true);
    expect(can(citizen, 'charter.report', { charterId: 'c1' })).toBe(false);
    expect(can(citizen, 'charter.signAsOrganization', { organizationId: 'o1' })).toBe(false);
  });
});
