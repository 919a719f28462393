export * from './lib/assemblies.routes';
