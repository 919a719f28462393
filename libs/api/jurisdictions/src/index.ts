export * from './lib/jurisdiction.entity';
export * from './lib/jurisdiction.type';
export * from './lib/jurisdiction.loaders';
export * from './lib/jurisdictions.module';
export * from './lib/jurisdictions.service';
