import { ReportStateEvents } from '@canopy/api/reporting';
import type { ReportStateChange } from '@canopy/api/reporting';
import { Person, signUp } from './people';
import { reportRows } from './reporting';
import { startTestApp, TestApp } from './test-app';

export type ReportingPerson =
  'admin' | 'official' | 'colleague' | 'kenyanOfficial' | 'cso' | 'unverifiedCso' | 'kenyanCso' | 'citizen';
export type Who = ReportingPerson | undefined;

type Response = { errors?: { extensions?: Record<string, unknown> }[] };

export interface ReportView {
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
}

const REPORT = `id state publishedVersion canEdit events progress { assessed total started }
  country { name } cycle { year }
  assessments { itemId status narrative evidence { kind url description date assemblyId file { id fileName url sha256 } }
    indicatorValues { indicator year value breakdown { dimension group } } }
  mechanisms { name type budget currency assemblyId }
  validations { itemId kind status narrative organization { name } }
  versions { number changeNote publishedAt assessments { itemCode status narrative evidence { kind url } }
    signOffs { itemCode organizationName } shadows { itemCode organizationName status narrative } }`;

/** The input type of each mutation that does not follow the `<Mutation>Input` pattern. */
const INPUT_TYPES: Record<string, string> = {
  sendReportForReview: 'ReportIdInput',
  openReportValidation: 'ReportIdInput',
  submitCountryReport: 'ReportIdInput',
  startReportCorrection: 'ReportIdInput',
};

/** A real PDF's first bytes are what the API checks a document by. */
export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/**
 * The people of the reporting specs, on an API of their own: officials of Thailand (a ministry) and of
 * Kenya, a Thai provincial office's member (no official of the country), members of a verified civil
 * society organization of a Thai province, of an unverified one and of a Kenyan one, a citizen, and a
 * platform admin; an assembly in Thailand; the 2026 cycle's paragraphs; and the helpers the specs share.
 */
export async function reportingWorld(options: { demo?: boolean } = {}) {
  const api: TestApp = await startTestApp({
    adminEmails: ['reporting-admin@example.org'],
    demo: options.demo,
  });
  const rows = reportRows(api.dataSource);
  const changes: ReportStateChange[] = [];
  api.app.get(ReportStateEvents).subscribe((change) => changes.push(change));
  const country = async (iso2: string) =>
    (await api.dataSource.query(`SELECT id FROM jurisdictions WHERE iso2 = $1`, [iso2]))[0].id as string;
  const [thailand, kenya] = [await country('TH'), await country('KE')];
  const [{ id: province }] = await api.dataSource.query(
    `INSERT INTO jurisdictions (name, level, parent_id, country_id) VALUES ('Songkhla', 'REGION', $1, $1) RETURNING id`,
    [thailand],
  );
  const people: Record<ReportingPerson, Person> = {
    admin: await signUp(api, 'admin', { email: 'reporting-admin@example.org' }),
    official: await signUp(api, 'official'),
    colleague: await signUp(api, 'colleague'),
    kenyanOfficial: await signUp(api, 'kenyan-official'),
    cso: await signUp(api, 'cso'),
    unverifiedCso: await signUp(api, 'unverified-cso'),
    kenyanCso: await signUp(api, 'kenyan-cso'),
    citizen: await signUp(api, 'citizen'),
  };
  const verified = (name: string, sector: string, place: string) =>
    rows.organization(name, sector, place, people.admin.id);
  const healthWatch = await verified('Thai Health Watch', 'CIVIL_SOCIETY', province);
  const ruralVoices = await rows.organization('Rural Voices (unverified)', 'CIVIL_SOCIETY', thailand, null);
  const kenyaNetwork = await verified('Kenya Health Network', 'CIVIL_SOCIETY', kenya);
  await rows.member(await verified('Ministry of Public Health', 'GOVERNMENT', thailand), people.official.id);
  await rows.member(await verified('Songkhla Health Office', 'GOVERNMENT', province), people.colleague.id);
  await rows.member(
    await verified('Ministry of Health Kenya', 'GOVERNMENT', kenya),
    people.kenyanOfficial.id,
  );
  await rows.member(healthWatch, people.cso.id);
  await rows.member(ruralVoices, people.unverifiedCso.id, 'ADMIN');
  await rows.member(kenyaNetwork, people.kenyanCso.id);
  const [{ id: assemblyId }] = await api.dataSource.query(
    `INSERT INTO assemblies (name, kind, jurisdiction_id) VALUES ('National Health Assembly', 'NATIONAL', $1) RETURNING id`,
    [thailand],
  );

  const gql = <T = Record<string, unknown>>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
  ) => api.graphql<T>(query, variables, { token: who ? people[who].token : undefined });
  const cycleOf = async (year: number) => {
    const { data } = await gql<{
      reportingCycle: { id: string; items: { id: string; code: string; indicators: { code: string }[] }[] };
    }>(
      undefined,
      `query ($year: Int!) { reportingCycle(year: $year) { id items { id code indicators { code } } } }`,
      {
        year,
      },
    );
    return data!.reportingCycle;
  };
  const { id: cycle2026, items } = await cycleOf(2026);
  const item = (code: string) => items.find((candidate) => candidate.code === code)!.id;

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
  const link = (description = 'Minutes of the assembly') => ({
    kind: 'LINK',
    url: 'https://www.samatcha.org/minutes',
    date: '2026-03-01',
    description,
  });

  return {
    api,
    changes,
    people,
    thailand,
    kenya,
    assemblyId,
    healthWatch,
    ruralVoices,
    kenyaNetwork,
    cycle2026,
    items,
    item,
    cycleOf,
    gql,
    act,
    ok,
    link,
    reason: (response: Response) =>
      response.errors?.[0]?.extensions?.['reason'] ?? response.errors?.[0]?.extensions?.['code'],
    field: (response: Response) => response.errors?.[0]?.extensions?.['field'],
    count: async (sql: string, parameters: unknown[] = []) =>
      Number((await api.dataSource.query(sql, parameters))[0].n),

    /** Sends a file to the upload endpoint as `who`: the status and the JSON answer. */
    async upload(
      who: Who,
      reportId: string,
      body: Buffer,
      type: string,
      fileName: string,
      organizationId?: string,
    ) {
      const query = new URLSearchParams({
        reportId,
        fileName,
        ...(organizationId ? { organizationId } : {}),
      });
      const response = await fetch(`${api.url}/files/evidence?${query}`, {
        method: 'POST',
        headers: { 'content-type': type, ...(who ? { authorization: `Bearer ${people[who].token}` } : {}) },
        body: new Uint8Array(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    },

    async read(id: string, who: Who = undefined): Promise<ReportView> {
      const response = await gql<{ countryReport: ReportView }>(
        who,
        `query ($id: ID!) { countryReport(id: $id) { ${REPORT} } }`,
        { id },
      );
      if (!response.data?.countryReport) throw new Error(JSON.stringify(response.errors));
      return response.data.countryReport;
    },

    /** Every paragraph assessed by `who`: `status` with a link, OP1(3) with SDG 16.7.2 overall and for women. */
    async assessAll(reportId: string, status = 'ACHIEVED', who: Who = 'official') {
      for (const { code } of items) {
        await ok(who, 'saveParagraphAssessment', {
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
    },

    /** Review, validation, submission and publication, in a row, by `who`. */
    async publish(reportId: string, changeNote?: string, who: Who = 'official') {
      await ok(who, 'sendReportForReview', { reportId }, 'state');
      await ok(who, 'openReportValidation', { reportId }, 'state');
      await ok(who, 'submitCountryReport', { reportId }, 'state');
      return ok<{ state: string; publishedVersion: number }>(
        who,
        'publishCountryReport',
        { reportId, changeNote },
        'state publishedVersion',
      );
    },
  };
}

export type ReportingWorld = Awaited<ReturnType<typeof reportingWorld>>;
