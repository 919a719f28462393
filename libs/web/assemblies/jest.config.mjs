import { preset } from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-assemblies',
  testMatch: ['<rootDir>/libs/web/assemblies/src/**/*.spec.ts'],
};
