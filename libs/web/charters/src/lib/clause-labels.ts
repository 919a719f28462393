import type { TextUnitLabels } from '@canopy/web/consultation';

/** A charter's hearing anchors comments to its clauses. */
export const CLAUSE_LABELS: TextUnitLabels = {
  comments: 'charter.clauseComments',
  region: 'charter.clauseCommentsLabel',
  commentOn: 'charterModeration.onClause',
};
