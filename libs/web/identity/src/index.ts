export * from './lib/identity.routes';
export * from './lib/session/provide-session';
export * from './lib/session/return-url';
export * from './lib/session/session-state';
export * from './lib/session/session.service';
export * from './lib/session/signed-in.guard';
