// Shared by every Jest project: TypeScript through SWC (with decorator metadata, which Nest and
// TypeORM read), compiled to ES modules because NestJS 12 ships ES modules only.
import { readFileSync } from 'node:fs';

const { compilerOptions } = JSON.parse(
  readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'),
);
const rootDir = new URL('.', import.meta.url).pathname;

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `${rootDir}${target}`]),
);

export const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export const preset = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swcTransform },
  moduleNameMapper,
  rootDir,
};
