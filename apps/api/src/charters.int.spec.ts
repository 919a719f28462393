import { errorCode, Person, signUp } from './testing/people';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * A community health charter over HTTP, from initiation to its second edition in force: committee,
 * text with lineage, a public hearing on the shared consultation (residents vote, clause comments,
 * moderation by the committee), the forum's adoption, signatures counted exactly, indicator readings
 * and their trend, templates, comparison of editions, and a constant number of SQL statements per page.
 */
describe('community health charters', () => {
  let api: TestApp;
  let thailand: string;
  let district: string;
  let community: string;
  let otherCommunity: string;
  let people: Record<
    'admin' | 'convener' | 'colleague' | 'resident' | 'neighbour' | 'outsider' | 'partnerAdmin',
    Person
  >;
  let healthCentre: string;
  let partner: string;
  let unverified: string;

  type Who = keyof typeof people | undefined;
  const gql = <T = Record<string, unknown>>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.graphql<T>(query, variables, { token: who ? people[who].token : undefined });
  /** The input type of each mutation that does not follow the `<Mutation>Input` pattern. */
  const INPUT_TYPES: Record<string, string> = {
    startCharterDrafting: 'CharterEditionIdInput',
    closeCharterHearing: 'CharterEditionIdInput',
    bringCharterIntoForce: 'CharterEditionIdInput',
    startCharterReview: 'CharterIdInput',
    signCharter: 'CharterSignatureInput',
    withdrawCharterSignature: 'CharterSignatureInput',
    dismissFlags: 'CommentIdInput',
  };
  const act = (who: Who, mutation: string, input: Record<string, unknown>, selection = 'id') =>
    gql(
      who,
      `mutation ($i: ${INPUT_TYPES[mutation] ?? `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`}!) {
        ${mutation}(input: $i) { ${selection} } }`,
      { i: input },
    );
  const ok = async <T = Record<string, unknown>>(
    who: Who,
    mutation: string,
    input: Record<string, unknown>,
    selection = 'id',
  ): Promise<T> => {
    const response = await act(who, mutation, input, selection);
    if (!response.data) throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
    return (response.data as Record<string, T>)[mutation];
  };
  const reason = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['reason'] ?? response.errors?.[0]?.extensions?.['code'];
  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await api.dataSource.query(sql, parameters))[0].n);
  const place = async (name: string, level: string, parent: string) =>
    (
      await api.dataSource.query(
        `INSERT INTO jurisdictions (name, level, parent_id, country_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [name, level, parent, thailand],
      )
    )[0].id as string;

  interface ClauseText {
    id?: string;
    text: string;
    responsible?: { name: string; organizationId: string }[];
    indicator?: { name: string; target: number; unit: string; frequency: string };
  }
  const TEXT: { kind: string; title: string; statuteChapter?: string; clauses: ClauseText[] }[] = [
    {
      kind: 'DEFINITIONS',
      title: 'Definitions',
      clauses: [{ text: '"Household" means the people who share one kitchen.' }],
    },
    {
      kind: 'PROVISIONS',
      title: 'Safe food',
      statuteChapter: '4',
      clauses: [
        {
          text: 'Shops sell no food with banned pesticides.',
          responsible: [{ name: 'Health centre', organizationId: '' }],
          indicator: { name: 'Stalls tested clean', target: 90, unit: '%', frequency: 'QUARTERLY' },
        },
        { text: 'Every household keeps a vegetable garden.' },
      ],
    },
  ];
  const text = () =>
    TEXT.map((section) => ({
      ...section,
      clauses: section.clauses.map((clause): ClauseText => ({
        ...clause,
        responsible: (clause.responsible ?? []).map((actor) => ({ ...actor, organizationId: healthCentre })),
      })),
    }));

  const EDITION = `id number state events textRevision effectiveDate
    adoption { forumDate forumPlace totalAttendance byConsensus attendance { sector count } }
    signatures { people organizations } signedByMe
    sections { kind title statuteChapter clauses { id number lineageId text } }
    clauses { id number lineageId text indicator { name target } responsible { name organization { id } }
      readings { value periodEnd } trend { periodEnd value meetsTarget } }
    hearing { id state tally { support oppose abstain total } }`;
  const charterQuery = `query ($id: ID!) { charter(id: $id) { id title onCommittee
    jurisdiction { name } convener { name } committee { sector role person { displayName } organization { name } }
    statuteChapters { code title }
    editions { ${EDITION} } currentEdition { number state } latestEdition { ${EDITION} } } }`;
  type Edition = {
    id: string;
    number: number;
    state: string;
    events: string[];
    textRevision: number;
    signatures: { people: number; organizations: number };
    signedByMe: boolean;
    sections: { kind: string; title: string; statuteChapter: string | null; clauses: { id: string }[] }[];
    clauses: {
      id: string;
      number: number;
      lineageId: string;
      text: string;
      indicator: { name: string } | null;
      readings: { value: number }[];
      trend: { periodEnd: string; value: number; meetsTarget: boolean }[];
    }[];
    hearing: { id: string; state: string; tally: { support: number; total: number } } | null;
    adoption: { totalAttendance: number } | null;
  };
  type Charter = {
    id: string;
    latestEdition: Edition;
    editions: Edition[];
    currentEdition: { number: number; state: string };
    onCommittee: boolean;
    committee: { sector: string }[];
    statuteChapters: { code: string }[];
  };
  const charter = async (id: string, who: Who = undefined) => {
    const response = await gql<{ charter: Charter }>(who, charterQuery, { id });
    if (!response.data?.charter) throw new Error(JSON.stringify(response.errors));
    return response.data.charter;
  };
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    api = await startTestApp({ adminEmails: ['charters-admin@example.org'] });
    [{ id: thailand }] = await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
    const province = await place('Nan', 'REGION', thailand);
    district = await place('Pua', 'DISTRICT', province);
    community = await place('Sila Laeng', 'COMMUNITY', district);
    otherCommunity = await place('Chai Watthana', 'COMMUNITY', district);
    people = {
      admin: await signUp(api, 'admin', { email: 'charters-admin@example.org' }),
      convener: await signUp(api, 'convener'),
      colleague: await signUp(api, 'colleague'),
      resident: await signUp(api, 'resident'),
      neighbour: await signUp(api, 'neighbour'),
      outsider: await signUp(api, 'outsider'),
      partnerAdmin: await signUp(api, 'partner-admin'),
    };
    const organization = async (who: Who, name: string, sector: string, jurisdictionId: string) =>
      (
        await gql<{ createOrganization: { id: string } }>(
          who,
          `mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
          { i: { name, sector, jurisdictionId } },
        )
      ).data!.createOrganization.id;
    healthCentre = await organization('convener', 'Sila Laeng Health Centre', 'GOVERNMENT', district);
    partner = await organization('partnerAdmin', 'Nan Farmers Network', 'CIVIL_SOCIETY', province);
    unverified = await organization('convener', 'Unverified Club', 'CIVIL_SOCIETY', district);
    for (const id of [healthCentre, partner]) {
      await gql('admin', `mutation ($id: ID!) { verifyOrganization(id: $id) { verified } }`, { id });
    }
    await api.dataSource.query(`UPDATE users SET residence_jurisdiction_id = $1 WHERE id = ANY($2)`, [
      community,
      [people.resident.id, people.neighbour.id],
    ]);
    await api.dataSource.query(`UPDATE users SET residence_jurisdiction_id = $1 WHERE id = $2`, [
      otherCommunity,
      people.outsider.id,
    ]);
    await ok(
      'admin',
      'setStatuteChapters',
      {
        countryId: thailand,
        chapters: [
          { code: '4', title: 'Health promotion' },
          { code: '5', title: 'Prevention and control of diseases and health hazards' },
        ],
      },
      'code',
    );
  });

  afterAll(() => api?.close());

  it('walks a charter from initiation to its second edition in force', async () => {
    // Initiation: a verified organization of the place (or around it) convenes the committee.
    const initiate = (who: Who, organizationId: string, jurisdictionId = community) =>
      act(who, 'initiateCharter', { jurisdictionId, title: 'Sila Laeng health charter', organizationId });
    expect(errorCode(await initiate(undefined, healthCentre))).toBe('UNAUTHENTICATED');
    expect(errorCode(await initiate('resident', healthCentre))).toBe('FORBIDDEN');
    expect(reason(await initiate('convener', unverified))).toBe('ORGANIZATION_NOT_VERIFIED');
    expect(reason(await initiate('convener', healthCentre, thailand))).toBe('NOT_LOCAL');
    const { id } = await ok<{ id: string }>('convener', 'initiateCharter', {
      jurisdictionId: community,
      title: '  Sila Laeng health charter ',
      organizationId: healthCentre,
    });
    let read = await charter(id, 'convener');
    expect(read.onCommittee).toBe(true);
    expect((await charter(id, 'resident')).onCommittee).toBe(false);
    expect(read.committee).toHaveLength(2);
    expect(read.statuteChapters.map((chapter) => chapter.code)).toEqual(['4', '5']);
    const first = read.latestEdition;
    expect(first).toMatchObject({ number: 1, state: 'INITIATED', events: ['START_DRAFTING'] });

    // The committee grows; it keeps at least one person.
    const committee = await ok<{ committee: { id: string; person: { displayName: string } | null }[] }>(
      'convener',
      'addCharterCommitteeMember',
      {
        charterId: id,
        email: people.colleague.email,
        sector: 'CIVIL_SOCIETY',
        role: 'Village health volunteer',
      },
      'committee { id person { displayName } }',
    );
    expect(committee.committee).toHaveLength(3);
    expect(
      reason(
        await act('convener', 'addCharterCommitteeMember', {
          charterId: id,
          email: people.colleague.email,
          sector: 'CIVIL_SOCIETY',
        }),
      ),
    ).toBe('ALREADY_MEMBER');
    expect(
      errorCode(
        await act('resident', 'addCharterCommitteeMember', {
          charterId: id,
          email: people.resident.email,
          sector: 'PRIVATE',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect((await charter(id, 'colleague')).onCommittee).toBe(true);

    // Drafting: the text is saved whole, checked field by field, and guarded against stale saves.
    expect(
      reason(
        await act('convener', 'saveCharterText', {
          editionId: first.id,
          expectedRevision: 0,
          sections: text(),
        }),
      ),
    ).toBe('NOT_EDITABLE');
    await ok('colleague', 'startCharterDrafting', { editionId: first.id }, 'state');
    const bad = await act('convener', 'saveCharterText', {
      editionId: first.id,
      expectedRevision: 0,
      sections: [text()[1], { ...text()[0] }, { kind: 'PROVISIONS', title: ' ', clauses: [] }],
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(
      (bad.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((problem) => problem.field),
    ).toEqual(['input.sections.1.kind', 'input.sections.2.title', 'input.sections.2.clauses']);
    const wrongChapter = await act('convener', 'saveCharterText', {
      editionId: first.id,
      expectedRevision: 0,
      sections: [{ ...text()[1], statuteChapter: '99' }],
    });
    expect(wrongChapter.errors?.[0]?.extensions?.['field']).toBe('input.sections.0.statuteChapter');
    expect(
      await count(
        `SELECT count(*) AS n FROM charter_clauses c JOIN charter_editions e ON e.id = c.edition_id WHERE e.charter_id = $1`,
        [id],
      ),
    ).toBe(0);
    await ok(
      'convener',
      'saveCharterText',
      { editionId: first.id, expectedRevision: 0, sections: text() },
      'textRevision',
    );
    expect(
      reason(
        await act('colleague', 'saveCharterText', {
          editionId: first.id,
          expectedRevision: 0,
          sections: text(),
        }),
      ),
    ).toBe('STALE_TEXT');
    read = await charter(id);
    expect(read.latestEdition.textRevision).toBe(1);
    expect(read.latestEdition.sections.map((section) => [section.kind, section.clauses.length])).toEqual([
      ['DEFINITIONS', 1],
      ['PROVISIONS', 2],
    ]);
    const clauses = read.latestEdition.clauses;
    expect(clauses.map((clause) => clause.number)).toEqual([1, 2, 3]);
    // Saving again with the clause ids keeps their lineage; a clause without an id is a new one.
    const kept = text();
    kept[1].clauses = [{ ...kept[1].clauses[0], id: clauses[1].id } as never, kept[1].clauses[1]];
    await ok(
      'convener',
      'saveCharterText',
      { editionId: first.id, expectedRevision: 1, sections: kept },
      'id',
    );
    const resaved = (await charter(id)).latestEdition.clauses;
    expect(resaved[1].lineageId).toBe(clauses[1].lineageId);
    expect(resaved[2].lineageId).not.toBe(clauses[2].lineageId);

    // The public hearing runs on the shared consultation: residents vote, anyone verified comments.
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await ok('convener', 'openCharterHearing', { editionId: first.id, closesAt }, 'state');
    expect(
      reason(
        await act('convener', 'saveCharterText', {
          editionId: first.id,
          expectedRevision: 2,
          sections: text(),
        }),
      ),
    ).toBe('NOT_EDITABLE');
    const hearing = (await charter(id)).latestEdition.hearing!;
    expect(hearing.state).toBe('OPEN');
    // The page knows before a vote whether the reader's place lets them vote here.
    const voteProblem = async (who: Who) =>
      (
        await gql<{ charter: { latestEdition: { hearing: { myVoteProblem: string | null } } } }>(
          who,
          `query ($id: ID!) { charter(id: $id) { latestEdition { hearing { myVoteProblem } } } }`,
          { id },
        )
      ).data?.charter.latestEdition.hearing.myVoteProblem;
    expect(await voteProblem('resident')).toBeNull();
    expect(await voteProblem('outsider')).toBe('NOT_A_RESIDENT');
    expect(await voteProblem(undefined)).toBeNull();
    const vote = (who: Who, choice: string) =>
      act(who, 'castVote', { consultationId: hearing.id, choice }, 'choice tally { support total }');
    expect((await vote('resident', 'SUPPORT')).errors).toBeUndefined();
    expect((await vote('neighbour', 'OPPOSE')).errors).toBeUndefined();
    expect(reason(await vote('outsider', 'SUPPORT'))).toBe('NOT_A_RESIDENT');
    const comment = await ok<{ id: string; paragraph: number }>(
      'outsider',
      'postComment',
      {
        consultationId: hearing.id,
        paragraph: 2,
        body: 'Which pesticides? Name them in the definitions.',
      },
      'id paragraph',
    );
    expect(comment.paragraph).toBe(2);
    expect(
      errorCode(
        await act('resident', 'postComment', {
          consultationId: hearing.id,
          paragraph: 4,
          body: 'Out of range',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      reason(
        await act('convener', 'postComment', {
          consultationId: hearing.id,
          body: 'Formally',
          organizationId: healthCentre,
        }),
      ),
    ).toBeUndefined();
    // The committee moderates its hearing; nobody else does.
    await ok('resident', 'flagComment', { commentId: comment.id, reason: 'OFF_TOPIC' }, 'id');
    const queue = await gql<{ charterModerationQueue: { totalCount: number } }>(
      'colleague',
      `query ($id: ID!) { charterModerationQueue(charterId: $id) { totalCount } }`,
      { id },
    );
    expect(queue.data?.charterModerationQueue.totalCount).toBe(1);
    expect(
      errorCode(
        await gql('resident', `query ($id: ID!) { charterModerationQueue(charterId: $id) { totalCount } }`, {
          id,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await act('resident', 'dismissFlags', { commentId: comment.id }))).toBe('FORBIDDEN');
    await ok('colleague', 'dismissFlags', { commentId: comment.id }, 'id');

    // Adoption at the community forum, after the hearing.
    const forum = {
      editionId: first.id,
      forumDate: today(),
      forumPlace: 'Sila Laeng temple hall',
      attendance: [
        { sector: 'GOVERNMENT', count: 12 },
        { sector: 'CIVIL_SOCIETY', count: 140 },
        { sector: 'ACADEMIC_PROFESSIONAL', count: 3 },
      ],
      byConsensus: true,
      effectiveDate: today(),
    };
    expect(reason(await act('convener', 'recordCharterAdoption', forum))).toBe('HEARING_OPEN');
    expect(
      errorCode(
        await act('convener', 'recordCharterAdoption', {
          ...forum,
          attendance: [{ sector: 'GOVERNMENT', count: 0 }],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await act('convener', 'recordCharterAdoption', { ...forum, forumDate: '2999-01-01' })),
    ).toBe('BAD_USER_INPUT');
    await ok('convener', 'closeCharterHearing', { editionId: first.id }, 'state');
    expect(reason(await vote('resident', 'OPPOSE'))).toBe('CONSULTATION_CLOSED');
    expect(reason(await act('convener', 'closeCharterHearing', { editionId: first.id }))).toBe(
      'CONSULTATION_CLOSED',
    );
    expect(reason(await act('convener', 'bringCharterIntoForce', { editionId: first.id }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    await ok('convener', 'recordCharterAdoption', forum, 'state');
    await ok('convener', 'bringCharterIntoForce', { editionId: first.id }, 'state');
    read = await charter(id, 'resident');
    expect(read.latestEdition).toMatchObject({
      state: 'IN_FORCE',
      events: ['START_REVIEW'],
      adoption: { totalAttendance: 155 },
      hearing: { state: 'CLOSED', tally: { support: 1, total: 2 } },
    });

    // Signatures: residents in person, organizations of the place (or around it) through their admins.
    const sign = (who: Who, organizationId?: string) =>
      act(who, 'signCharter', { editionId: first.id, organizationId }, 'signatures { people organizations }');
    expect(reason(await sign('outsider'))).toBe('NOT_A_RESIDENT');
    expect((await sign('resident')).errors).toBeUndefined();
    expect(reason(await sign('resident'))).toBe('ALREADY_SIGNED');
    expect(errorCode(await sign('resident', partner))).toBe('FORBIDDEN');
    expect((await sign('partnerAdmin', partner)).data).toEqual({
      signCharter: { signatures: { people: 1, organizations: 1 } },
    });
    expect((await charter(id, 'resident')).latestEdition.signedByMe).toBe(true);
    const withdrawn = await ok<{ signatures: { people: number } }>(
      'resident',
      'withdrawCharterSignature',
      { editionId: first.id },
      'signatures { people }',
    );
    expect(withdrawn.signatures.people).toBe(0);
    expect(
      reason(
        await act('resident', 'withdrawCharterSignature', { editionId: first.id }, 'signatures { people }'),
      ),
    ).toBe('NOT_SIGNED');
    expect((await sign('resident')).errors).toBeUndefined();
    expect(
      await count(`SELECT count(*) AS n FROM charter_signatures WHERE edition_id = $1`, [first.id]),
    ).toBe(3);

    // Monitoring: the committee or a responsible organization publishes readings; the trend follows.
    const [, pesticides, gardens] = (await charter(id)).latestEdition.clauses;
    const reading = (who: Who, input: Record<string, unknown>) =>
      act(who, 'recordIndicatorReading', { clauseId: pesticides.id, ...input }, 'id value');
    expect(
      reason(await reading('convener', { clauseId: gardens.id, periodEnd: '2026-03-31', value: 1 })),
    ).toBe('NO_INDICATOR');
    expect(errorCode(await reading('resident', { periodEnd: '2026-03-31', value: 70 }))).toBe('FORBIDDEN');
    expect(
      reason(await reading('partnerAdmin', { periodEnd: '2026-03-31', value: 70, organizationId: partner })),
    ).toBe('NOT_RESPONSIBLE');
    expect(errorCode(await reading('convener', { periodEnd: '2999-03-31', value: 70 }))).toBe(
      'BAD_USER_INPUT',
    );
    await ok('convener', 'recordIndicatorReading', {
      clauseId: pesticides.id,
      periodEnd: '2026-03-31',
      value: 70,
    });
    await ok('convener', 'recordIndicatorReading', {
      clauseId: pesticides.id,
      periodEnd: '2026-06-30',
      value: 80,
      organizationId: healthCentre,
    });
    // A later reading of the same period corrects it.
    await ok('colleague', 'recordIndicatorReading', {
      clauseId: pesticides.id,
      periodEnd: '2026-06-30',
      value: 92,
    });
    expect((await charter(id)).latestEdition.clauses[1].trend).toEqual([
      { periodEnd: '2026-03-31', value: 70, meetsTarget: false },
      { periodEnd: '2026-06-30', value: 92, meetsTarget: true },
    ]);

    // Review: edition 2 starts as a copy (same lineages) while edition 1 stays in force.
    const second = await ok<{ id: string; number: number; state: string }>(
      'convener',
      'startCharterReview',
      { charterId: id },
      'id number state',
    );
    expect(second).toMatchObject({ number: 2, state: 'DRAFTING' });
    read = await charter(id);
    expect(read.editions.map((edition) => edition.state)).toEqual(['UNDER_REVIEW', 'DRAFTING']);
    expect(read.currentEdition).toEqual({ number: 1, state: 'UNDER_REVIEW' });
    const copied = read.latestEdition.clauses;
    expect(copied.map((clause) => clause.lineageId)).toEqual(resaved.map((clause) => clause.lineageId));
    expect(copied[1].readings.map((row) => row.value)).toEqual([70, 80, 92]);
    expect(reason(await act('convener', 'startCharterReview', { charterId: id }))).toBe('ILLEGAL_TRANSITION');
    // Edition 2 rewords the pesticide clause, drops the gardens, adds a clause on water.
    const revised = text();
    revised[1].clauses = [
      {
        ...revised[1].clauses[0],
        id: copied[1].id,
        text: 'Shops and markets sell no food with banned pesticides.',
      },
      { text: 'Every village tests its drinking water each year.' },
    ];
    revised[0].clauses = [{ ...revised[0].clauses[0], id: copied[0].id }];
    await ok('convener', 'saveCharterText', { editionId: second.id, expectedRevision: 1, sections: revised });
    const compared = await gql<{
      charter: {
        comparison: {
          clauses: { change: string; beforeNumber: number | null; afterNumber: number | null }[];
        };
      };
    }>(
      undefined,
      `query ($id: ID!) { charter(id: $id) { comparison(from: 1, to: 2) { from { number } to { number }
        clauses { change beforeNumber afterNumber before after lineageId } } } }`,
      { id },
    );
    expect(
      compared.data?.charter.comparison.clauses.map((row) => [row.change, row.beforeNumber, row.afterNumber]),
    ).toEqual([
      ['UNCHANGED', 1, 1],
      ['CHANGED', 2, 2],
      ['REMOVED', 3, null],
      ['ADDED', null, 3],
    ]);
    expect(
      errorCode(
        await gql(
          undefined,
          `query ($id: ID!) { charter(id: $id) { comparison(from: 1, to: 9) { from { number } } } }`,
          { id },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    // Any edition is readable by its number, the public page's `?edition=`; an unknown number is null.
    // Without numbers, the comparison is of the latest edition with the one before it.
    const byNumber = await gql<{
      charter: {
        first: { number: number; state: string } | null;
        none: null;
        comparison: { from: { number: number }; to: { number: number } };
      };
    }>(
      undefined,
      `query ($id: ID!) { charter(id: $id) { first: edition(number: 1) { number state }
        none: edition(number: 9) { number } comparison { from { number } to { number } } } }`,
      { id },
    );
    expect(byNumber.data?.charter).toEqual({
      first: { number: 1, state: 'UNDER_REVIEW' },
      none: null,
      comparison: { from: { number: 1 }, to: { number: 2 } },
    });
    expect(
      errorCode(
        await gql(undefined, `query ($id: ID!) { charter(id: $id) { edition(number: 0) { id } } }`, { id }),
      ),
    ).toBe('BAD_USER_INPUT');

    // Edition 2 is heard, adopted and brought into force: edition 1 is superseded.
    await ok('convener', 'openCharterHearing', { editionId: second.id, closesAt }, 'state');
    await ok('convener', 'closeCharterHearing', { editionId: second.id }, 'state');
    await ok('convener', 'recordCharterAdoption', { ...forum, editionId: second.id }, 'state');
    await ok('convener', 'bringCharterIntoForce', { editionId: second.id }, 'state');
    read = await charter(id);
    expect(read.editions.map((edition) => edition.state)).toEqual(['SUPERSEDED', 'IN_FORCE']);
    expect(read.currentEdition.number).toBe(2);
    // Readings follow the clause's lineage into the new edition.
    expect(read.latestEdition.clauses[1].trend.map((point) => point.value)).toEqual([70, 92]);
    expect(
      reason(await act('resident', 'signCharter', { editionId: first.id }, 'signatures { people }')),
    ).toBe('NOT_SIGNABLE');

    // Every transition is in the audit trail, with its states.
    const transitions = await api.dataSource.query(
      `SELECT action, from_state AS "from", to_state AS "to" FROM audit_entries WHERE entity_id = $1 ORDER BY id`,
      [first.id],
    );
    expect(
      transitions.filter((row: { from: string | null }) => row.from).map((row: { to: string }) => row.to),
    ).toEqual(['DRAFTING', 'PUBLIC_HEARING', 'ADOPTED', 'IN_FORCE', 'UNDER_REVIEW', 'SUPERSEDED']);

    // Another community starts from this adopted charter: the text is copied with fresh lineages and
    // without this community's organizations.
    const template = await ok<{ id: string }>('convener', 'initiateCharter', {
      jurisdictionId: otherCommunity,
      title: 'Chai Watthana health charter',
      organizationId: healthCentre,
      templateEditionId: second.id,
    });
    const started = (await charter(template.id)).latestEdition;
    expect(started.clauses.map((clause) => clause.text)).toEqual(
      read.latestEdition.clauses.map((clause) => clause.text),
    );
    expect(started.clauses[1].lineageId).not.toBe(read.latestEdition.clauses[1].lineageId);
    expect(started.textRevision).toBe(1);
    const listed = await gql<{ charters: { totalCount: number; edges: { node: { title: string } }[] } }>(
      undefined,
      `query ($place: ID) { charters(jurisdictionId: $place, adoptedOnly: true) { totalCount edges { node { title } } } }`,
      { place: district },
    );
    expect(listed.data?.charters.edges.map((edge) => edge.node.title)).toEqual(['Sila Laeng health charter']);
    const inDistrict = await gql<{ charters: { totalCount: number } }>(
      undefined,
      `query ($place: ID) { charters(jurisdictionId: $place) { totalCount } }`,
      { place: district },
    );
    expect(inDistrict.data?.charters.totalCount).toBe(2);
  });

  it('keeps one standing signature per person when the same request races', async () => {
    const { editionId } = await inForce('Racing charter');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        act('neighbour', 'signCharter', { editionId }, 'signatures { people }'),
      ),
    );
    const signed = answers.filter((answer) => !answer.errors);
    expect(signed).toHaveLength(1);
    expect(answers.filter((answer) => reason(answer) === 'ALREADY_SIGNED')).toHaveLength(19);
    expect(
      await count(
        `SELECT count(*) AS n FROM charter_signatures WHERE edition_id = $1 AND withdrawn_at IS NULL`,
        [editionId],
      ),
    ).toBe(1);
  });

  it('serves a charter page of 5 or 50 clauses with the same number of SQL statements', async () => {
    const statements = async (clauses: number) => {
      const { charterId, editionId } = await inForce(`Charter of ${clauses} clauses`, clauses);
      await api.dataSource.query(
        `INSERT INTO charter_indicator_readings (charter_id, lineage_id, clause_id, period_end, value, recorded_by)
         SELECT $1, lineage_id, id, '2026-01-31', number, $3 FROM charter_clauses WHERE edition_id = $2`,
        [charterId, editionId, people.convener.id],
      );
      api.queries.reset();
      const response = await gql('resident', charterQuery, { id: charterId });
      expect(response.errors).toBeUndefined();
      return api.queries.queries;
    };
    const few = await statements(5);
    const many = await statements(50);
    expect(many).toBeLessThanOrEqual(few + 2);
  });

  /** A charter of the community in force, its text of `clauses` clauses each with an indicator. */
  async function inForce(title: string, clauses = 2): Promise<{ charterId: string; editionId: string }> {
    const { id } = await ok<{ id: string }>('convener', 'initiateCharter', {
      jurisdictionId: community,
      title,
      organizationId: healthCentre,
    });
    const { editionId } = (
      await api.dataSource.query(`SELECT id AS "editionId" FROM charter_editions WHERE charter_id = $1`, [id])
    )[0];
    await ok('convener', 'startCharterDrafting', { editionId }, 'state');
    await ok('convener', 'saveCharterText', {
      editionId,
      expectedRevision: 0,
      sections: [
        {
          title: 'Provisions',
          clauses: Array.from({ length: clauses }, (_, n) => ({
            text: `Clause ${n + 1}`,
            responsible: [{ name: 'Health centre', organizationId: healthCentre }],
            indicator: { name: `Indicator ${n + 1}`, target: 10, unit: 'households', frequency: 'YEARLY' },
          })),
        },
      ],
    });
    await ok(
      'convener',
      'openCharterHearing',
      {
        editionId,
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
      'state',
    );
    await ok('convener', 'closeCharterHearing', { editionId }, 'state');
    await ok(
      'convener',
      'recordCharterAdoption',
      {
        editionId,
        forumDate: today(),
        forumPlace: 'Village hall',
        attendance: [{ sector: 'CIVIL_SOCIETY', count: 40 }],
        effectiveDate: today(),
      },
      'state',
    );
    await ok('convener', 'bringCharterIntoForce', { editionId }, 'state');
    return { charterId: id, editionId };
  }
});
