/**
 * How a subject names the numbered units of its text that comments are anchored to: paragraphs,
 * clauses. Translation keys, each given the unit's `number`; the subject's feature owns the wording.
 */
export interface TextUnitLabels {
  /** Plural, also given `count`: "2 comments on paragraph 3". Labels the button that opens its threads. */
  readonly comments: string;
  /** "Comments on paragraph 3": names the region its threads open in. */
  readonly region: string;
  /** "On paragraph 3": where a comment in a moderation queue was written. */
  readonly commentOn: string;
}
