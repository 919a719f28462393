export * from './lib/audit-content';
export * from './lib/audit-entry.entity';
export * from './lib/audit-hash';
export * from './lib/audit.module';
export * from './lib/audit.service';
export * from './lib/security-event.entity';
export * from './lib/security-events.service';
