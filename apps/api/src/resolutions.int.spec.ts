import { FollowsService } from '@canopy/api/resolutions';
import { CycleRows, cycleRows } from './testing/assembly-cycle';
import { errorCode, Person, signUp } from './testing/people';
import { FIXTURE_PARAGRAPHS } from './testing/resolutions';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * The back half of an assembly's cycle over HTTP: a resolution drafted from an agenda item, revised in
 * immutable versions, consulted on (votes, comments, moderation), decided at the sitting, transmitted
 * and followed up, traced in one query, and told to the people who follow it.
 */
describe('resolutions and public consultation', () => {
  let api: TestApp;
  let thailand: string;
  let assembly: string;
  let edition: string;
  let cycle: CycleRows;
  let people: Record<
    | 'admin'
    | 'secretariat'
    | 'moderator'
    | 'secondModerator'
    | 'csoMember'
    | 'outsider'
    | 'official'
    | 'alice'
    | 'bob'
    | 'carol',
    Person
  >;
  let cso: string;
  let outsiderOrg: string;
  let ministry: string;
  let unverifiedMinistry: string;

  type Who = keyof typeof people | undefined;
  const gql = <T = Record<string, unknown>>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.graphql<T>(query, variables, { token: who ? people[who].token : undefined });
  const data = async <T = unknown>(who: Who, query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql<Record<string, T>>(who, query, variables);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data)[0] as T;
  };
  /** `mutation ($i: <Name>Input!) { name(input: $i) { selection } }`. */
  const act = (
    who: Who,
    mutation: string,
    input: Record<string, unknown>,
    selection = 'state',
    inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`,
  ) =>
    gql(
      who,
      `mutation ($i: ${inputType}!) { ${mutation}(input: $i)${selection ? ` { ${selection} }` : ''} }`,
      {
        i: input,
      },
    );
  const ok = async <T = Record<string, unknown>>(
    who: Who,
    mutation: string,
    input: Record<string, unknown>,
    selection = 'state',
    inputType?: string,
  ) => {
    const response = await act(who, mutation, input, selection, inputType);
    if (!response.data) throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
    return (response.data as Record<string, T>)[mutation];
  };
  const byResolution = (who: Who, mutation: string, resolutionId: string, selection = 'state') =>
    act(who, mutation, { resolutionId }, selection, 'ResolutionIdInput');
  const audit = async (entityId: string): Promise<{ action: string; from: string; to: string }[]> =>
    api.dataSource.query(
      `SELECT action, from_state AS "from", to_state AS "to" FROM audit_entries WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await api.dataSource.query(sql, parameters))[0].n);
  const closesTomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

  /** A resolution drafted over the API on a fresh agenda item of the edition. */
  const drafted = async (paragraphs = FIXTURE_PARAGRAPHS) => {
    const agendaItemId = await cycle.agendaItem(edition, cso);
    return ok<{ id: string; code: string }>(
      'secretariat',
      'draftResolution',
      { agendaItemId, title: 'Clean air in schools', paragraphs },
      'id code',
    );
  };
  /** A drafted resolution with its consultation open until tomorrow. */
  const consulted = async () => {
    const resolution = await drafted();
    const opened = await ok<{ consultation: { id: string } }>(
      'secretariat',
      'openConsultation',
      { resolutionId: resolution.id, closesAt: closesTomorrow() },
      'consultation { id }',
    );
    return { resolutionId: resolution.id, consultationId: opened.consultation.id };
  };
  const vote = (who: Who, consultationId: string, choice: string) =>
    act(who, 'castVote', { consultationId, choice }, 'choice tally { support oppose abstain total }');
  const comment = (who: Who, input: Record<string, unknown>, selection = 'id depth paragraph') =>
    act(who, 'postComment', input, selection);
  const tallyOf = async (resolutionId: string) =>
    (
      await data<{ consultation: { tally: Record<string, number> } }>(
        undefined,
        `query ($id: ID!) { resolution(id: $id) { consultation { tally { support oppose abstain total } } } }`,
        { id: resolutionId },
      )
    ).consultation.tally;

  beforeAll(async () => {
    api = await startTestApp({ adminEmails: ['resolutions-admin@example.org'] });
    [{ id: thailand }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    [{ id: assembly }] = await api.dataSource.query(
      `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('National Health Assembly', 'NATIONAL', $1) RETURNING id`,
      [thailand],
    );
    // The 16th edition: its resolutions are "NHA 16.<item>".
    [{ id: edition }] = await api.dataSource.query(
      `INSERT INTO assembly_editions (assembly_id, number, title) VALUES ($1, 16, '16th National Health Assembly') RETURNING id`,
      [assembly],
    );
    cycle = cycleRows(api.dataSource, thailand);
    people = {
      admin: await signUp(api, 'admin', { email: 'resolutions-admin@example.org' }),
      secretariat: await signUp(api, 'secretariat'),
      moderator: await signUp(api, 'moderator'),
      secondModerator: await signUp(api, 'second-moderator'),
      csoMember: await signUp(api, 'cso-member'),
      outsider: await signUp(api, 'outsider'),
      official: await signUp(api, 'official'),
      alice: await signUp(api, 'alice'),
      bob: await signUp(api, 'bob'),
      carol: await signUp(api, 'carol'),
    };
    const organization = async (who: Who, name: string, sector: string) =>
      (
        await data<{ id: string }>(
          who,
          `mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
          { i: { name, sector, jurisdictionId: thailand } },
        )
      ).id;
    cso = await organization('csoMember', 'Clean Air Network', 'CIVIL_SOCIETY');
    outsiderOrg = await organization('outsider', 'Newcomers', 'CIVIL_SOCIETY');
    ministry = await organization('official', 'Department of Health', 'GOVERNMENT');
    unverifiedMinistry = await organization('official', 'Department of Roads', 'GOVERNMENT');
    await data('admin', `mutation ($id: ID!) { verifyOrganization(id: $id) { verified } }`, { id: ministry });
    await cycle.constituency(edition, cso, 'APPROVED');
    for (const [who, role] of [
      ['secretariat', 'SECRETARIAT'],
      ['moderator', 'MODERATOR'],
      ['secondModerator', 'MODERATOR'],
    ] as const) {
      await data(
        'admin',
        `mutation ($i: GrantAssemblyRoleInput!) { grantAssemblyRole(input: $i) { role } }`,
        {
          i: { assemblyId: assembly, email: people[who].email, role },
        },
      );
    }
    await ok(
      'secretariat',
      'setResolutionPrefix',
      { assemblyId: assembly, prefix: 'NHA' },
      'resolutionPrefix',
    );
  });

  afterAll(() => api?.close());

  it('drafts a resolution numbered by edition and item, and revises it in immutable versions compared per paragraph', async () => {
    await cycle.agendaItem(edition, cso);
    const agendaItemId = await cycle.agendaItem(edition, cso);
    const bad = await act(
      'secretariat',
      'draftResolution',
      { agendaItemId, title: 'Clean air', paragraphs: ['First', '   '] },
      'id',
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0].extensions)).toContain('input.paragraphs.1');
    expect(await count(`SELECT count(*) AS n FROM resolutions`)).toBe(0);

    const resolution = await ok<{ id: string; code: string; state: string; currentVersionNumber: number }>(
      'secretariat',
      'draftResolution',
      { agendaItemId, title: 'Clean air in schools', paragraphs: FIXTURE_PARAGRAPHS },
      'id code state currentVersionNumber',
    );
    expect(resolution).toMatchObject({ code: 'NHA 16.2', state: 'DRAFTING', currentVersionNumber: 1 });
    const again = await act(
      'secretariat',
      'draftResolution',
      { agendaItemId, title: 'Twice', paragraphs: ['Again'] },
      'id',
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DRAFTED' });
    const byCitizen = await act(
      'alice',
      'draftResolution',
      { agendaItemId: await cycle.agendaItem(edition, cso), title: 'Mine', paragraphs: ['Mine'] },
      'id',
    );
    expect(errorCode(byCitizen)).toBe('FORBIDDEN');

    const same = await act('secretariat', 'reviseResolution', {
      resolutionId: resolution.id,
      paragraphs: FIXTURE_PARAGRAPHS.map((text) => ` ${text} `),
      changeNote: 'Nothing really',
    });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.paragraphs' });
    expect(
      await count(`SELECT count(*) AS n FROM resolution_versions WHERE resolution_id = $1`, [resolution.id]),
    ).toBe(1);

    const revised = await ok<{
      currentVersionNumber: number;
      versions: { number: number; changeNote: string }[];
    }>(
      'secretariat',
      'reviseResolution',
      {
        resolutionId: resolution.id,
        paragraphs: [
          FIXTURE_PARAGRAPHS[0],
          'Requests the Ministry to monitor air quality near every school and clinic,',
          FIXTURE_PARAGRAPHS[2],
          'Asks for a report to the next assembly.',
        ],
        changeNote: 'Clinics added after the working group met',
      },
      'currentVersionNumber versions { number changeNote }',
    );
    expect(revised).toEqual({
      currentVersionNumber: 2,
      versions: [
        { number: 1, changeNote: null },
        { number: 2, changeNote: 'Clinics added after the working group met' },
      ],
    });
    const read = await data<{
      currentVersion: { number: number; paragraphs: { number: number; text: string }[] };
      versions: { paragraphs: { text: string }[] }[];
      comparison: { change: string; beforeNumber: number | null; afterNumber: number | null }[];
    }>(
      undefined,
      `query ($id: ID!) { resolution(id: $id) {
        currentVersion { number paragraphs { number text } }
        versions { paragraphs { text } }
        comparison { change beforeNumber afterNumber } } }`,
      { id: resolution.id },
    );
    expect(read.currentVersion.number).toBe(2);
    expect(read.currentVersion.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    // Version 1 is as it was written.
    expect(read.versions[0].paragraphs.map((p) => p.text)).toEqual(FIXTURE_PARAGRAPHS);
    expect(read.comparison).toEqual([
      { change: 'UNCHANGED', beforeNumber: 1, afterNumber: 1 },
      { change: 'CHANGED', beforeNumber: 2, afterNumber: 2 },
      { change: 'UNCHANGED', beforeNumber: 3, afterNumber: 3 },
      { change: 'ADDED', beforeNumber: null, afterNumber: 4 },
    ]);
    const outOfRange = await gql(
      undefined,
      `query ($id: ID!) { resolution(id: $id) { comparison(from: 7) { change } } }`,
      {
        id: resolution.id,
      },
    );
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect((await audit(resolution.id)).map((row) => row.action)).toEqual([
      'resolution.draft',
      'resolution.revise',
    ]);
  });

  it('opens consultation on the current version, counts one vote per person exactly, and refuses votes after it closes', async () => {
    const resolution = await drafted();
    // Voting needs a declared residence in this assembly from now on; the consultation keeps that level.
    await ok(
      'secretariat',
      'setAssemblyVotingLevel',
      { assemblyId: assembly, level: 'RESIDENCE_DECLARED' },
      'votingLevel',
      'SetVotingLevelInput',
    );
    await api.dataSource.query(`UPDATE users SET residence_jurisdiction_id = $1 WHERE id = ANY($2::uuid[])`, [
      thailand,
      [people.alice.id, people.bob.id],
    ]);
    const badWindow = await act('secretariat', 'openConsultation', {
      resolutionId: resolution.id,
      closesAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(badWindow.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.closesAt',
    });
    const opened = await ok<{
      state: string;
      currentVersion: { id: string };
      consultation: Record<string, unknown>;
    }>(
      'secretariat',
      'openConsultation',
      { resolutionId: resolution.id, closesAt: closesTomorrow() },
      'state currentVersion { id } consultation { id state versionId votingLevel }',
    );
    await ok(
      'secretariat',
      'setAssemblyVotingLevel',
      { assemblyId: assembly, level: 'EMAIL_VERIFIED' },
      'votingLevel',
      'SetVotingLevelInput',
    );
    expect(opened.state).toBe('CONSULTATION');
    expect(opened.consultation).toMatchObject({
      state: 'OPEN',
      versionId: opened.currentVersion.id,
      votingLevel: 'RESIDENCE_DECLARED',
    });
    const consultationId = opened.consultation['id'] as string;
    const frozen = await act('secretariat', 'reviseResolution', {
      resolutionId: resolution.id,
      paragraphs: ['Changed during consultation'],
      changeNote: 'Too late',
    });
    expect(frozen.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_REVISABLE' });

    expect((await vote('alice', consultationId, 'SUPPORT')).data).toEqual({
      castVote: { choice: 'SUPPORT', tally: { support: 1, oppose: 0, abstain: 0, total: 1 } },
    });
    expect((await vote('alice', consultationId, 'OPPOSE')).data).toEqual({
      castVote: { choice: 'OPPOSE', tally: { support: 0, oppose: 1, abstain: 0, total: 1 } },
    });
    await vote('alice', consultationId, 'OPPOSE');
    await vote('bob', consultationId, 'ABSTAIN');
    const unresident = await vote('carol', consultationId, 'SUPPORT');
    expect(unresident.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.consultationId',
      reason: 'VERIFICATION_REQUIRED',
      details: { required: 'RESIDENCE_DECLARED' },
    });
    expect(await tallyOf(resolution.id)).toEqual({ support: 0, oppose: 1, abstain: 1, total: 2 });
    const mine = await data<{ consultation: { myVote: string } }>(
      'alice',
      `query ($id: ID!) { resolution(id: $id) { consultation { myVote } } }`,
      { id: resolution.id },
    );
    expect(mine.consultation.myVote).toBe('OPPOSE');
    expect(
      await api.dataSource.query(
        `SELECT user_id, choice FROM votes WHERE consultation_id = $1 ORDER BY choice`,
        [consultationId],
      ),
    ).toEqual([
      { user_id: people.alice.id, choice: 'OPPOSE' },
      { user_id: people.bob.id, choice: 'ABSTAIN' },
    ]);

    const byCitizen = await byResolution('alice', 'closeConsultation', resolution.id);
    expect(errorCode(byCitizen)).toBe('FORBIDDEN');
    expect(
      (await byResolution('secretariat', 'closeConsultation', resolution.id, 'state consultation { state }'))
        .data,
    ).toEqual({
      closeConsultation: { state: 'FINAL_DRAFT', consultation: { state: 'CLOSED' } },
    });
    const events = await count(`SELECT count(*) AS n FROM vote_events WHERE consultation_id = $1`, [
      consultationId,
    ]);
    const late = await vote('bob', consultationId, 'SUPPORT');
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.consultationId',
      reason: 'CONSULTATION_CLOSED',
    });
    expect(late.errors?.[0].message).toContain('has closed');
    expect(await tallyOf(resolution.id)).toEqual({ support: 0, oppose: 1, abstain: 1, total: 2 });
    expect(
      await count(`SELECT count(*) AS n FROM votes WHERE consultation_id = $1 AND choice = 'SUPPORT'`, [
        consultationId,
      ]),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM vote_events WHERE consultation_id = $1`, [consultationId]),
    ).toBe(events);

    expect(await audit(consultationId)).toEqual([
      { action: 'consultation.open', from: null, to: 'OPEN' },
      { action: 'consultation.close', from: 'OPEN', to: 'CLOSED' },
    ]);
    expect(await audit(resolution.id)).toEqual(
      expect.arrayContaining([
        { action: 'resolution.consultation', from: 'DRAFTING', to: 'CONSULTATION' },
        { action: 'resolution.final_draft', from: 'CONSULTATION', to: 'FINAL_DRAFT' },
      ]),
    );
  });

  it('threads comments on the whole text and on paragraphs, with stances, edits kept, and formal comments of constituencies', async () => {
    const { resolutionId, consultationId } = await consulted();
    const overall = await ok<{ id: string; depth: number; paragraph: number | null; stance: string }>(
      'alice',
      'postComment',
      { consultationId, body: 'Good for our children.\r\n\r\n\r\nPlease hurry.', stance: 'FOR' },
      'id depth paragraph stance body',
    );
    expect(overall).toMatchObject({
      depth: 0,
      paragraph: null,
      stance: 'FOR',
      body: 'Good for our children.\n\nPlease hurry.',
    });
    const onParagraph = await ok<{ id: string }>(
      'bob',
      'postComment',
      { consultationId, body: 'Clinics too.', paragraph: 2, stance: 'AGAINST' },
      'id paragraph stance',
    );
    expect(onParagraph).toMatchObject({ paragraph: 2, stance: 'AGAINST' });
    for (const paragraph of [0, 4]) {
      const outside = await comment('bob', { consultationId, body: 'Where?', paragraph });
      expect(outside.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.paragraph',
      });
    }
    const empty = await comment('bob', { consultationId, body: ' \n ' });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });

    const reply = await ok<{ id: string; depth: number; paragraph: number }>(
      'carol',
      'postComment',
      { consultationId, body: 'Agreed.', parentId: onParagraph.id, stance: 'NEUTRAL' },
      'id depth paragraph',
    );
    expect(reply).toMatchObject({ depth: 1, paragraph: 2 });
    const deeper = await ok<{ id: string; depth: number }>(
      'bob',
      'postComment',
      { consultationId, body: 'Thanks.', parentId: reply.id },
      'id depth',
    );
    expect(deeper.depth).toBe(2);
    const tooDeep = await comment('alice', { consultationId, body: 'And more.', parentId: deeper.id });
    expect(tooDeep.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.parentId',
      reason: 'THREAD_TOO_DEEP',
    });

    const foreignEdit = await act('bob', 'editComment', { commentId: overall.id, body: 'Hijacked' }, 'id');
    expect(errorCode(foreignEdit)).toBe('FORBIDDEN');
    const edited = await ok<{ body: string; editedAt: string | null; revisions: { body: string }[] }>(
      'alice',
      'editComment',
      { commentId: overall.id, body: 'Good for every child.' },
      'body editedAt revisions { body }',
    );
    expect(edited.body).toBe('Good for every child.');
    expect(edited.editedAt).not.toBeNull();
    expect(edited.revisions).toEqual([{ body: 'Good for our children.\n\nPlease hurry.' }]);

    const formal = await ok<{ formal: boolean; organization: { name: string } }>(
      'csoMember',
      'postComment',
      { consultationId, body: 'The network supports paragraph 2.', paragraph: 2, organizationId: cso },
      'formal organization { name }',
    );
    expect(formal).toEqual({ formal: true, organization: { name: 'Clean Air Network' } });
    const notConstituency = await comment('outsider', {
      consultationId,
      body: 'We object.',
      organizationId: outsiderOrg,
    });
    expect(notConstituency.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.organizationId',
      reason: 'NOT_A_CONSTITUENCY',
    });
    const notMember = await comment('alice', {
      consultationId,
      body: 'On their behalf.',
      organizationId: cso,
    });
    expect(errorCode(notMember)).toBe('FORBIDDEN');

    const threads = await data<{
      consultation: {
        all: {
          totalCount: number;
          edges: { node: { id: string; replies: { id: string; depth: number }[] } }[];
        };
        second: { edges: { node: { id: string; formal: boolean } }[] };
        whole: { totalCount: number };
        paragraphCounts: { paragraph: number | null; comments: number }[];
      };
    }>(
      undefined,
      `query ($id: ID!) { resolution(id: $id) { consultation {
        all: comments { totalCount edges { node { id replies { id depth } } } }
        second: comments(paragraph: 2) { edges { node { id formal } } }
        whole: comments(paragraph: 0) { totalCount }
        paragraphCounts { paragraph comments } } } }`,
      { id: resolutionId },
    );
    expect(threads.consultation.all.totalCount).toBe(3);
    expect(
      threads.consultation.all.edges.find((edge) => edge.node.id === onParagraph.id)?.node.replies,
    ).toEqual([
      { id: reply.id, depth: 1 },
      { id: deeper.id, depth: 2 },
    ]);
    expect(threads.consultation.second.edges.map((edge) => edge.node.formal)).toEqual([false, true]);
    expect(threads.consultation.whole.totalCount).toBe(1);
    expect(threads.consultation.paragraphCounts).toEqual([
      { paragraph: null, comments: 1 },
      { paragraph: 2, comments: 4 },
    ]);
    expect((await audit(overall.id)).map((row) => row.action)).toEqual(['comment.post', 'comment.edit']);
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE action = 'comment.file_formal'`)).toBe(
      1,
    );
  });

  it('hides a flagged comment, keeping it in the record, and lets another moderator decide its one appeal', async () => {
    const { resolutionId, consultationId } = await consulted();
    const rude = await ok<{ id: string }>(
      'alice',
      'postComment',
      { consultationId, body: 'You are all idiots.' },
      'id',
    );
    const fine = await ok<{ id: string }>(
      'alice',
      'postComment',
      { consultationId, body: 'A fair point.' },
      'id',
    );
    const flag = (who: Who, commentId: string) =>
      act(who, 'flagComment', { commentId, reason: 'ABUSE', note: 'Insults' }, 'id');
    expect(errorCode(await flag(undefined, rude.id))).toBe('UNAUTHENTICATED');
    await flag('bob', rude.id);
    await flag('bob', rude.id);
    await flag('carol', rude.id);
    await flag('carol', fine.id);
    expect(await count(`SELECT count(*) AS n FROM comment_flags WHERE comment_id = $1`, [rude.id])).toBe(2);
    expect((await audit(rude.id)).filter((row) => row.action === 'comment.flag')).toHaveLength(2);

    const queue = async (who: Who = 'moderator') =>
      (
        await data<{ edges: { node: { id: string; openFlags: number | null } }[] }>(
          who,
          `query ($a: ID!) { moderationQueue(assemblyId: $a) { edges { node { id openFlags } } } }`,
          { a: assembly },
        )
      ).edges.map((edge) => edge.node);
    expect(await queue()).toEqual(
      expect.arrayContaining([
        { id: rude.id, openFlags: 2 },
        { id: fine.id, openFlags: 1 },
      ]),
    );
    const citizenQueue = await gql(
      'bob',
      `query ($a: ID!) { moderationQueue(assemblyId: $a) { totalCount } }`,
      {
        a: assembly,
      },
    );
    expect(errorCode(citizenQueue)).toBe('FORBIDDEN');
    const publicFlags = await data<{ openFlags: number | null; flags: unknown }>(
      'bob',
      `query ($id: ID!) { resolution(id: $id) { consultation { comments { edges { node { openFlags flags { reason } } } } } } }`,
      { id: resolutionId },
    );
    expect(JSON.stringify(publicFlags)).not.toContain('ABUSE');

    const hideByCitizen = await act('bob', 'hideComment', { commentId: rude.id, reason: 'Insults' }, 'id');
    expect(errorCode(hideByCitizen)).toBe('FORBIDDEN');
    const hidden = await ok<{ hidden: boolean; hiddenReason: string; body: string }>(
      'moderator',
      'hideComment',
      { commentId: rude.id, reason: 'Insults other participants' },
      'hidden hiddenReason body',
    );
    expect(hidden).toEqual({
      hidden: true,
      hiddenReason: 'Insults other participants',
      body: 'You are all idiots.',
    });
    await ok('moderator', 'dismissFlags', { commentId: fine.id }, 'id', 'CommentIdInput');

    const readAs = async (who: Who) => {
      const page = await data<{ consultation: { comments: { edges: { node: Record<string, unknown> }[] } } }>(
        who,
        `query ($id: ID!) { resolution(id: $id) { consultation { comments { edges { node { id hidden hiddenReason body } } } } } }`,
        { id: resolutionId },
      );
      return page.consultation.comments.edges.map((edge) => edge.node).find((node) => node['id'] === rude.id);
    };
    expect(await readAs(undefined)).toEqual({
      id: rude.id,
      hidden: true,
      hiddenReason: 'Insults other participants',
      body: null,
    });
    expect((await readAs('bob'))?.['body']).toBeNull();
    expect((await readAs('alice'))?.['body']).toBe('You are all idiots.');
    expect((await readAs('secondModerator'))?.['body']).toBe('You are all idiots.');
    expect(await api.dataSource.query(`SELECT body FROM comments WHERE id = $1`, [rude.id])).toEqual([
      { body: 'You are all idiots.' },
    ]);
    expect(await queue()).toEqual([]);
    const editHidden = await act('alice', 'editComment', { commentId: rude.id, body: 'Sorry.' }, 'id');
    expect(editHidden.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'COMMENT_HIDDEN' });

    const appeal = (who: Who) =>
      act(
        who,
        'appealHiding',
        { commentId: rude.id, argument: 'It was a joke among neighbours.' },
        'appeal { state argument }',
      );
    expect(errorCode(await appeal('bob'))).toBe('FORBIDDEN');
    expect((await appeal('alice')).data).toEqual({
      appealHiding: { appeal: { state: 'PENDING', argument: 'It was a joke among neighbours.' } },
    });
    const twice = await appeal('alice');
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPEALED' });
    expect((await queue()).map((node) => node.id)).toEqual([rude.id]);

    const decide = (who: Who) =>
      act(
        who,
        'decideAppeal',
        { commentId: rude.id, reinstate: true, reason: 'Banter, not abuse' },
        'hidden body appeal { state decisionReason }',
      );
    const own = await decide('moderator');
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OWN_DECISION' });
    expect((await decide('secondModerator')).data).toEqual({
      decideAppeal: {
        hidden: false,
        body: 'You are all idiots.',
        appeal: { state: 'REINSTATED', decisionReason: 'Banter, not abuse' },
      },
    });
    expect((await readAs(undefined))?.['body']).toBe('You are all idiots.');
    expect(await queue()).toEqual([]);
    const again = await decide('secondModerator');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_PENDING_APPEAL' });
    expect((await audit(rude.id)).map((row) => row.action)).toEqual([
      'comment.post',
      'comment.flag',
      'comment.flag',
      'comment.hide',
      'comment.appeal',
      'comment.decide_appeal',
    ]);
    expect((await audit(fine.id)).map((row) => row.action)).toEqual([
      'comment.post',
      'comment.flag',
      'comment.dismiss_flags',
    ]);
  });

  it('records adoption, deferral, transmission and progress, traces it in one query, and tells its followers', async () => {
    const resolution = await drafted();
    const id = resolution.id;
    for (const who of ['alice', 'bob'] as const) {
      expect((await byResolution(who, 'followResolution', id, 'following followerCount')).data).toEqual({
        followResolution: { following: true, followerCount: who === 'alice' ? 1 : 2 },
      });
    }
    await ok('secretariat', 'reviseResolution', {
      resolutionId: id,
      paragraphs: [...FIXTURE_PARAGRAPHS, 'Asks for a report to the next assembly.'],
      changeNote: 'A report asked for',
    });
    const opened = await ok<{ consultation: { id: string } }>(
      'secretariat',
      'openConsultation',
      { resolutionId: id, closesAt: closesTomorrow() },
      'consultation { id }',
    );
    await vote('alice', opened.consultation.id, 'SUPPORT');
    await ok('carol', 'postComment', { consultationId: opened.consultation.id, body: 'Yes.' }, 'id');
    await byResolution('secretariat', 'closeConsultation', id);
    expect((await byResolution('bob', 'unfollowResolution', id, 'following')).data).toEqual({
      unfollowResolution: { following: false },
    });
    expect(errorCode(await byResolution('alice', 'tableResolution', id))).toBe('FORBIDDEN');
    expect((await byResolution('secretariat', 'tableResolution', id)).data).toEqual({
      tableResolution: { state: 'TABLED' },
    });
    const unknownOrg = await act('secretariat', 'adoptResolution', {
      resolutionId: id,
      reservations: [{ organizationId: '00000000-0000-4000-8000-000000000000', text: 'No' }],
    });
    expect(unknownOrg.errors?.[0].extensions).toMatchObject({ field: 'input.reservations.0.organizationId' });
    const adopted = await ok<Record<string, unknown>>(
      'secretariat',
      'adoptResolution',
      {
        resolutionId: id,
        reservations: [{ organizationId: ministry, text: 'Budget for monitors is not yet secured.' }],
        commitments: [
          { actor: 'Department of Health', action: 'Install monitors near schools', dueOn: '2028-06-30' },
          { actor: 'Provincial offices', action: 'Publish the readings' },
        ],
      },
      'state decidedAt reservations { text organization { name } } commitments { id position actor dueOn status }',
    );
    expect(adopted).toMatchObject({
      state: 'ADOPTED',
      reservations: [
        { text: 'Budget for monitors is not yet secured.', organization: { name: 'Department of Health' } },
      ],
      commitments: [
        { position: 1, actor: 'Department of Health', dueOn: '2028-06-30', status: 'NOT_STARTED' },
        { position: 2, actor: 'Provincial offices', dueOn: null, status: 'NOT_STARTED' },
      ],
    });
    expect(adopted['decidedAt']).not.toBeNull();
    const commitmentId = (adopted['commitments'] as { id: string }[])[0].id;

    const transmit = (championOrganizationId: string) =>
      act(
        'secretariat',
        'transmitResolution',
        {
          resolutionId: id,
          governmentBody: 'National Health Commission',
          championOrganizationId,
        },
        'state transmittedTo champion { name }',
      );
    for (const champion of [cso, unverifiedMinistry]) {
      const refused = await transmit(champion);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.championOrganizationId',
        reason: 'CHAMPION_NOT_GOVERNMENT',
      });
    }
    const early = await act(
      'official',
      'publishProgress',
      { commitmentId, status: 'ON_GOING', narrative: 'Started' },
      'id',
    );
    expect(errorCode(early)).toBe('FORBIDDEN');
    expect((await transmit(ministry)).data).toEqual({
      transmitResolution: {
        state: 'TRANSMITTED',
        transmittedTo: 'National Health Commission',
        champion: { name: 'Department of Health' },
      },
    });
    const added = await ok<{ position: number }>(
      'secretariat',
      'addCommitment',
      { resolutionId: id, actor: 'Ministry of Education', action: 'Train teachers', dueOn: '2029-01-31' },
      'position',
    );
    expect(added.position).toBe(3);

    const progress = (who: Who, status: string, narrative: string) =>
      act(
        who,
        'publishProgress',
        { commitmentId, status, narrative, evidenceLinks: ['https://example.org/monitors'] },
        'status narrative evidenceLinks organization { name }',
      );
    expect(errorCode(await progress('csoMember', 'ACHIEVED', 'Done, says the network'))).toBe('FORBIDDEN');
    expect(errorCode(await progress('alice', 'ACHIEVED', 'Done'))).toBe('FORBIDDEN');
    expect((await progress('official', 'ON_GOING', '40 of 120 schools have a monitor.')).data).toEqual({
      publishProgress: {
        status: 'ON_GOING',
        narrative: '40 of 120 schools have a monitor.',
        evidenceLinks: ['https://example.org/monitors'],
        organization: { name: 'Department of Health' },
      },
    });
    expect((await gql(undefined, `query ($id: ID!) { resolution(id: $id) { state } }`, { id })).data).toEqual(
      {
        resolution: { state: 'IMPLEMENTING' },
      },
    );
    await progress('official', 'ACHIEVED', 'Every school has a monitor.');

    api.queries.reset();
    const trace = await data<{
      code: string;
      proposals: { id: string }[];
      agendaItem: { number: number };
      versions: { number: number }[];
      consultation: { state: string; tally: { support: number } };
      reservations: unknown[];
      commitments: { status: string; progress: { status: string }[] }[];
      timeline: { kind: string; title: string; detail: string | null }[];
    }>(
      undefined,
      `query ($id: ID!) { resolution(id: $id) {
        code proposals { id } agendaItem { number } versions { number }
        consultation { state tally { support } } reservations { text }
        commitments { status progress { status } }
        timeline { kind title detail } } }`,
      { id },
    );
    expect(api.queries.queries).toBeLessThanOrEqual(20);
    expect(trace.proposals).toHaveLength(1);
    expect(trace.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(trace.consultation).toEqual({ state: 'CLOSED', tally: { support: 1 } });
    expect(trace.commitments.map((c) => [c.status, c.progress.map((p) => p.status)])).toEqual([
      ['ACHIEVED', ['ON_GOING', 'ACHIEVED']],
      ['NOT_STARTED', []],
      ['NOT_STARTED', []],
    ]);
    expect(trace.timeline.map((event) => event.kind)).toEqual([
      'PROPOSAL_SUBMITTED',
      'AGENDA_ITEM',
      'VERSION',
      'VERSION',
      'CONSULTATION_OPENED',
      'CONSULTATION_CLOSED',
      'ADOPTED',
      'TRANSMITTED',
      'PROGRESS',
      'PROGRESS',
    ]);
    expect(trace.timeline.find((event) => event.kind === 'CONSULTATION_CLOSED')?.detail).toBe(
      'support 1, oppose 0, abstain 0; 1 comments',
    );
    expect((await byResolution('secretariat', 'closeResolution', id)).data).toEqual({
      closeResolution: { state: 'CLOSED' },
    });
    expect((await audit(id)).map((row) => row.to).filter(Boolean)).toEqual([
      'DRAFTING',
      'CONSULTATION',
      'FINAL_DRAFT',
      'TABLED',
      'ADOPTED',
      'TRANSMITTED',
      'IMPLEMENTING',
      'CLOSED',
    ]);
    expect((await audit(commitmentId)).map((row) => [row.action, row.from, row.to])).toEqual([
      ['commitment.report_progress', 'NOT_STARTED', 'ON_GOING'],
      ['commitment.report_progress', 'ON_GOING', 'ACHIEVED'],
    ]);

    // Followers: alice heard of everything; bob stopped after the consultation closed.
    const notifications = async (who: Who) =>
      (
        await data<{
          totalCount: number;
          edges: { node: { kind: string; readAt: string | null; resolution: { id: string } } }[];
        }>(
          who,
          `{ myNotifications(first: 50) { totalCount edges { node { kind readAt resolution { id } } } } }`,
        )
      ).edges.map((edge) => edge.node);
    const aliceHeard = await notifications('alice');
    expect(aliceHeard.map((n) => n.kind).reverse()).toEqual([
      'NEW_VERSION',
      'CONSULTATION_OPENED',
      'CONSULTATION_CLOSED',
      'ADOPTED',
      'PROGRESS',
      'PROGRESS',
    ]);
    expect(aliceHeard.every((n) => n.resolution.id === id && n.readAt === null)).toBe(true);
    expect((await notifications('bob')).map((n) => n.kind).reverse()).toEqual([
      'NEW_VERSION',
      'CONSULTATION_OPENED',
      'CONSULTATION_CLOSED',
    ]);
    expect(await notifications('carol')).toEqual([]);
    expect((await gql('alice', `{ unreadNotificationCount }`)).data).toEqual({ unreadNotificationCount: 6 });
    expect((await gql('alice', `mutation { markNotificationsRead }`)).data).toEqual({
      markNotificationsRead: 6,
    });
    expect((await gql('alice', `{ unreadNotificationCount }`)).data).toEqual({ unreadNotificationCount: 0 });
    expect(errorCode(await gql(undefined, `{ myNotifications { totalCount } }`))).toBe('UNAUTHENTICATED');
    const follows = await data<{ edges: { node: { id: string } }[] }>(
      'alice',
      `{ myFollows { edges { node { id } } } }`,
    );
    expect(follows.edges.map((edge) => edge.node.id)).toEqual([id]);

    // The digest: one e-mail per person with every update not mailed yet, and nothing the next time.
    const followsService = api.app.get(FollowsService);
    const before = api.mail.messages.length;
    const run = await followsService.runOnce();
    expect(run.digests).toBeGreaterThanOrEqual(2);
    const digests = (who: Person) =>
      api.mail.messages.slice(before).filter((message) => message.to.includes(who.email.toLowerCase()));
    expect(digests(people.alice)).toHaveLength(1);
    expect(digests(people.bob)).toHaveLength(1);
    expect(digests(people.carol)).toHaveLength(0);
    const aliceMail = digests(people.alice)[0].text;
    expect(aliceMail).toContain('6 updates on resolutions you follow');
    for (const words of [
      'New version',
      'Consultation opened',
      'Consultation closed',
      'Adopted',
      'Progress update',
    ]) {
      expect(aliceMail).toContain(`${words}: NHA 16.`);
    }
    expect(aliceMail).toContain(`http://canopy.test/resolutions/${id}`);
    expect(digests(people.bob)[0].text).toContain('3 updates');
    const sent = api.mail.messages.length;
    expect((await followsService.runOnce()).digests).toBe(0);
    expect(api.mail.messages.length).toBe(sent);
  });

  it('settles a window that ended by itself on the next follow-up run, once', async () => {
    const { resolutionId, consultationId } = await consulted();
    await byResolution('carol', 'followResolution', resolutionId, 'following');
    await api.dataSource.query(
      `UPDATE consultations SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute' WHERE id = $1`,
      [consultationId],
    );
    const late = await vote('carol', consultationId, 'SUPPORT');
    expect(late.errors?.[0].extensions).toMatchObject({ reason: 'CONSULTATION_CLOSED' });
    const followsService = api.app.get(FollowsService);
    expect((await followsService.runOnce()).settled).toBe(1);
    expect((await followsService.runOnce()).settled).toBe(0);
    expect(
      (await gql(undefined, `query ($id: ID!) { resolution(id: $id) { state } }`, { id: resolutionId })).data,
    ).toEqual({ resolution: { state: 'FINAL_DRAFT' } });
    expect(await audit(resolutionId)).toEqual(
      expect.arrayContaining([{ action: 'resolution.final_draft', from: 'CONSULTATION', to: 'FINAL_DRAFT' }]),
    );
    const heard = await data<{ edges: { node: { kind: string } }[] }>(
      'carol',
      `{ myNotifications { edges { node { kind } } } }`,
    );
    expect(heard.edges.map((edge) => edge.node.kind)).toEqual(['CONSULTATION_CLOSED']);
    expect(
      api.mail.messages.filter((message) => message.to.includes(people.carol.email.toLowerCase())).at(-1)
        ?.text,
    ).toContain('1 update on resolutions you follow');
  });

  it('defers a tabled resolution with a reason, and refuses illegal transitions without changing anything', async () => {
    const resolution = await drafted();
    const early = await act('secretariat', 'deferResolution', {
      resolutionId: resolution.id,
      reason: 'Not ready',
    });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.resolutionId',
      reason: 'ILLEGAL_TRANSITION',
      details: { from: 'DRAFTING', event: 'DEFER' },
    });
    const auditBefore = await count(`SELECT count(*) AS n FROM audit_entries`);
    expect(errorCode(await act('secretariat', 'adoptResolution', { resolutionId: resolution.id }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await byResolution('secretariat', 'closeConsultation', resolution.id))).toBe('CONFLICT');
    expect(await count(`SELECT count(*) AS n FROM audit_entries`)).toBe(auditBefore);

    await byResolution('secretariat', 'tableResolution', resolution.id);
    expect(
      (
        await act(
          'secretariat',
          'deferResolution',
          { resolutionId: resolution.id, reason: 'Needs costing' },
          'state deferralReason decidedAt timeline { kind detail }',
        )
      ).data,
    ).toMatchObject({
      deferResolution: {
        state: 'DEFERRED',
        deferralReason: 'Needs costing',
        timeline: expect.arrayContaining([{ kind: 'DEFERRED', detail: 'Needs costing' }]),
      },
    });
    expect(await audit(resolution.id)).toEqual(
      expect.arrayContaining([{ action: 'resolution.deferred', from: 'TABLED', to: 'DEFERRED' }]),
    );
  });

  it('serves a resolution page of 20 or 200 comments with the same number of SQL statements', async () => {
    const page = `query ($id: ID!) { resolution(id: $id) {
      code title state following followerCount
      edition { number } agendaItem { number title }
      currentVersion { number paragraphs { number text } } comparison { change }
      consultation { state tally { support oppose abstain total } myVote paragraphCounts { paragraph comments }
        comments(first: 100) { totalCount edges { node {
          id body stance paragraph hidden mine replyCount author { displayName } organization { name }
          revisions { body } appeal { state }
          replies { id body author { displayName } revisions { body } } } } } } } }`;
    const statements = async (comments: number) => {
      const { resolutionId, consultationId } = await consulted();
      // Half top comments, half replies to them, spread over the paragraphs and the whole text.
      await api.dataSource.query(
        `INSERT INTO comments (consultation_id, author_id, body, paragraph, stance, edited_at)
         SELECT $1, $2, 'Comment ' || g, nullif(g % 4, 0), 'FOR', CASE WHEN g % 10 = 0 THEN now() END
           FROM generate_series(1, $3::int) g`,
        [consultationId, people.alice.id, comments / 2],
      );
      await api.dataSource.query(
        `INSERT INTO comments (consultation_id, author_id, body, paragraph, parent_id, root_id, depth)
         SELECT consultation_id, $2, 'Reply to ' || body, paragraph, id, id, 1 FROM comments WHERE consultation_id = $1`,
        [consultationId, people.bob.id],
      );
      api.queries.reset();
      const response = await gql('carol', page, { id: resolutionId });
      expect(response.errors).toBeUndefined();
      return api.queries.queries;
    };
    const few = await statements(20);
    const many = await statements(200);
    // DataLoader batches by tick, so two relations may share a round or not: a fixed bound, whatever N.
    expect(many).toBeLessThanOrEqual(few + 2);
    expect(many).toBeLessThanOrEqual(26);
  });

  describe('under concurrency', () => {
    /** People inserted with SQL (sharing alice's password) and signed in, each from an address of their own. */
    const voters = async (n: number): Promise<Person[]> => {
      const rows: { id: string; email: string }[] = await api.dataSource.query(
        `INSERT INTO users (email, display_name, email_verified_at, password_hash)
         SELECT 'voter' || g || '.' || $2 || '@example.org', 'Voter ' || g, now(), password_hash
           FROM users, generate_series(1, $3::int) g WHERE users.id = $1
         RETURNING id, email`,
        [people.alice.id, Date.now().toString(36), n],
      );
      return Promise.all(
        rows.map(async (row, index) => {
          const login = await api.graphql<{ login: { accessToken: string } }>(
            `mutation ($i: LoginInput!) { login(input: $i) { accessToken } }`,
            { i: { email: row.email, password: people.alice.password } },
            { ip: `203.0.${113 + Math.floor(index / 250)}.${(index % 250) + 1}` },
          );
          if (!login.data) throw new Error(JSON.stringify(login.errors));
          return { ...people.alice, id: row.id, email: row.email, token: login.data.login.accessToken };
        }),
      );
    };
    const CHOICES = ['SUPPORT', 'OPPOSE', 'ABSTAIN'];
    const castAs = (person: Person, consultationId: string, choice: string) =>
      api.graphql(
        `mutation ($i: CastVoteInput!) { castVote(input: $i) { choice tally { total } } }`,
        { i: { consultationId, choice } },
        { token: person.token },
      );
    /** Rows, counter rows and the public tally must tell the same story. */
    const expectExactTally = async (resolutionId: string, consultationId: string) => {
      const counted: { choice: string; n: string }[] = await api.dataSource.query(
        `SELECT choice, count(*) AS n FROM votes WHERE consultation_id = $1 GROUP BY choice`,
        [consultationId],
      );
      const expected = { support: 0, oppose: 0, abstain: 0 };
      for (const row of counted) expected[row.choice.toLowerCase() as keyof typeof expected] = Number(row.n);
      const [slots] = await api.dataSource.query(
        `SELECT sum(support)::int AS support, sum(oppose)::int AS oppose, sum(abstain)::int AS abstain
           FROM tally_slots WHERE consultation_id = $1`,
        [consultationId],
      );
      expect(slots).toEqual(expected);
      const total = expected.support + expected.oppose + expected.abstain;
      expect(await tallyOf(resolutionId)).toEqual({ ...expected, total });
      // Each person's stored choice is the last one their vote events recorded.
      const mismatched = await count(
        `SELECT count(*) AS n FROM votes v
          WHERE v.consultation_id = $1 AND v.choice <> (
            SELECT e.choice FROM vote_events e WHERE e.consultation_id = v.consultation_id AND e.user_id = v.user_id
             ORDER BY e.id DESC LIMIT 1)`,
        [consultationId],
      );
      expect(mismatched).toBe(0);
      return total;
    };

    it('keeps one vote and an exact tally when one person votes many times at once', async () => {
      const { resolutionId, consultationId } = await consulted();
      const [person] = await voters(1);
      const responses = await Promise.all(
        Array.from({ length: 24 }, (_, i) => castAs(person, consultationId, CHOICES[i % 3])),
      );
      expect(responses.filter((response) => response.errors)).toEqual([]);
      expect(
        await count(`SELECT count(*) AS n FROM votes WHERE consultation_id = $1`, [consultationId]),
      ).toBe(1);
      expect(await expectExactTally(resolutionId, consultationId)).toBe(1);
    });

    it('keeps one vote per person and an exact tally when many people vote several times at once', async () => {
      const { resolutionId, consultationId } = await consulted();
      const crowd = await voters(50);
      const responses = await Promise.all(
        crowd.flatMap((person, p) =>
          Array.from({ length: 3 }, (_, i) => castAs(person, consultationId, CHOICES[(p + i) % 3])),
        ),
      );
      expect(responses.filter((response) => response.errors)).toEqual([]);
      const perPerson = await api.dataSource.query(
        `SELECT user_id, count(*)::int AS n FROM votes WHERE consultation_id = $1 GROUP BY user_id HAVING count(*) > 1`,
        [consultationId],
      );
      expect(perPerson).toEqual([]);
      expect(await expectExactTally(resolutionId, consultationId)).toBe(50);

      // Votes racing the close: each either counted before it or refused after it, never half-way.
      const racing = crowd.map((person, p) => castAs(person, consultationId, CHOICES[(p + 1) % 3]));
      const closing = byResolution('secretariat', 'closeConsultation', resolutionId);
      const settled = await Promise.all([...racing, closing]);
      expect(settled.at(-1)?.errors).toBeUndefined();
      for (const response of settled.slice(0, -1)) {
        if (response.errors) expect(response.errors[0].extensions?.['reason']).toBe('CONSULTATION_CLOSED');
      }
      expect(await expectExactTally(resolutionId, consultationId)).toBe(50);
      const afterwards = await castAs(crowd[0], consultationId, 'SUPPORT');
      expect(afterwards.errors?.[0].extensions?.['reason']).toBe('CONSULTATION_CLOSED');
    });
  });
});
