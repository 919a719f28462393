/**
 * A whole cycle of WHA77.2 progress reports, fast: every WHO member state's 2026 report (six paragraphs
 * each, with narratives, evidence, SDG 16.7.2 by sex, age and disability, mechanisms, a sign-off and a
 * shadow assessment) written with SQL, then each published through the service that freezes it (its
 * snapshot, version row, audit entry and state change), as a real publication is.
 * Used by `npm run bench:reports` and by the list-page figures of `npm run bench`.
 */
import { ReportsService } from '@canopy/api/reporting';
import { ReportEvent } from '@canopy/domain';
import type { TestApp } from '../../apps/api/src/testing/test-app';
import { percentile, random, signedInPeople } from './bench-kit';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'LARGELY_ACHIEVED', 'ACHIEVED', 'NOT_APPLICABLE'];
const NARRATIVE =
  'The ministry convenes the national health assembly every year with constituencies of government, ' +
  'academia and civil society; provincial assemblies feed its agenda and a follow-up committee publishes ' +
  'what became of each resolution. Gaps remain for migrant workers and for people with disabilities. ';

/** Every WHO member state's 2026 report, submitted with its working copy and civil society's answers. */
async function seed(api: TestApp): Promise<{ reports: string[]; publisher: string }> {
  const db = api.dataSource;
  const next = random(2026);
  const [publisher] = await signedInPeople(api, 1, 'Publisher');
  const [{ id: cycleId }] = await db.query(`SELECT id FROM reporting_cycles WHERE year = 2026`);
  const items: { id: string; code: string }[] = await db.query(
    `SELECT i.id, i.code FROM reporting_catalogue_items i JOIN reporting_cycles c ON c.catalogue_id = i.catalogue_id
      WHERE c.id = $1 AND i.addressee = 'MEMBER_STATES' ORDER BY i.position`,
    [cycleId],
  );
  const countries: { id: string; iso3: string }[] = await db.query(
    `SELECT id, iso3 FROM jurisdictions WHERE level = 'COUNTRY' ORDER BY iso3`,
  );
  const reports: string[] = [];
  for (const country of countries) {
    const mechanisms = [
      { name: 'National health assembly', type: 'ASSEMBLY', level: 'NATIONAL', frequency: 'YEARLY' },
      { name: 'Provincial health councils', type: 'COUNCIL', level: 'SUBNATIONAL', frequency: 'QUARTERLY' },
      { name: 'Community consultations', type: 'CONSULTATION', level: 'LOCAL', frequency: 'AD_HOC' },
    ].map((mechanism) => ({
      ...mechanism,
      legalBasis: 'Public Health Act, section 12',
      budget: Math.round(next() * 1_000_000),
      currency: 'USD',
      participants: 'Government agencies, academic bodies and civil society organizations',
      assemblyId: null,
    }));
    const [{ id: reportId }] = await db.query(
      `INSERT INTO country_reports (cycle_id, country_id, state, mechanisms, created_by)
       VALUES ($1, $2, 'SUBMITTED', $3, $4) RETURNING id`,
      [cycleId, country.id, JSON.stringify(mechanisms), publisher.id],
    );
    reports.push(reportId);
    for (const item of items) {
      const status = STATUSES[Math.floor(next() * STATUSES.length)];
      const evidence =
        status === 'NOT_STARTED'
          ? []
          : [1, 2].map((n) => ({
              kind: 'LINK',
              url: `https://health.example.org/${country.iso3}/${item.code}/${n}`,
              date: '2026-03-01',
              description: `Record ${n} of ${item.code}`,
            }));
      const values =
        item.code === 'OP1(3)'
          ? [
              {},
              { sex: 'female' },
              { sex: 'male' },
              { age: '15-24' },
              { age: '65+' },
              { disability: 'with disability' },
            ].flatMap((breakdown) =>
              [2024, 2025].map((year) => ({
                indicator: 'SDG-16.7.2',
                year,
                value: Math.round(200 + next() * 500) / 10,
                breakdown,
              })),
            )
          : [];
      await db.query(
        `INSERT INTO report_assessments (report_id, item_id, status, narrative, evidence, indicator_values, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          reportId,
          item.id,
          status,
          NARRATIVE,
          JSON.stringify(evidence),
          JSON.stringify(values),
          publisher.id,
        ],
      );
    }
    const [{ id: organizationId }] = await db.query(
      `INSERT INTO organizations (name, sector, jurisdiction_id, verified_at, verified_by)
       VALUES ($1, 'CIVIL_SOCIETY', $2, now(), $3) RETURNING id`,
      [`Health Watch ${country.iso3}`, country.id, publisher.id],
    );
    await db.query(
      `INSERT INTO report_validations (report_id, round, item_id, organization_id, kind, status, narrative, evidence, filed_by)
       VALUES ($1, 1, $2, $3, 'SIGN_OFF', NULL, '', '[]', $5),
              ($1, 1, $4, $3, 'SHADOW', 'IN_PROGRESS', $6, $7, $5)`,
      [
        reportId,
        items[0].id,
        organizationId,
        items[2].id,
        publisher.id,
        'Civil society sees less progress than the government reports.',
        JSON.stringify([
          {
            kind: 'LINK',
            url: 'https://watch.example.org/shadow',
            date: '2026-04-01',
            description: 'Shadow report',
          },
        ]),
      ],
    );
  }
  return { reports, publisher: publisher.id };
}

export interface CycleReports {
  reports: string[];
  /** Seconds to write the 194 reports before publication. */
  writtenSeconds: number;
  /** Milliseconds each publication took, in the order published. */
  publishMs: number[];
}

/** Every member state's 2026 report, written and then published one by one through the service. */
export async function publishedCycleReports(api: TestApp): Promise<CycleReports> {
  const started = Date.now();
  const { reports, publisher } = await seed(api);
  const writtenSeconds = (Date.now() - started) / 1000;
  const service = api.app.get(ReportsService);
  const principal = { userId: publisher, sessionId: 'bench' };
  const publishMs: number[] = [];
  for (const reportId of reports) {
    const begun = process.hrtime.bigint();
    await service.act(principal, reportId, ReportEvent.PUBLISH);
    publishMs.push(Number(process.hrtime.bigint() - begun) / 1e6);
  }
  return { reports, writtenSeconds, publishMs };
}

async function timed(url: string): Promise<{ ms: number; bytes: number; text: string }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes: Buffer.byteLength(text), text };
}

/** A download's size and its latency over `rounds` requests after a first. */
export async function exportCost(
  url: string,
  rounds = 10,
): Promise<{ bytes: number; p50: string; p95: string; text: string }> {
  const first = await timed(url);
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) timings.push((await timed(url)).ms);
  timings.sort((a, b) => a - b);
  return {
    bytes: first.bytes,
    text: first.text,
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
  };
}
