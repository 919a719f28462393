export * from './lib/resolutions.routes';
