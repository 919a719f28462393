import { csvRecords, parseCatalogue } from '@canopy/domain';
import { ReportStateEvents } from '@canopy/api/reporting';
import type { ReportStateChange } from '@canopy/api/reporting';
import { errorCode, Person, signUp } from './testing/people';
import { reportRows, ReportRows } from './testing/reporting';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * WHA77.2 progress reports over HTTP: the catalogue as data, cycles, Thailand's report drafted with
 * evidence and indicators, reviewed, validated by civil society (a sign-off and a shadow assessment),
 * submitted and published; a correction publishes version 2 beside version 1, unchanged; open data
 * re-imports to the same figures; comparisons across countries, regions and cycles; scope everywhere.
 */
describe('WHA77.2 progress reports', () => {
  let api: TestApp;
  let rows: ReportRows;
  let thailand: string;
  let kenya: string;
  let indonesia: string;
  let province: string;
  let cycle2026: string;
  let items: { id: string; code: string; indicators: { code: string }[] }[];
  let assemblyId: string;
  let people: Record<
    'admin' | 'official' | 'colleague' | 'kenyanOfficial' | 'cso' | 'unverifiedCso' | 'kenyanCso' | 'citizen',
    Person
  >;
  let healthWatch: string;
  let ruralVoices: string;
  let kenyaNetwork: string;
  const changes: ReportStateChange[] = [];

  type Who = keyof typeof people | undefined;
  const gql = <T = Record<string, unknown>>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.graphql<T>(query, variables, { token: who ? people[who].token : undefined });
  const INPUT_TYPES: Record<string, string> = {
    sendReportForReview: 'ReportIdInput',
    openReportValidation: 'ReportIdInput',
    submitCountryReport: 'ReportIdInput',
    startReportCorrection: 'ReportIdInput',
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
  const field = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['field'];
  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await api.dataSource.query(sql, parameters))[0].n);
  const item = (code: string) => items.find((candidate) => candidate.code === code)!.id;
  const link = (description = 'Minutes of the assembly') => ({
    kind: 'LINK',
    url: 'https://www.samatcha.org/minutes',
    date: '2026-03-01',
    description,
  });
  const upload = async (
    who: Who,
    reportId: string,
    body: Buffer,
    type: string,
    fileName: string,
    organizationId?: string,
  ) => {
    const query = new URLSearchParams({ reportId, fileName, ...(organizationId ? { organizationId } : {}) });
    const response = await fetch(`${api.url}/files/evidence?${query}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(who ? { authorization: `Bearer ${people[who].token}` } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };
  const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

  const REPORT = `id state publishedVersion canEdit events progress { assessed total started }
    country { name } cycle { year }
    assessments { itemId status narrative evidence { kind url description date assemblyId file { id fileName url sha256 } }
      indicatorValues { indicator year value breakdown { dimension group } } }
    mechanisms { name type budget currency assemblyId }
    validations { itemId kind status narrative organization { name } }
    versions { number changeNote publishedAt assessments { itemCode status narrative evidence { kind url } }
      signOffs { itemCode organizationName } shadows { itemCode organizationName status narrative } }`;
  type Report = {
    id: string;
    state: string;
    publishedVersion: number;
    canEdit: boolean;
    events: string[];
    progress: { assessed: number; total: number; started: number };
    assessments: { itemId: string; status: string; evidence: { file: { url: string } | null }[] }[] | null;
    mechanisms: { name: string }[] | null;
    validations: { itemId: string; kind: string; status: string | null }[] | null;
    versions: {
      number: number;
      changeNote: string | null;
      assessments: { itemCode: string; status: string; narrative: string }[];
      signOffs: { itemCode: string; organizationName: string }[];
      shadows: { itemCode: string; organizationName: string; status: string }[];
    }[];
  };
  const read = async (id: string, who: Who = undefined) => {
    const response = await gql<{ countryReport: Report }>(
      who,
      `query ($id: ID!) { countryReport(id: $id) { ${REPORT} } }`,
      {
        id,
      },
    );
    if (!response.data?.countryReport) throw new Error(JSON.stringify(response.errors));
    return response.data.countryReport;
  };
  /** Every paragraph assessed by the official: achieved with a link, OP1(3) with SDG 16.7.2 by sex. */
  const assessAll = async (reportId: string, status = 'ACHIEVED') => {
    for (const { code } of items) {
      await ok('official', 'saveParagraphAssessment', {
        reportId,
        itemId: item(code),
        status,
        narrative: `Progress on ${code}`,
        evidence: [link()],
        indicatorValues:
          code === 'OP1(3)'
            ? [
                { indicator: 'SDG-16.7.2', year: 2025, value: 41.5, breakdown: [] },
                {
                  indicator: 'SDG-16.7.2',
                  year: 2025,
                  value: 44.25,
                  breakdown: [{ dimension: 'sex', group: 'female' }],
                },
              ]
            : [],
      });
    }
  };
  const publish = async (reportId: string, changeNote?: string) => {
    await ok('official', 'sendReportForReview', { reportId }, 'state');
    await ok('official', 'openReportValidation', { reportId }, 'state');
    await ok('official', 'submitCountryReport', { reportId }, 'state');
    return ok<{ state: string; publishedVersion: number }>(
      'official',
      'publishCountryReport',
      { reportId, changeNote },
      'state publishedVersion',
    );
  };

  beforeAll(async () => {
    api = await startTestApp({ adminEmails: ['reporting-admin@example.org'] });
    rows = reportRows(api.dataSource);
    api.app.get(ReportStateEvents).subscribe((change) => changes.push(change));
    const country = async (iso2: string) =>
      (await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = $1`, [iso2]))[0].id as string;
    [thailand, kenya, indonesia] = [await country('TH'), await country('KE'), await country('ID')];
    [{ id: province }] = await api.dataSource.query(
      `INSERT INTO jurisdictions (name, level, parent_id, country_id) VALUES ('Songkhla', 'REGION', $1, $1) RETURNING id`,
      [thailand],
    );
    people = {
      admin: await signUp(api, 'admin', { email: 'reporting-admin@example.org' }),
      official: await signUp(api, 'official'),
      colleague: await signUp(api, 'colleague'),
      kenyanOfficial: await signUp(api, 'kenyan-official'),
      cso: await signUp(api, 'cso'),
      unverifiedCso: await signUp(api, 'unverified-cso'),
      kenyanCso: await signUp(api, 'kenyan-cso'),
      citizen: await signUp(api, 'citizen'),
    };
    const ministry = await rows.organization(
      'Ministry of Public Health',
      'GOVERNMENT',
      thailand,
      people.admin.id,
    );
    const provincialOffice = await rows.organization(
      'Songkhla Health Office',
      'GOVERNMENT',
      province,
      people.admin.id,
    );
    const kenyanMinistry = await rows.organization(
      'Ministry of Health Kenya',
      'GOVERNMENT',
      kenya,
      people.admin.id,
    );
    healthWatch = await rows.organization('Thai Health Watch', 'CIVIL_SOCIETY', province, people.admin.id);
    ruralVoices = await rows.organization('Rural Voices (unverified)', 'CIVIL_SOCIETY', thailand, null);
    kenyaNetwork = await rows.organization('Kenya Health Network', 'CIVIL_SOCIETY', kenya, people.admin.id);
    await rows.member(ministry, people.official.id);
    await rows.member(provincialOffice, people.colleague.id);
    await rows.member(kenyanMinistry, people.kenyanOfficial.id);
    await rows.member(healthWatch, people.cso.id);
    await rows.member(ruralVoices, people.unverifiedCso.id, 'ADMIN');
    await rows.member(kenyaNetwork, people.kenyanCso.id);
    [{ id: assemblyId }] = await api.dataSource.query(
      `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('National Health Assembly', 'NATIONAL', $1) RETURNING id`,
      [thailand],
    );
    const cycle = await gql<{ reportingCycle: { id: string; items: typeof items } }>(
      undefined,
      `{ reportingCycle(year: 2026) { id items { id code indicators { code } } } }`,
    );
    cycle2026 = cycle.data!.reportingCycle.id;
    items = cycle.data!.reportingCycle.items;
  });

  afterAll(() => api?.close());

  it('ships the WHA77.2 catalogue as data and a 2026 cycle; admins load versions and open cycles', async () => {
    const catalogues = await gql<{
      reportingCatalogues: {
        version: string;
        status: string;
        source: string;
        items: { code: string; addressee: string }[];
      }[];
    }>(undefined, `{ reportingCatalogues { version status source items { code addressee } } }`);
    const [shipped] = catalogues.data!.reportingCatalogues;
    expect(shipped.status).toBe('UNVERIFIED_SUMMARY');
    expect(shipped.source).toContain('not quotations');
    expect(shipped.items.filter((row) => row.addressee === 'MEMBER_STATES')).toHaveLength(6);
    expect(items.map((row) => row.code)).toEqual([
      'OP1(1)',
      'OP1(2)',
      'OP1(3)',
      'OP1(4)',
      'OP1(5)',
      'OP1(6)',
    ]);

    const { readFile } = await import('node:fs/promises');
    const shippedFile = await readFile(
      new URL('./migrations/data/wha77-2-catalogue.json', import.meta.url),
      'utf8',
    );
    expect(parseCatalogue(shippedFile).problems).toBeUndefined();
    const file = (version: string) =>
      JSON.stringify({ ...JSON.parse(shippedFile), version, status: 'OFFICIAL' });
    const load = (who: Who, catalogue: string) =>
      act(who, 'loadReportingCatalogue', { catalogue }, 'version');
    expect(errorCode(await load('official', file('2026-official')))).toBe('FORBIDDEN');
    const bad = await load('admin', '{"resolution": "WHA77.2"}');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(field(bad)).toBe('input.catalogue.languages');
    await ok('admin', 'loadReportingCatalogue', { catalogue: file('2026-official') }, 'version');
    expect(reason(await load('admin', file('2026-official')))).toBe('CATALOGUE_VERSION_EXISTS');

    const cycle = (who: Who, year: number) =>
      act(
        who,
        'createReportingCycle',
        { year, deadline: `${year}-03-31`, catalogueVersion: '2026-official' },
        'year',
      );
    expect(errorCode(await cycle('official', 2028))).toBe('FORBIDDEN');
    expect(field(await cycle('admin', 1999))).toBe('input.year');
    expect(
      await ok(
        'admin',
        'createReportingCycle',
        { year: 2028, deadline: '2028-03-31', catalogueVersion: '2026-official' },
        'year',
      ),
    ).toEqual({ year: 2028 });
    expect(reason(await cycle('admin', 2028))).toBe('CYCLE_EXISTS');
    expect(await count(`SELECT count(*) AS n FROM audit_entries WHERE action LIKE 'reporting.%'`)).toBe(2);
  });

  it('walks Thailand’s 2026 report from draft to a published version 2, validated by civil society', async () => {
    // Only an official of the country starts its report, once.
    const start = (who: Who, countryId = thailand) =>
      act(who, 'startCountryReport', { cycleId: cycle2026, countryId });
    expect(errorCode(await start(undefined))).toBe('UNAUTHENTICATED');
    expect(errorCode(await start('kenyanOfficial'))).toBe('FORBIDDEN');
    expect(errorCode(await start('colleague'))).toBe('FORBIDDEN'); // a provincial office does not act for the country
    expect(errorCode(await start('cso'))).toBe('FORBIDDEN');
    const { id: reportId } = await ok<{ id: string }>('official', 'startCountryReport', {
      cycleId: cycle2026,
      countryId: thailand,
    });
    expect(reason(await start('official'))).toBe('REPORT_EXISTS');

    // The evidence rule, checked field by field; nothing is written on refusal.
    const save = (who: Who, input: Record<string, unknown>) =>
      act(who, 'saveParagraphAssessment', { reportId, itemId: item('OP1(1)'), ...input });
    const noEvidence = await save('official', { status: 'IN_PROGRESS', narrative: 'Started' });
    expect(errorCode(noEvidence)).toBe('BAD_USER_INPUT');
    expect(field(noEvidence)).toBe('input.evidence');
    expect(
      field(
        await save('official', { status: 'ACHIEVED', evidence: [{ ...link(), url: 'javascript:alert(1)' }] }),
      ),
    ).toBe('input.evidence.0.url');
    expect(
      field(await save('official', { status: 'ACHIEVED', evidence: [{ ...link(), date: '2999-01-01' }] })),
    ).toBe('input.evidence.0.date');
    expect(
      errorCode(await save('official', { itemId: items[0].id.replace(/.$/, '0'), status: 'NOT_STARTED' })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await save('kenyanOfficial', { status: 'NOT_STARTED' }))).toBe('FORBIDDEN');
    expect(errorCode(await save('cso', { status: 'NOT_STARTED' }))).toBe('FORBIDDEN');
    expect(await count(`SELECT count(*) AS n FROM report_assessments WHERE report_id = $1`, [reportId])).toBe(
      0,
    );

    // Evidence documents: type- and size-checked on upload, then named by the assessment.
    expect(
      (
        await upload(
          'official',
          reportId,
          Buffer.from('<script>alert(1)</script>'),
          'application/pdf',
          'x.pdf',
        )
      ).status,
    ).toBe(400);
    expect((await upload('official', reportId, PDF, 'text/html', 'x.html')).body['field']).toBe(
      'contentType',
    );
    expect((await upload('kenyanOfficial', reportId, PDF, 'application/pdf', 'x.pdf')).status).toBe(403);
    expect((await upload(undefined, reportId, PDF, 'application/pdf', 'x.pdf')).status).toBe(401);
    expect(
      (
        await upload(
          'official',
          reportId,
          Buffer.alloc(10 * 1024 * 1024 + 1, 0x25),
          'application/pdf',
          'big.pdf',
        )
      ).status,
    ).toBe(413);
    const uploaded = await upload(
      'official',
      reportId,
      PDF,
      'application/pdf',
      'Assembly resolution 2025.pdf',
    );
    expect(uploaded.status).toBe(201);
    const document = {
      kind: 'DOCUMENT',
      fileId: uploaded.body['id'],
      date: '2025-12-20',
      description: 'Resolution of the 18th assembly',
    };
    await ok('official', 'saveParagraphAssessment', {
      reportId,
      itemId: item('OP1(1)'),
      status: 'ACHIEVED',
      narrative: 'The National Health Assembly meets every year under the National Health Act 2007.',
      evidence: [
        document,
        { kind: 'ASSEMBLY', assemblyId, date: '2025-12-20', description: 'The assembly on Canopy' },
      ],
    });
    const downloaded = await fetch(`${api.url}${uploaded.body['url']}`);
    expect(downloaded.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await downloaded.arrayBuffer())).toEqual(PDF);

    let report = await read(reportId, 'official');
    expect(report).toMatchObject({
      state: 'DRAFT',
      canEdit: true,
      events: ['SEND_FOR_REVIEW'],
      progress: { assessed: 1, total: 6, started: 1 },
    });
    expect(report.assessments?.[0].evidence[0].file?.url).toBe(uploaded.body['url']);
    // The working copy is the government's until validation; the report's existence and state are public.
    expect((await read(reportId)).assessments).toBeNull();
    expect((await read(reportId, 'cso')).assessments).toBeNull();
    expect((await read(reportId, 'kenyanOfficial')).canEdit).toBe(false);

    await ok('official', 'saveReportMechanisms', {
      reportId,
      mechanisms: [
        {
          name: 'National Health Assembly',
          type: 'ASSEMBLY',
          level: 'NATIONAL',
          legalBasis: 'National Health Act 2007, section 40',
          frequency: 'YEARLY',
          budget: 30000000,
          currency: 'THB',
          participants: 'Government, academia and civil society constituencies',
          assemblyId,
        },
      ],
    });
    const badMechanism = await act('official', 'saveReportMechanisms', {
      reportId,
      mechanisms: [
        {
          name: 'Council',
          type: 'COUNCIL',
          level: 'LOCAL',
          legalBasis: 'Decree',
          frequency: 'MONTHLY',
          budget: 10,
          participants: 'All',
        },
      ],
    });
    expect(field(badMechanism)).toBe('input.mechanisms.0.currency');

    // Validation opens only on a complete report.
    await ok('official', 'sendReportForReview', { reportId }, 'state');
    expect(reason(await act('official', 'openReportValidation', { reportId }))).toBe('INCOMPLETE_REPORT');
    expect(reason(await act('official', 'submitCountryReport', { reportId }))).toBe('ILLEGAL_TRANSITION');
    await assessAll(reportId);
    report = await read(reportId, 'official');
    expect(report.progress).toEqual({ assessed: 6, total: 6, started: 6 });
    await ok('official', 'openReportValidation', { reportId }, 'state');
    expect(reason(await save('official', { status: 'NOT_STARTED' }))).toBe('REPORT_NOT_EDITABLE');

    // Civil society of the country reads the working copy and answers paragraph by paragraph.
    expect((await read(reportId, 'cso')).assessments).toHaveLength(6);
    expect((await read(reportId, 'kenyanCso')).assessments).toBeNull();
    const signOff = (who: Who, organizationId: string, code = 'OP1(1)') =>
      act(who, 'signOffParagraph', {
        reportId,
        itemId: item(code),
        organizationId,
        comment: 'We took part and agree.',
      });
    expect(errorCode(await signOff('kenyanCso', kenyaNetwork))).toBe('FORBIDDEN');
    expect(errorCode(await signOff('unverifiedCso', ruralVoices))).toBe('FORBIDDEN');
    expect(errorCode(await signOff('cso', kenyaNetwork))).toBe('FORBIDDEN');
    expect(errorCode(await signOff('official', healthWatch))).toBe('FORBIDDEN');
    await ok('cso', 'signOffParagraph', { reportId, itemId: item('OP1(1)'), organizationId: healthWatch });
    const shadow = (input: Record<string, unknown>) =>
      act('cso', 'fileShadowAssessment', {
        reportId,
        itemId: item('OP1(3)'),
        organizationId: healthWatch,
        ...input,
      });
    expect(field(await shadow({ status: 'IN_PROGRESS', narrative: 'Only partly' }))).toBe('input.evidence');
    const shadowFile = await upload(
      'cso',
      reportId,
      Buffer.from('Survey of 400 villagers\n'),
      'text/plain',
      'survey.txt',
      healthWatch,
    );
    expect(shadowFile.status).toBe(201);
    expect(field(await shadow({ status: 'IN_PROGRESS', evidence: [{ ...document }] }))).toBe(
      'input.evidence.0.fileId',
    );
    await ok('cso', 'fileShadowAssessment', {
      reportId,
      itemId: item('OP1(3)'),
      organizationId: healthWatch,
      status: 'IN_PROGRESS',
      narrative: 'People with disabilities are rarely heard at provincial level.',
      evidence: [
        { kind: 'DOCUMENT', fileId: shadowFile.body['id'], date: '2026-02-01', description: 'Our survey' },
      ],
    });
    report = await read(reportId, 'official');
    expect(report.validations?.map((row) => [row.kind, row.status])).toEqual([
      ['SIGN_OFF', null],
      ['SHADOW', 'IN_PROGRESS'],
    ]);

    // Submitted, then published: the first version, with civil society's answers beside it.
    await ok('official', 'submitCountryReport', { reportId }, 'state');
    expect(reason(await shadow({ status: 'NOT_STARTED' }))).toBe('VALIDATION_NOT_OPEN');
    expect(errorCode(await act('kenyanOfficial', 'publishCountryReport', { reportId }))).toBe('FORBIDDEN');
    expect(await ok('official', 'publishCountryReport', { reportId }, 'state publishedVersion')).toEqual({
      state: 'PUBLISHED',
      publishedVersion: 1,
    });
    const publicView = await read(reportId);
    expect(publicView.assessments).toBeNull();
    const [first] = publicView.versions;
    expect(first.assessments.map((row) => row.status)).toEqual(Array(6).fill('ACHIEVED'));
    expect(first.signOffs).toEqual([{ itemCode: 'OP1(1)', organizationName: 'Thai Health Watch' }]);
    expect(first.shadows).toEqual([
      expect.objectContaining({
        itemCode: 'OP1(3)',
        organizationName: 'Thai Health Watch',
        status: 'IN_PROGRESS',
      }),
    ]);

    // A published version never changes: not through the API, not even in SQL.
    expect(reason(await act('official', 'publishCountryReport', { reportId }))).toBe('ILLEGAL_TRANSITION');
    expect(reason(await save('official', { status: 'NOT_STARTED' }))).toBe('REPORT_NOT_EDITABLE');
    await expect(
      api.dataSource.query(`UPDATE report_versions SET change_note = 'tampered' WHERE report_id = $1`, [
        reportId,
      ]),
    ).rejects.toThrow(/never change/);
    await expect(
      api.dataSource.query(`DELETE FROM report_versions WHERE report_id = $1`, [reportId]),
    ).rejects.toThrow(/never change/);

    // A correction drafts version 2 from the working copy; version 1 stays as it was.
    await ok('official', 'startReportCorrection', { reportId }, 'state');
    await save('official', {
      status: 'LARGELY_ACHIEVED',
      narrative: 'Corrected: two provinces still lack an assembly.',
      evidence: [link()],
    });
    await ok('official', 'sendReportForReview', { reportId }, 'state');
    await ok('official', 'openReportValidation', { reportId }, 'state');
    expect((await read(reportId, 'official')).validations).toEqual([]);
    await ok('official', 'submitCountryReport', { reportId }, 'state');
    expect(field(await act('official', 'publishCountryReport', { reportId, changeNote: ' ' }))).toBe(
      'input.changeNote',
    );
    await ok('official', 'publishCountryReport', {
      reportId,
      changeNote: 'OP1(1) corrected after the provinces reported.',
    });
    const both = await read(reportId);
    expect(both.versions.map((version) => [version.number, version.changeNote])).toEqual([
      [1, null],
      [2, 'OP1(1) corrected after the provinces reported.'],
    ]);
    expect(both.versions[0]).toEqual(first);
    expect(both.versions[1].shadows).toEqual([]);
    const comparison = await gql<{
      countryReport: { comparison: { paragraphs: Record<string, unknown>[] } };
    }>(
      undefined,
      `query ($id: ID!) { countryReport(id: $id) { comparison(from: 1, to: 2) {
         paragraphs { itemCode change fromStatus toStatus narrativeChanged evidenceAdded evidenceRemoved } } } }`,
      { id: reportId },
    );
    expect(comparison.data!.countryReport.comparison.paragraphs[0]).toEqual({
      itemCode: 'OP1(1)',
      change: 'CHANGED',
      fromStatus: 'ACHIEVED',
      toStatus: 'LARGELY_ACHIEVED',
      narrativeChanged: true,
      evidenceAdded: 0,
      evidenceRemoved: 0,
    });
    expect(
      comparison
        .data!.countryReport.comparison.paragraphs.slice(1)
        .every((row) => row['change'] === 'UNCHANGED'),
    ).toBe(true);
    expect(
      errorCode(
        await gql(
          undefined,
          `query ($id: ID!) { countryReport(id: $id) { comparison(from: 1, to: 3) { from { number } } } }`,
          {
            id: reportId,
          },
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    // Every step is audited, and announced once committed.
    const actions = (
      await api.dataSource.query(
        `SELECT action FROM audit_entries WHERE entity_type = 'country_report' AND entity_id = $1 ORDER BY id`,
        [reportId],
      )
    ).map((row: { action: string }) => row.action);
    expect(actions.filter((action: string) => action === 'report.published')).toHaveLength(2);
    expect(actions).toEqual(
      expect.arrayContaining([
        'report.start',
        'report.save_assessment',
        'report.sign_off',
        'report.file_shadow',
      ]),
    );
    expect(changes.filter((change) => change.reportId === reportId).map((change) => change.to)).toEqual([
      'DRAFT',
      'INTERNAL_REVIEW',
      'STAKEHOLDER_VALIDATION',
      'SUBMITTED',
      'PUBLISHED',
      'DRAFT',
      'INTERNAL_REVIEW',
      'STAKEHOLDER_VALIDATION',
      'SUBMITTED',
      'PUBLISHED',
    ]);
  });

  it('exports published reports as JSON and CSV that re-import to the figures in the database', async () => {
    const { id: reportId } = await ok<{ id: string }>('kenyanOfficial', 'startCountryReport', {
      cycleId: cycle2026,
      countryId: kenya,
    });
    for (const [index, { code }] of items.entries()) {
      await ok('kenyanOfficial', 'saveParagraphAssessment', {
        reportId,
        itemId: item(code),
        status: index % 2 ? 'NOT_STARTED' : 'IN_PROGRESS',
        narrative: index % 2 ? '' : `Kenya, "${code}", in progress;\nsee the annex`,
        evidence: index % 2 ? [] : [link('County forums')],
        indicatorValues:
          code === 'OP1(3)'
            ? [
                {
                  indicator: 'SDG-16.7.2',
                  year: 2024,
                  value: 33.3,
                  breakdown: [{ dimension: 'age', group: '15-24' }],
                },
              ]
            : [],
      });
    }
    for (const mutation of [
      'sendReportForReview',
      'openReportValidation',
      'submitCountryReport',
      'publishCountryReport',
    ]) {
      await ok('kenyanOfficial', mutation, { reportId }, 'state');
    }
    // The database's figures: each report's latest published statuses.
    const expected = (
      await api.dataSource.query(
        `SELECT j.iso3, a->>'itemCode' AS code, a->>'status' AS status
           FROM country_reports r JOIN report_versions v ON v.report_id = r.id AND v.number = r.published_version
           JOIN jurisdictions j ON j.id = r.country_id CROSS JOIN jsonb_array_elements(v.content->'assessments') a
          WHERE r.cycle_id = $1 ORDER BY j.name, a->>'itemCode'`,
        [cycle2026],
      )
    ).map((row: { iso3: string; code: string; status: string }) => [row.iso3, row.code, row.status]);
    expect(expected).toHaveLength(12);

    const csv = await fetch(`${api.url}/open-data/reports/2026.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(Number(csv.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const records = csvRecords(text);
    expect(records.map((row) => [row['country_iso3'], row['item_code'], row['status']])).toEqual(expected);
    expect(records.find((row) => row['country_iso3'] === 'KEN')?.['narrative']).toBe(
      'Kenya, "OP1(1)", in progress;\nsee the annex',
    );
    expect(
      records.find((row) => row['country_iso3'] === 'THA' && row['item_code'] === 'OP1(1)'),
    ).toMatchObject({
      version: '2',
      status: 'LARGELY_ACHIEVED',
    });

    const json = (await (await fetch(`${api.url}/open-data/reports/2026.json`)).json()) as {
      cycle: number;
      reports: {
        country: { iso3: string };
        version: number;
        assessments: { itemCode: string; status: string }[];
      }[];
    };
    expect(json.cycle).toBe(2026);
    expect(
      json.reports.flatMap((report) =>
        report.assessments.map((row) => [report.country.iso3, row.itemCode, row.status]),
      ),
    ).toEqual(expected);
    const version1 = (await (
      await fetch(`${api.url}/open-data/reports/2026/THA.json?version=1`)
    ).json()) as typeof json;
    expect(version1.reports[0].assessments[0].status).toBe('ACHIEVED');
    expect((await fetch(`${api.url}/open-data/reports/2026/FRA.json`)).status).toBe(404);
    expect((await fetch(`${api.url}/open-data/reports/20x6.csv`)).status).toBe(400);

    // Indicators in the Open SDG shape: the same values as the assessments hold.
    const sdg = csvRecords(await (await fetch(`${api.url}/open-data/indicators/SDG-16.7.2.csv`)).text());
    const values = (
      await api.dataSource.query(
        `SELECT j.iso3, (iv->>'year')::int AS year, (iv->>'value')::float AS value, iv->'breakdown' AS breakdown
           FROM country_reports r JOIN report_versions v ON v.report_id = r.id AND v.number = r.published_version
           JOIN jurisdictions j ON j.id = r.country_id
           CROSS JOIN jsonb_array_elements(v.content->'assessments') a CROSS JOIN jsonb_array_elements(a->'indicatorValues') iv
          WHERE iv->>'indicator' = 'SDG-16.7.2'`,
      )
    ).map((row: { iso3: string; year: number; value: number; breakdown: Record<string, string> }) =>
      [row.iso3, row.year, row.value, row.breakdown['sex'] ?? '', row.breakdown['age'] ?? ''].join('|'),
    );
    expect(Object.keys(sdg[0])).toEqual([
      'Year',
      'Country',
      'sex',
      'age',
      'disability',
      'populationGroup',
      'Units',
      'GeoCode',
      'Value',
    ]);
    expect(
      sdg
        .map((row) =>
          [row['GeoCode'], Number(row['Year']), Number(row['Value']), row['sex'], row['age']].join('|'),
        )
        .sort(),
    ).toEqual(values.sort());
    expect((await fetch(`${api.url}/open-data/indicators/NOPE.csv`)).status).toBe(404);
  });

  it('compares statuses across countries, WHO regions and cycles', async () => {
    // Thailand's 2028 report, published: its path now has two cycles.
    const cycle2028 = (
      await gql<{ reportingCycle: { id: string } }>(undefined, `{ reportingCycle(year: 2028) { id } }`)
    ).data!.reportingCycle.id;
    const { id: reportId } = await ok<{ id: string }>('official', 'startCountryReport', {
      cycleId: cycle2028,
      countryId: thailand,
    });
    const later = (
      await gql<{ reportingCycle: { items: typeof items } }>(
        undefined,
        `{ reportingCycle(year: 2028) { items { id code indicators { code } } } }`,
      )
    ).data!.reportingCycle.items;
    for (const { id, code } of later) {
      await ok('official', 'saveParagraphAssessment', {
        reportId,
        itemId: id,
        status: 'ACHIEVED',
        evidence: [link(code)],
      });
    }
    await publish(reportId);

    const cycle = await gql<{
      reportingCycle: {
        statuses: { itemCode: string; countries: { countryId: string; status: string }[] }[];
        regionCounts: {
          group: string;
          itemCode: string;
          total: number;
          counts: { status: string; count: number }[];
        }[];
        reports: { totalCount: number; edges: { node: { country: { name: string } } }[] };
      };
    }>(
      undefined,
      `{ reportingCycle(year: 2026) {
          statuses { itemCode countries { countryId status } }
          regionCounts { group itemCode total counts { status count } }
          reports(first: 10) { totalCount edges { node { country { name } } } } } }`,
    );
    const { statuses, regionCounts, reports } = cycle.data!.reportingCycle;
    expect(statuses[0].itemCode).toBe('OP1(1)');
    expect(new Map(statuses[0].countries.map((row) => [row.countryId, row.status]))).toEqual(
      new Map([
        [thailand, 'LARGELY_ACHIEVED'],
        [kenya, 'IN_PROGRESS'],
      ]),
    );
    const cell = (group: string, code: string) =>
      regionCounts.find((row) => row.group === group && row.itemCode === code)!;
    expect(cell('WORLD', 'OP1(2)')).toMatchObject({ total: 2 });
    expect(cell('WORLD', 'OP1(2)').counts.find((row) => row.status === 'NOT_STARTED')?.count).toBe(1);
    expect(cell('SEAR', 'OP1(1)').counts.find((row) => row.status === 'LARGELY_ACHIEVED')?.count).toBe(1);
    expect(cell('AFR', 'OP1(1)').counts.find((row) => row.status === 'IN_PROGRESS')?.count).toBe(1);
    expect(cell('EUR', 'OP1(1)').total).toBe(0);
    expect(reports.edges.map((edge) => edge.node.country.name)).toEqual(['Kenya', 'Thailand']);

    const path = await gql<{
      countryReportingPath: {
        itemCode: string;
        points: { cycle: number; version: number; status: string }[];
      }[];
    }>(
      undefined,
      `query ($countryId: ID!) { countryReportingPath(countryId: $countryId) { itemCode points { cycle version status } } }`,
      { countryId: thailand },
    );
    expect(path.data!.countryReportingPath[0]).toEqual({
      itemCode: 'OP1(1)',
      points: [
        { cycle: 2026, version: 2, status: 'LARGELY_ACHIEVED' },
        { cycle: 2028, version: 1, status: 'ACHIEVED' },
      ],
    });
    expect(indonesia).toBeDefined();
  });

  it('serves a cycle page of 2 or 12 reports with the same number of SQL statements', async () => {
    const statements = async () => {
      api.queries.reset();
      const response = await gql(
        undefined,
        `{ reportingCycle(year: 2026) { reports(first: 50) { edges { node { state country { name }
            latestVersion { number assessments { status } shadows { status } } progress { assessed total } } } } } }`,
      );
      expect(response.errors).toBeUndefined();
      return api.queries.queries;
    };
    const few = await statements();
    const countries: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM jurisdictions WHERE level = 'COUNTRY' AND iso2 NOT IN ('TH', 'KE') ORDER BY iso2 LIMIT 10`,
    );
    for (const { id } of countries) {
      const [{ id: reportId }] = await api.dataSource.query(
        `INSERT INTO country_reports (cycle_id, country_id, state, published_version, created_by)
         VALUES ($1, $2, 'PUBLISHED', 1, $3) RETURNING id`,
        [cycle2026, id, people.admin.id],
      );
      await api.dataSource.query(
        `INSERT INTO report_versions (report_id, number, content, published_by)
         SELECT $1, 1, content, published_by FROM report_versions ORDER BY published_at LIMIT 1`,
        [reportId],
      );
    }
    const many = await statements();
    expect(many).toBe(few);
  });
});

describe('the reporting demo', () => {
  let api: TestApp;
  beforeAll(async () => (api = await startTestApp({ demo: true })));
  afterAll(() => api?.close());

  it("loads Thailand's report in two versions with civil society's answers, and six other countries", async () => {
    const response = await api.graphql<{
      reportingCycle: {
        reports: {
          totalCount: number;
          edges: { node: { country: { iso3: string }; state: string; versions: Version[] } }[];
        };
        regionCounts: { group: string; itemCode: string; total: number }[];
      };
    }>(
      `{ reportingCycle(year: 2026) {
          reports(first: 20, publishedOnly: false) { totalCount edges { node { country { iso3 } state
            versions { number changeNote assessments { itemCode status } signOffs { itemCode } shadows { itemCode status } } } } }
          regionCounts { group itemCode total } } }`,
    );
    type Version = {
      number: number;
      changeNote: string | null;
      assessments: { itemCode: string; status: string }[];
      signOffs: { itemCode: string }[];
      shadows: { itemCode: string; status: string }[];
    };
    const { reports, regionCounts } = response.data!.reportingCycle;
    expect(reports.totalCount).toBe(7);
    const thailand = reports.edges.find((edge) => edge.node.country.iso3 === 'THA')!.node;
    expect(thailand.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(thailand.versions[1].changeNote).toContain('OP1(5)');
    expect(thailand.versions[0].shadows).toEqual([{ itemCode: 'OP1(3)', status: 'NOT_STARTED' }]);
    expect(thailand.versions[0].signOffs).toHaveLength(2);
    expect(reports.edges.find((edge) => edge.node.country.iso3 === 'KEN')?.node.state).toBe(
      'INTERNAL_REVIEW',
    );
    expect(regionCounts.find((cell) => cell.group === 'WORLD' && cell.itemCode === 'OP1(1)')?.total).toBe(6);
    for (const region of ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR']) {
      expect(regionCounts.find((cell) => cell.group === region && cell.itemCode === 'OP1(1)')?.total).toBe(
        region === 'AFR' ? 0 : region === 'SEAR' ? 2 : 1,
      );
    }
  });
});
