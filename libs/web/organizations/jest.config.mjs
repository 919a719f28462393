import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-organizations',
  testMatch: ['<rootDir>/libs/web/organizations/src/**/*.spec.ts'],
};
