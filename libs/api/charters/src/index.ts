export * from './lib/charter.entities';
export * from './lib/charters.module';
export * from './lib/charters.service';
export { CHARTER_SUBJECT } from './lib/charter-steps';
