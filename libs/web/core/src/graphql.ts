// What loads shared data through GraphQL. Kept out of the main entry on purpose: the bundler splits by
// file, and whatever the first page reaches through `@canopy/web/core` lands in the initial bundle,
// while this is needed by lazy pages only. Each library has its documents and their types in its own
// `lib/graphql/generated.ts` (see codegen.ts).
export * from './lib/places/countries.service';
