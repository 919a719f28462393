import { csvRecords } from '@canopy/domain';
import { startTestApp, TestApp } from './testing/test-app';
import { reportingWorld, ReportingWorld } from './testing/reporting-world';

/**
 * What is published, read back: open data (a whole cycle and one country as JSON and CSV, shadow
 * assessments, SDG 16.7.2 in the Open SDG shape) re-imported to the figures in the database; statuses
 * compared across countries, WHO regions and cycles; a constant number of SQL statements per page; the demo.
 */
describe('WHA77.2 open data and comparisons', () => {
  let w: ReportingWorld;
  let thailandReport: string;
  beforeAll(async () => {
    w = await reportingWorld();
    // Thailand's 2026 report: version 1 all achieved, version 2 correcting OP1(1) to largely achieved.
    const { ok, assessAll, publish, item, link, cycle2026, thailand } = w;
    ({ id: thailandReport } = await ok<{ id: string }>('official', 'startCountryReport', {
      cycleId: cycle2026,
      countryId: thailand,
    }));
    await assessAll(thailandReport);
    await publish(thailandReport);
    await ok('official', 'startReportCorrection', { reportId: thailandReport }, 'state');
    await ok('official', 'saveParagraphAssessment', {
      reportId: thailandReport,
      itemId: item('OP1(1)'),
      status: 'LARGELY_ACHIEVED',
      narrative: 'Corrected: two provinces still lack an assembly.',
      evidence: [link()],
    });
    await publish(thailandReport, 'OP1(1) corrected after the provinces reported.');
    const [{ version }] = await w.api.dataSource.query(
      `SELECT version FROM reporting_catalogues ORDER BY loaded_at LIMIT 1`,
    );
    await ok(
      'admin',
      'createReportingCycle',
      { year: 2028, deadline: '2028-03-31', catalogueVersion: version },
      'year',
    );
  });
  afterAll(() => w?.api.close());
  it('exports published reports as JSON and CSV that re-import to the figures in the database', async () => {
    const { api, ok, item, items, link, kenya, cycle2026 } = w;
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

    // Civil society's shadow assessments of the latest versions: Thailand's second round had none.
    const shadows = csvRecords(
      await (await fetch(`${api.url}/open-data/shadow-assessments/2026.csv`)).text(),
    );
    expect(shadows).toEqual([]);
    expect((await fetch(`${api.url}/open-data/shadow-assessments/2026.json`)).status).toBe(400);

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
    const { gql, ok, link, publish, thailand, kenya } = w;
    // Thailand's 2028 report, published: its path now has two cycles.
    const cycle2028 = (
      await gql<{ reportingCycle: { id: string } }>(undefined, `{ reportingCycle(year: 2028) { id } }`)
    ).data!.reportingCycle.id;
    const { id: reportId } = await ok<{ id: string }>('official', 'startCountryReport', {
      cycleId: cycle2028,
      countryId: thailand,
    });
    const later = (
      await gql<{ reportingCycle: { items: { id: string; code: string }[] } }>(
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
  });

  it('serves a cycle page of 2 or 12 reports with the same number of SQL statements', async () => {
    const { api, gql, people, cycle2026 } = w;
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
