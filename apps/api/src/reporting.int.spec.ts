import { csvRecords, parseCatalogue } from '@canopy/domain';
import { EventBus } from '@canopy/api/core';
import { eventually, liveClient, subscribe } from './testing/live';
import { errorCode } from './testing/people';
import { PDF, reportingWorld, ReportingWorld, type Who } from './testing/reporting-world';

/**
 * WHA77.2 progress reports over HTTP: the catalogue as data and cycles; Thailand's report drafted with
 * evidence and indicators, reviewed, validated by civil society (a sign-off and a shadow assessment),
 * submitted and published; a correction publishes version 2 beside version 1, unchanged; scope
 * everywhere (an official of one country never touches another's report). Open data and comparisons:
 * reporting-open-data.int.spec.ts.
 */
describe('WHA77.2 progress reports', () => {
  let w: ReportingWorld;
  beforeAll(async () => (w = await reportingWorld()));
  afterAll(() => w?.api.close());
  it('ships the WHA77.2 catalogue as data and a 2026 cycle; admins load versions and open cycles', async () => {
    const { gql, act, ok, reason, field, count, items } = w;
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
    const {
      api,
      gql,
      act,
      ok,
      reason,
      field,
      count,
      item,
      items,
      link,
      upload,
      read,
      assessAll,
      thailand,
      cycle2026,
      assemblyId,
      healthWatch,
      ruralVoices,
      kenyaNetwork,
      changes,
    } = w;
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
    // Two officials on one paragraph: a save that started from an older revision is refused, and changes nothing.
    const stale = await save('official', { status: 'NOT_STARTED', expectedRevision: 0 });
    expect([reason(stale), field(stale)]).toEqual(['STALE_ASSESSMENT', 'input.expectedRevision']);
    expect(await count(`SELECT revision AS n FROM report_assessments WHERE report_id = $1`, [reportId])).toBe(
      1,
    );
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

    const shadowRows = csvRecords(
      await (await fetch(`${api.url}/open-data/shadow-assessments/2026.csv`)).text(),
    );
    expect(shadowRows).toEqual([
      expect.objectContaining({
        country_iso3: 'THA',
        item_code: 'OP1(3)',
        organization: 'Thai Health Watch',
        status: 'IN_PROGRESS',
        government_status: 'ACHIEVED',
      }),
    ]);

    // A published version never changes: not through the API, not even in SQL.
    expect(reason(await act('official', 'publishCountryReport', { reportId }))).toBe('ILLEGAL_TRANSITION');
    expect(reason(await save('official', { status: 'NOT_STARTED' }))).toBe('REPORT_NOT_EDITABLE');
    const late = await upload('official', reportId, PDF, 'application/pdf', 'late.pdf');
    expect([late.status, late.body['reason']]).toEqual([409, 'REPORT_NOT_EDITABLE']);
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

  it('tells live subscribers of a report, and of its cycle, each state change as it commits', async () => {
    const { api, ok, gql, kenya, cycle2026, people } = w;
    const client = liveClient(api.url);
    const bus = api.app.get(EventBus);
    const before = bus.subscribers;
    const SUBSCRIPTION = `subscription ($reportId: ID, $cycleId: ID) {
      reportStateChanged(reportId: $reportId, cycleId: $cycleId) { reportId from to publishedVersion report { id state } } }`;
    type Update = {
      reportStateChanged: { reportId: string; from: string | null; to: string; report: { state: string } };
    };
    try {
      // Naming both, or neither, or a report that does not exist, is refused.
      const both = subscribe(client, SUBSCRIPTION, { reportId: cycle2026, cycleId: cycle2026 });
      expect((await both.next()).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const unknown = subscribe(client, SUBSCRIPTION, { reportId: '00000000-0000-4000-8000-000000000000' });
      expect((await unknown.next()).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');

      const cycle = subscribe<Update>(client, SUBSCRIPTION, { cycleId: cycle2026 });
      await eventually(() => bus.subscribers > before);
      const { id: reportId } = await ok<{ id: string }>('kenyanOfficial', 'startCountryReport', {
        cycleId: cycle2026,
        countryId: kenya,
      });
      expect((await cycle.next()).data?.reportStateChanged).toMatchObject({
        reportId,
        from: null,
        to: 'DRAFT',
      });

      const report = subscribe<Update>(client, SUBSCRIPTION, { reportId });
      await eventually(() => bus.subscribers > before + 1);
      // A refused move announces nothing; the next one reaches both subscribers.
      const refused = await gql(
        'official',
        `mutation ($i: ReportIdInput!) { sendReportForReview(input: $i) { id } }`,
        {
          i: { reportId },
        },
      );
      expect(refused.errors).toBeDefined();
      await ok('kenyanOfficial', 'sendReportForReview', { reportId }, 'state');
      for (const live of [report, cycle]) {
        expect((await live.next()).data?.reportStateChanged).toEqual({
          reportId,
          from: 'DRAFT',
          to: 'INTERNAL_REVIEW',
          publishedVersion: 0,
          report: { id: reportId, state: 'INTERNAL_REVIEW' },
        });
      }
      expect(report.pending + cycle.pending).toBe(0);
      expect(people.kenyanOfficial).toBeDefined();
    } finally {
      await client.dispose();
    }
  });
});
