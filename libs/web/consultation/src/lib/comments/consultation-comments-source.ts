import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { ConsultationCommentPageFragment } from '../graphql/generated';

/** The page of threads asked for: the variables `ConsultationCommentPage` reads. */
export interface CommentPageVariables {
  paragraph?: number | null;
  first: number;
  after?: string | null;
}

/**
 * Where a consultation's comments are read from. The API reaches a consultation only through its
 * subject, the text consulted on, so the subject's feature names the query; the threads add the page
 * variables and read what `pick` finds. Build one with `consultationCommentsSource`.
 */
export interface ConsultationCommentsSource {
  readonly query: TypedDocumentNode<unknown, OperationVariables>;
  /** The subject's own variables, such as its id. */
  readonly variables: Readonly<OperationVariables>;
  readonly pick: (data: unknown) => ConsultationCommentPageFragment | null | undefined;
}

/**
 * A source from a query that spreads `...ConsultationCommentPage` on the consultation and declares
 * `$paragraph`, `$first` and `$after`; the types check the variables and the path at the call.
 */
export function consultationCommentsSource<TData, TVariables extends CommentPageVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, keyof CommentPageVariables>,
  pick: (data: TData) => ConsultationCommentPageFragment | null | undefined,
): ConsultationCommentsSource {
  return {
    query: query as TypedDocumentNode<unknown, OperationVariables>,
    variables,
    pick: (data) => pick(data as TData),
  };
}
