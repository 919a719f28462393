export * from './lib/consultation.entities';
export * from './lib/consultation.module';
export * from './lib/consultation.service';
export * from './lib/consultation.loaders';
export * from './lib/consultation.types';
export * from './lib/consultation-subjects';
export type { ModerationScope } from './lib/consultation.repository';
