export * from './lib/agenda.entities';
export * from './lib/agenda.module';
export * from './lib/agenda.loaders';
export * from './lib/agenda.service';
export * from './lib/agenda.types';
export * from './lib/proposals.service';
