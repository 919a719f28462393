export * from './lib/jurisdiction';
export * from './lib/assembly';
export * from './lib/pagination';
export * from './lib/identity';
export * from './lib/organization';
export * from './lib/policy';
export * from './lib/agenda';
