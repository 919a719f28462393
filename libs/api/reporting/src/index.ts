export * from './lib/reporting.entities';
export * from './lib/reporting.module';
export * from './lib/reporting-catalogue.service';
export * from './lib/reports.service';
export * from './lib/validation.service';
export * from './lib/open-data.service';
export { ReportStateEvents } from './lib/report-steps';
export type { ReportStateChange, ReportStateListener } from './lib/report-steps';
