/**
 * `npm run bench`: every scale benchmark in one run, on PostgreSQL and Redis (DATABASE_URL and REDIS_URL,
 * else the local ones .ci/run sets up) with two built API instances, and a markdown table of the figures
 * in tools/bench/RESULTS.md. `npm run bench -- --quick` runs the same steps on small volumes.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../../apps/api/src/testing/instances';
import { fanOut } from './fan-out';
import { listPages } from './list-pages';
import { tallyRead } from './tally-read';
import { FULL_VOLUMES, generateVolumes, tallyMatchesCount, Volumes } from './volumes';
import { CLIENTS, voteThroughput } from './vote-throughput';
import { initialJs, lighthouseScore, pageWeights } from './web-budget';

const quick = process.argv.includes('--quick');
const volumes: Volumes = quick
  ? { citizens: 50_000, votes: 50_000, comments: 5_000, smallVotes: 1_000 }
  : FULL_VOLUMES;
const RESULTS = join(process.cwd(), 'tools/bench/RESULTS.md');

interface Figure {
  area: string;
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const n = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function step(message: string): void {
  console.info(`\n── ${message}`);
}

function ensureBuilt(): void {
  const built = ['dist/apps/api/main.js', 'dist/apps/web/browser/index.html'].every((file) =>
    existsSync(file),
  );
  if (built) return;
  step('building the API and the web app');
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'], {
    stdio: 'inherit',
  });
}

async function main(): Promise<void> {
  process.env['CANOPY_TEST_DATABASE_URL'] ||=
    process.env['DATABASE_URL'] || 'postgres://canopy:canopy@127.0.0.1:5432/canopy';
  process.env['REDIS_URL'] ||= 'redis://127.0.0.1:6379';
  ensureBuilt();
  const figures: Figure[] = [];
  const add = (area: string, figure: string, value: string, target = '', met: boolean | null = null) => {
    figures.push({ area, figure, value, target, met });
    console.info(
      `${area} · ${figure}: ${value}${target ? ` (target ${target}${met === null ? '' : met ? ', met' : ', NOT met'})` : ''}`,
    );
  };

  step('two API instances on PostgreSQL and Redis');
  const cluster = await startCluster(2, { CANOPY_WEB_DIR: join(process.cwd(), 'dist/apps/web/browser') });
  try {
    step(
      `generating ${n(volumes.citizens)} citizens, ${n(volumes.votes)} votes, ${n(volumes.comments)} comments`,
    );
    const generated = await generateVolumes(cluster.db, volumes);
    for (const [part, seconds] of Object.entries(generated.seconds))
      add('data', `generate ${part}`, `${n(seconds, 1)} s`);
    add(
      'data',
      'tally equals COUNT(*) after generation',
      String(await tallyMatchesCount(cluster.db, generated.large.consultationId)),
      'true',
      await tallyMatchesCount(cluster.db, generated.large.consultationId),
    );

    step('tally read at 1,000 and at 1,000,000 votes');
    const [a] = cluster.instances;
    const small = await tallyRead(a.url, generated.small.resolutionId);
    const large = await tallyRead(a.url, generated.large.resolutionId);
    const tallyRatio = Number(large.p50) / Number(small.p50);
    add(
      'reads',
      `resolution with tally, ${n(small.total)} votes: p50 / p95`,
      `${small.p50} / ${small.p95} ms`,
    );
    add(
      'reads',
      `resolution with tally, ${n(large.total)} votes: p50 / p95`,
      `${large.p50} / ${large.p95} ms`,
    );
    add('reads', 'p50 ratio (large / small)', n(tallyRatio, 2), '≤ 1.2', tallyRatio <= 1.2);

    step(`vote throughput at ${CLIENTS} clients: full stack, then pgbench with the same statements`);
    const throughput = await voteThroughput(cluster, generated.large.consultationId, {
      stackVotes: quick ? 3_200 : 12_800,
      pgbenchVotes: quick ? 6_400 : 32_000,
    });
    add(
      'votes',
      'statements per vote request (session, facts, transaction, tally)',
      String(throughput.statements),
    );
    add(
      'votes',
      `full stack, ${CLIENTS} clients over 2 instances: votes/s`,
      n(throughput.stackRate),
      '',
      null,
    );
    add('votes', 'full stack latency p50 / p95', `${throughput.stackP50} / ${throughput.stackP95} ms`);
    add(
      'votes',
      'full stack failed requests',
      String(throughput.stackFailures),
      '0',
      throughput.stackFailures === 0,
    );
    add(
      'votes',
      `pgbench, same statements, ${CLIENTS} connections: transactions/s`,
      n(throughput.pgbenchRate),
    );
    add('votes', 'ratio full stack / pgbench', n(throughput.ratio, 2), '≥ 0.4', throughput.ratio >= 0.4);
    add(
      'votes',
      'tally equals COUNT(*) after the load',
      String(await tallyMatchesCount(cluster.db, generated.large.consultationId)),
      'true',
      await tallyMatchesCount(cluster.db, generated.large.consultationId),
    );

    step('fan-out to live subscribers');
    const fan = await fanOut(cluster, generated.large.consultationId, {
      subscribers: quick ? 200 : 1_000,
      votes: 20,
      spacingMs: 300,
    });
    add(
      'live',
      `${n(fan.subscribers)} subscribers over 2 instances, ${fan.votes} votes: deliveries`,
      `${n(fan.deliveries)} of ${n(fan.subscribers * fan.votes)}`,
      'all',
      fan.deliveries === fan.subscribers * fan.votes,
    );
    add(
      'live',
      'vote → delivery p50 / p95 / max',
      `${fan.p50} / ${fan.p95} / ${fan.max} ms`,
      'p95 ≤ 200 ms',
      Number(fan.p95) <= 200,
    );

    step("SQL statements per list page, and a cycle of 194 countries' reports");
    const lists = await listPages();
    const { cycle } = lists;
    add(
      'data',
      `countries' progress reports (${cycle.reports}): written / published through the service`,
      `${n(cycle.writtenSeconds, 1)} s / ${n(cycle.publishSeconds, 1)} s (p50 ${cycle.publishP50} ms each)`,
    );
    add(
      'data',
      `open data export of the cycle: JSON (${n(cycle.json.bytes / 1024, 0)} KB) / CSV (${n(cycle.csv.bytes / 1024, 0)} KB), p50`,
      `${cycle.json.p50} / ${cycle.csv.p50} ms`,
    );
    for (const page of lists.pages) {
      const equal = page.statements10 !== null && page.statements10 === page.statements100;
      add(
        'lists',
        `${page.list} (${page.document}): statements at 10 / 100`,
        page.statements10 === null
          ? 'n/a'
          : `${page.statements10} / ${page.statements100} (p50 at 100: ${page.p50at100} ms)`,
        'equal',
        page.statements10 === null ? null : equal,
      );
    }

    step('web: JavaScript and Lighthouse');
    const initial = initialJs();
    add(
      'web',
      `initial JavaScript (index.html, ${initial.files} files), gzipped`,
      `${n(initial.gzipKb, 1)} KB`,
      '≤ 150 KB',
      initial.gzipKb <= 150,
    );
    const pages = [
      { page: 'home', path: '/', ready: 'main' },
      { page: 'assemblies', path: '/assemblies', ready: '[data-testid="assembly-card"], main h1' },
      {
        page: 'resolution in consultation',
        path: `/resolutions/${generated.large.resolutionId}`,
        ready: '[data-testid="tally"]',
      },
    ];
    for (const weight of await pageWeights(a.url, pages)) {
      add(
        'web',
        `${weight.page} page: JavaScript loaded (${weight.scripts} files), gzipped`,
        `${n(weight.jsGzipKb, 1)} KB`,
        '≤ 150 KB',
        weight.jsGzipKb <= 150,
      );
    }
    for (const { page, path } of [pages[0], pages[2]]) {
      const lighthouse = lighthouseScore(`${a.url}${path}`);
      add(
        'web',
        `Lighthouse performance, mobile, ${page} page (LCP, TBT)`,
        `${lighthouse.score} (${n(lighthouse.lcpMs)} ms, ${n(lighthouse.tbtMs)} ms)`,
        '≥ 95',
        lighthouse.score >= 95,
      );
    }
  } finally {
    await cluster.close();
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB; load generator, API instances, PostgreSQL and Redis all on it`;
  const lines = [
    '# Canopy benchmark results',
    '',
    `One run of \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    'Figures from a single run on a shared machine; compare orders of magnitude, not decimals.',
    '',
    '| area | figure | value | target | met |',
    '| --- | --- | --- | --- | --- |',
    ...figures.map(
      (f) =>
        `| ${f.area} | ${f.figure} | ${f.value} | ${f.target} | ${f.met === null ? '' : f.met ? 'yes' : '**no**'} |`,
    ),
    '',
  ];
  writeFileSync(RESULTS, lines.join('\n'));
  // Formatted as every file of the repository is, so `npm test`'s format check passes.
  execFileSync(join(process.cwd(), 'node_modules/.bin/prettier'), [
    '--write',
    '--log-level',
    'warn',
    RESULTS,
  ]);
  console.info(`\nwrote ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
