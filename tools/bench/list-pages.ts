/**
 * SQL statements per list page at 10 and at 100 items, for the lists the public reads, with the web
 * app's own documents (assemblies, an edition's proposals, a resolution's comments with their replies,
 * a cycle's country reports). DataLoader batches each relation, so a page of 100 should cost what a page
 * of 10 costs. The cycle's 194 reports are generated and published on the way, and their open data
 * export is timed.
 */
import { cycleRows } from '../../apps/api/src/testing/assembly-cycle';
import { resolutionRows } from '../../apps/api/src/testing/resolutions';
import { startTestApp, TestApp } from '../../apps/api/src/testing/test-app';
import { signedInPeople } from '../../apps/api/src/testing/voters';
import { webOperations } from '../../apps/api/src/testing/web-documents';
import { pageCost, percentile } from './bench-kit';
import { exportCost, publishedCycleReports } from './report-volumes';

const ITEMS = 120;

/** The cycle of 194 country reports the list pages were measured on. */
export interface CycleFigures {
  reports: number;
  writtenSeconds: number;
  publishP50: string;
  publishSeconds: number;
  json: { bytes: number; p50: string };
  csv: { bytes: number; p50: string };
}

export interface ListPage {
  list: string;
  document: string;
  statements10: number | null;
  statements100: number | null;
  p50at100: string;
}

async function seed(api: TestApp) {
  const db = api.dataSource;
  const [{ id: thailand }] = await db.query(`SELECT id FROM jurisdictions WHERE iso2 = 'TH'`);
  await db.query(
    `WITH created AS (
       INSERT INTO assemblies (name, kind, jurisdiction_id, description)
       SELECT 'Bench assembly ' || lpad(n::text, 4, '0'), 'AREA', $1, 'Generated for the benchmark'
         FROM generate_series(1, $2::int) n RETURNING id)
     INSERT INTO assembly_editions (assembly_id, number, title, starts_on)
     SELECT id, e, 'Sitting ' || e, date '2020-01-01' + e * 365 FROM created, generate_series(1, 3) e`,
    [thailand, ITEMS],
  );
  const [{ id: assemblyId }] = await db.query(`SELECT id FROM assemblies ORDER BY name LIMIT 1`);
  const [author] = await signedInPeople(db, 1, 'list-author');
  const people = await signedInPeople(db, 20, 'list-person');
  const organizations: string[] = (
    await db.query(
      `INSERT INTO organizations (name, sector, jurisdiction_id)
       SELECT 'Network ' || n, (ARRAY['CIVIL_SOCIETY', 'ACADEMIC_PROFESSIONAL', 'GOVERNMENT'])[1 + n % 3]::organization_sector, $1
         FROM generate_series(1, 12) n RETURNING id`,
      [thailand],
    )
  ).map((row: { id: string }) => row.id);
  const cycle = cycleRows(db, thailand);
  const editionId = await cycle.edition(assemblyId, { open: true, committee: true });
  for (let i = 0; i < ITEMS; i++) {
    const proposalId = await cycle.proposal(editionId, organizations[i % organizations.length], 'SUBMITTED');
    await cycle.cosponsorRequest(proposalId, organizations[(i + 1) % organizations.length]);
  }
  const rows = resolutionRows(db, cycle, thailand);
  const resolutionId = await rows.resolution(editionId, organizations[0], author.id, {
    state: 'CONSULTATION',
  });
  const consultationId = await rows.consultation(resolutionId);
  await db.query(
    `WITH tops AS (
       INSERT INTO comments (consultation_id, author_id, body, created_at)
       SELECT $1, ($2::uuid[])[1 + n % 20], 'Comment ' || n, now() - make_interval(secs => 10000 - n)
         FROM generate_series(1, $3::int) n RETURNING id, created_at)
     INSERT INTO comments (consultation_id, author_id, parent_id, root_id, depth, body, created_at)
     SELECT $1, ($2::uuid[])[1 + r % 20], tops.id, tops.id, 1, 'Reply ' || r, tops.created_at + make_interval(secs => r)
       FROM tops, generate_series(1, 2) r`,
    [consultationId, people.map((person) => person.id), ITEMS],
  );
  await db.query(`ANALYZE`);
  // Signed in as the author of the oldest comment, which every page shows: their own comments bring
  // their appeals along, on either page size.
  return { editionId, resolutionId, token: people[1].token };
}

/** Statements of each list at 10 and 100 items, anonymous and (comments) signed in. */
export async function listPages(): Promise<{ pages: ListPage[]; cycle: CycleFigures }> {
  const api = await startTestApp();
  try {
    const { editionId, resolutionId, token } = await seed(api);
    const published = await publishedCycleReports(api);
    const root = process.cwd();
    const documents = new Map(webOperations(root).map((operation) => [operation.name, operation.source]));
    const measure = async (
      list: string,
      name: string,
      variables: Record<string, unknown>,
      signedIn?: string,
    ): Promise<ListPage> => {
      const source = documents.get(name);
      if (!source) throw new Error(`the web app has no ${name} document`);
      // Once before counting: what the policy layer learns of an id once (its assembly…) is remembered.
      await api.graphql(source, { ...variables, first: 10 }, { token: signedIn });
      const at10 = await pageCost(api, source, { ...variables, first: 10 }, 20, signedIn);
      const at100 = await pageCost(api, source, { ...variables, first: 100 }, 50, signedIn);
      return {
        list,
        document: name,
        statements10: at10.statements,
        statements100: at100.statements,
        p50at100: at100.p50,
      };
    };
    const pages = [
      await measure('assemblies', 'Assemblies', {}),
      await measure("an edition's proposals", 'EditionProposals', { id: editionId }),
      await measure("a resolution's comments (with replies)", 'ResolutionComments', { resolutionId }),
      await measure("a resolution's comments, signed in", 'ResolutionComments', { resolutionId }, token),
      await measure("a cycle's country reports", 'ReportsHome', { year: 2026 }),
    ];
    const json = await exportCost(`${api.url}/open-data/reports/2026.json`, 5);
    const csv = await exportCost(`${api.url}/open-data/reports/2026.csv`, 5);
    const publishMs = [...published.publishMs].sort((a, b) => a - b);
    return {
      pages,
      cycle: {
        reports: published.reports.length,
        writtenSeconds: published.writtenSeconds,
        publishP50: percentile(publishMs, 0.5),
        publishSeconds: publishMs.reduce((sum, ms) => sum + ms, 0) / 1000,
        json: { bytes: json.bytes, p50: json.p50 },
        csv: { bytes: csv.bytes, p50: csv.p50 },
      },
    };
  } finally {
    await api.close();
  }
}
