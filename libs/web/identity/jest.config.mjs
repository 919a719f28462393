import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-identity',
  testMatch: ['<rootDir>/libs/web/identity/src/**/*.spec.ts'],
};
