import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-agenda',
  testMatch: ['<rootDir>/libs/web/agenda/src/**/*.spec.ts'],
};
