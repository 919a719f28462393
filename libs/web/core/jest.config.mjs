import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-core',
  testMatch: ['<rootDir>/libs/web/core/src/**/*.spec.ts'],
};
