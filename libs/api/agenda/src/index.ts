export * from './lib/agenda.entities';
export * from './lib/agenda.module';
