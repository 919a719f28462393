export * from './lib/reporting.routes';
