import type { TextUnitLabels } from '@canopy/web/consultation';

/** A resolution's text is numbered in paragraphs; comments are on one of them or on the whole. */
export const PARAGRAPH_LABELS: TextUnitLabels = {
  comments: 'resolution.paragraphComments',
  region: 'resolution.paragraphCommentsLabel',
  commentOn: 'moderation.onParagraph',
};
