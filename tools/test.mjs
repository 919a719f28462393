// `npm test`: installs what is missing, checks format, lint and types, builds both apps, then runs every suite:
// unit; API integration on the embedded database and, when DATABASE_URL or CANOPY_TEST_DATABASE_URL
// names a PostgreSQL server, on that server too (with the Redis of REDIS_URL for shared rate limits and
// live events); scale-out tests of built API processes on that server and Redis (required); browser
// tests in Chromium against the built web app.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkNode, ensureChromium, ensureDependencies, nx, root, run } from './lib/setup.mjs';

checkNode();
ensureDependencies();
const chromium = ensureChromium();

const bin = (name) => join(root, 'node_modules', '.bin', name);
run(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
// The module-boundary rule reads Nx's project graph, which any nx command computes first.
nx(['show', 'projects'], { stdio: 'ignore' });
run(bin('eslint'), ['--max-warnings', '0', '.']);
// Jest strips types without checking them, and the builds leave specs out: the types of every spec,
// test helper and tool are checked here (the API side and the web side resolve modules differently).
run(bin('tsc'), ['-p', 'tools/tsconfig.typecheck-api.json']);
run(bin('tsc'), ['-p', 'tools/tsconfig.typecheck-web.json']);
nx(['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);

const reports = mkdtempSync(join(tmpdir(), 'canopy-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

function jest(name, projects, env = {}) {
  console.info(`\n── ${name} ──`);
  const report = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--selectProjects',
      ...projects,
      '--json',
      '--outputFile',
      report,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
      },
    },
  );
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
    totals.skipped += summary.numPendingTests + summary.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  if (result.status !== 0) failed = true;
}

const serverUrl = process.env.CANOPY_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
jest('unit and API on the embedded database', ['unit', 'api'], {
  CANOPY_TEST_DATABASE_URL: '',
  REDIS_URL: '',
});
if (serverUrl) jest('API on PostgreSQL', ['api'], { CANOPY_TEST_DATABASE_URL: serverUrl });
else console.info('\n(no DATABASE_URL: API tests ran on the embedded database only)');
// Built API processes sharing PostgreSQL and Redis (several instances, a crash, hostile requests).
// They need both services and fail without them, as CI always has them.
jest('scale-out on PostgreSQL and Redis', ['scale'], { CANOPY_TEST_DATABASE_URL: serverUrl ?? '' });
jest('browser', ['browser'], { CHROMIUM_PATH: chromium, DATABASE_URL: '' });

console.info(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
