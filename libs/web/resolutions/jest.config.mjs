import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-resolutions',
  testMatch: ['<rootDir>/libs/web/resolutions/src/**/*.spec.ts'],
};
