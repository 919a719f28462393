import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-reporting',
  testMatch: ['<rootDir>/libs/web/reporting/src/**/*.spec.ts'],
};
