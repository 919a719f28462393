import { ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

/** Hex SHA-256 of a document's text, by the browser's own Web Crypto. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Automatic persisted queries: each document is sent as its hash, and in full only the first time the
 * API has not seen it, so a slow phone uploads a few dozen bytes instead of the whole document. Web
 * Crypto exists only on secure origins (https, localhost); elsewhere the documents go in full.
 */
export function persistedQueriesLink(): ApolloLink | null {
  if (!globalThis.crypto?.subtle) return null;
  return ApolloLink.from([new PersistedQueryLink({ sha256 }), angularHttpContext]);
}

/**
 * Apollo's link says whether to send the document and the extensions under `context.http`; Angular's
 * HttpLink reads them from the context itself.
 */
const angularHttpContext = new ApolloLink((operation, forward) => {
  const { http } = operation.getContext() as {
    http?: { includeQuery?: boolean; includeExtensions?: boolean };
  };
  if (http)
    operation.setContext({ includeQuery: http.includeQuery, includeExtensions: http.includeExtensions });
  return forward(operation);
});
