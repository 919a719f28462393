import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the real entry point with a bad environment: it must stop at once with one line naming the variable. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: 'tools/tsconfig.json', NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('start-up configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT /],
    [
      { DATABASE_URL: 'mysql://db/canopy' },
      /^Invalid configuration: DATABASE_URL must be a postgres:\/\/ URL/,
    ],
  ])('refuses %p with one line and exit code 1', (env, message) => {
    const result = start(env);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
