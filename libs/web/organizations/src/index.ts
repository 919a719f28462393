export * from './lib/organizations.routes';
