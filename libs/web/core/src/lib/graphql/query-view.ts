import { isNotFoundError } from './is-not-found-error';

export type QueryView<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error' }
  | { readonly status: 'not-found' }
  | { readonly status: 'ready'; readonly data: T };

/** What Apollo reports for a watched query, reduced to what the pages read. */
interface QueryResult {
  readonly dataState: string;
  readonly data?: unknown;
  readonly error?: unknown;
}

type CompleteData<R> = Extract<R, { dataState: 'complete' }> extends { data: infer D } ? D : never;

/** The data of a result once Apollo has all of it; undefined while loading or after a failure. */
export function completeData<R extends QueryResult>(result: R | undefined): CompleteData<R> | undefined {
  return result?.dataState === 'complete' ? (result.data as CompleteData<R>) : undefined;
}

/**
 * A page's state from its query: what `pick` finds in the data, "not found" when it finds nothing (an
 * unknown id, or a draft the reader may not see), else loading or failed.
 */
export function toQueryView<R extends QueryResult, T>(
  result: R | undefined,
  pick: (data: CompleteData<R>) => T | null | undefined,
): QueryView<T> {
  if (!result) return { status: 'loading' };
  const data = completeData(result);
  if (data !== undefined) {
    const picked = pick(data);
    return picked ? { status: 'ready', data: picked } : { status: 'not-found' };
  }
  const error = result.error as Parameters<typeof isNotFoundError>[0];
  if (isNotFoundError(error)) return { status: 'not-found' };
  return error ? { status: 'error' } : { status: 'loading' };
}
