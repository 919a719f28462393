import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Connections are cached once per filter combination; pages fetched with `after` are appended to it,
 * so "load more" keeps what is already on screen.
 */
export const cacheTypePolicies: TypePolicies = {
  Query: {
    fields: {
      assemblies: relayStylePagination(['kind', 'countryCode']),
      jurisdictions: relayStylePagination(['level', 'countryCode', 'parentId']),
      organizations: relayStylePagination(['sector', 'countryCode', 'verified']),
      organizationProposals: relayStylePagination(['organizationId']),
      searchProposals: relayStylePagination(['query', 'editionId']),
      moderationQueue: relayStylePagination(['assemblyId']),
      charters: relayStylePagination(['jurisdictionId', 'search', 'adoptedOnly']),
      charterModerationQueue: relayStylePagination(['charterId']),
    },
  },
  AssemblyEdition: {
    fields: {
      proposals: relayStylePagination(['states']),
      constituencies: relayStylePagination(['state']),
    },
  },
  Organization: {
    fields: {
      members: relayStylePagination(),
    },
  },
  // One list of threads per paragraph, whichever subject's query reached the consultation.
  Consultation: {
    fields: {
      comments: relayStylePagination(['paragraph']),
    },
  },
};
