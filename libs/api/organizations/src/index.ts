export * from './lib/organization.entity';
export * from './lib/organization.loaders';
export * from './lib/organization.type';
export * from './lib/organizations.module';
export * from './lib/organizations.service';
