import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-charters',
  testMatch: ['<rootDir>/libs/web/charters/src/**/*.spec.ts'],
};
