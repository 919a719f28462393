export * from './lib/charters.routes';
