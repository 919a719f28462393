import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-consultation',
  testMatch: ['<rootDir>/libs/web/consultation/src/**/*.spec.ts'],
};
