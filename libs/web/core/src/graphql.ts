// The GraphQL documents and their types, and what loads data through them. Kept out of the main
// entry on purpose: the bundler splits by file, and whatever the first page reaches through
// `@canopy/web/core` lands in the initial bundle, while these are needed by lazy pages only.
export * from './lib/graphql/generated';
export * from './lib/places/countries.service';
