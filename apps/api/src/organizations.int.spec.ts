import { errorCode, signUp } from './testing/people';
import { startTestApp, TestApp } from './testing/test-app';

const ORGANIZATION = `query ($id: ID!) { organization(id: $id) {
  name sector verified memberCount viewerRole jurisdiction { iso2 }
  members(first: 10) { totalCount edges { node { role user { displayName email } } } } } }`;

describe('organizations', () => {
  let api: TestApp;
  let thailand: string;

  beforeAll(async () => {
    api = await startTestApp({ adminEmails: ['org-admin@example.org'] });
    [{ id: thailand }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
  });

  afterAll(() => api?.close());

  async function createOrganization(token: string, input: Record<string, unknown> = {}) {
    return api.graphql<{ createOrganization: { id: string } }>(
      `mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
      { i: { name: 'Songkhla Health Network', sector: 'CIVIL_SOCIETY', jurisdictionId: thailand, ...input } },
      { token },
    );
  }

  it('makes its creator the administrator, invites by e-mail, and shows members only to members', async () => {
    const founder = await signUp(api, 'founder');
    const invitee = await signUp(api, 'invitee');
    const outsider = await signUp(api, 'outsider');
    const id = (await createOrganization(founder.token)).data!.createOrganization.id;

    const invited = await api.graphql(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { email role organization { name } } }`,
      { i: { organizationId: id, email: invitee.email } },
      { token: founder.token },
    );
    expect(invited.data).toMatchObject({ inviteMember: { email: invitee.email, role: 'MEMBER' } });
    const token = await api.mail.waitFor(invitee.email, /invitations\/accept\?token=([\w-]+)/);

    const stolen = await api.graphql(
      `mutation ($t: String!) { acceptInvitation(token: $t) { role } }`,
      { t: token },
      {
        token: outsider.token,
      },
    );
    expect(errorCode(stolen)).toBe('FORBIDDEN');
    const accepted = await api.graphql(
      `mutation ($t: String!) { acceptInvitation(token: $t) { role organization { id } } }`,
      { t: token },
      { token: invitee.token },
    );
    expect(accepted.data).toEqual({ acceptInvitation: { role: 'MEMBER', organization: { id } } });

    const asMember = await api.graphql(ORGANIZATION, { id }, { token: invitee.token });
    expect(asMember.data).toMatchObject({
      organization: { memberCount: 2, viewerRole: 'MEMBER', verified: false, members: { totalCount: 2 } },
    });
    const emails = (
      asMember.data as {
        organization: { members: { edges: { node: { user: { email: string | null } } }[] } };
      }
    ).organization.members.edges.map((edge) => edge.node.user.email);
    expect(emails.filter(Boolean)).toEqual([invitee.email]);

    const asOutsider = await api.graphql(ORGANIZATION, { id }, { token: outsider.token });
    expect(asOutsider.errors).toBeUndefined();
    expect(asOutsider.data).toMatchObject({
      organization: { memberCount: 2, viewerRole: null, members: null },
    });
    expect((await api.graphql(ORGANIZATION, { id })).data).toMatchObject({ organization: { members: null } });

    const mine = await api.graphql(
      `{ myOrganizations { role organization { name } } }`,
      {},
      { token: invitee.token },
    );
    expect(mine.data).toEqual({
      myOrganizations: [{ role: 'MEMBER', organization: { name: 'Songkhla Health Network' } }],
    });
  });

  it('keeps at least one administrator', async () => {
    const founder = await signUp(api, 'sole-admin');
    const id = (await createOrganization(founder.token, { name: 'Sole admin association' })).data!
      .createOrganization.id;
    const removed = await api.graphql(
      `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) }`,
      { i: { organizationId: id, userId: founder.id } },
      { token: founder.token },
    );
    expect(removed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.userId' });
  });

  it('refuses bad input naming the field, and an unknown jurisdiction', async () => {
    const person = await signUp(api, 'careless');
    const bad = await createOrganization(person.token, { name: '   ', website: 'javascript:alert(1)' });
    const fields = (bad.errors?.[0].extensions?.['fields'] as { field: string }[]).map(
      (problem) => problem.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['input.name', 'input.website']));
    const unknown = await createOrganization(person.token, {
      jurisdictionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.jurisdictionId',
    });
  });

  it('lets a platform admin verify an organization, once, in the audit trail', async () => {
    const founder = await signUp(api, 'ministry');
    const admin = await signUp(api, 'org-admin', { email: 'org-admin@example.org' });
    const id = (
      await createOrganization(founder.token, { name: 'Ministry of Public Health', sector: 'GOVERNMENT' })
    ).data!.createOrganization.id;
    const unverified = await api.graphql(
      `{ organizations(first: 50, verified: false) { edges { node { id } } } }`,
    );
    expect(JSON.stringify(unverified.data)).toContain(id);
    const verified = await api.graphql(
      `mutation ($id: ID!) { verifyOrganization(id: $id) { verified verifiedAt } }`,
      { id },
      { token: admin.token },
    );
    expect(verified.data).toMatchObject({ verifyOrganization: { verified: true } });
    await api.graphql(
      `mutation ($id: ID!) { verifyOrganization(id: $id) { verified } }`,
      { id },
      { token: admin.token },
    );
    const entries = await api.dataSource.query(
      `SELECT action, from_state, to_state FROM audit_entries WHERE entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(entries).toEqual([
      { action: 'organization.create', from_state: null, to_state: 'unverified' },
      { action: 'organization.verify', from_state: 'unverified', to_state: 'verified' },
    ]);
  });
});
