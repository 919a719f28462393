import { preset } from './jest.preset.mjs';

/**
 * Four suites: `unit` (no database, fast), `api` (the whole API over HTTP against PostgreSQL: the
 * server named by CANOPY_TEST_DATABASE_URL, else the embedded database), `scale` (built API processes
 * sharing PostgreSQL and Redis: instances, crashes, hostile requests) and `browser` (Chromium against
 * the built web app and a running API). `npm test` runs them all; `--selectProjects` picks.
 */
export default {
  testTimeout: 60000,
  projects: [
    {
      ...preset,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '\\.scale\\.spec\\.ts$', '/node_modules/'],
    },
    {
      ...preset,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/src/**/*.int.spec.ts'],
    },
    {
      ...preset,
      displayName: 'scale',
      testMatch: ['<rootDir>/apps/api/src/**/*.scale.spec.ts'],
    },
    {
      ...preset,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/apps/web-e2e/src/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/web-e2e/src/support/global-teardown.ts',
    },
  ],
};
