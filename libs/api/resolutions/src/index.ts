export * from './lib/resolution.entities';
export * from './lib/resolutions.module';
export * from './lib/resolutions.service';
export * from './lib/follows.service';
export * from './lib/follow-up.service';
export * from './lib/resolution-steps';
