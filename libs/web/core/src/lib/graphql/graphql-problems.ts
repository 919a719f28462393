import { CombinedGraphQLErrors } from '@apollo/client';

/** A field the API refused, named as the form knows it: `input.email` becomes `email`. */
export interface FieldProblem {
  readonly field: string;
  /** The error code: BAD_USER_INPUT, CONFLICT, NOT_FOUND… */
  readonly code: string;
  /** The API's reason, in English, phrased to follow the field name ("must be an e-mail address"). */
  readonly message: string;
  /** For a conflict the API explains: its reason code and the figures a sentence needs. */
  readonly reason?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

interface ReportedField {
  readonly field?: unknown;
  readonly message?: unknown;
}

const INPUT_PREFIX = 'input.';

function graphqlErrors(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The codes of every GraphQL error in a failed operation, in order (none for a network failure). */
export function graphqlErrorCodes(error: unknown): string[] {
  return graphqlErrors(error).map((graphqlError) => String(graphqlError.extensions?.['code'] ?? ''));
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return graphqlErrorCodes(error).includes(code);
}

function formField(path: string): string {
  return path.startsWith(INPUT_PREFIX) ? path.slice(INPUT_PREFIX.length) : path;
}

/**
 * Every field named by the errors: `extensions.fields[]` when the API lists them (bad input, conflicts),
 * else `extensions.field` with the error's own message.
 */
export function fieldProblems(error: unknown): FieldProblem[] {
  return graphqlErrors(error).flatMap((graphqlError) => {
    const extensions = graphqlError.extensions ?? {};
    const code = String(extensions['code'] ?? '');
    const why =
      typeof extensions['reason'] === 'string'
        ? {
            reason: extensions['reason'],
            details: (extensions['details'] ?? {}) as Readonly<Record<string, unknown>>,
          }
        : {};
    const listed = extensions['fields'];
    if (Array.isArray(listed)) {
      return (listed as ReportedField[])
        .filter((problem) => typeof problem.field === 'string')
        .map((problem) => ({
          field: formField(problem.field as string),
          code,
          message: typeof problem.message === 'string' ? problem.message : graphqlError.message,
          ...why,
        }));
    }
    const field = extensions['field'];
    if (typeof field !== 'string') return [];
    const message = graphqlError.message.startsWith(`${field} `)
      ? graphqlError.message.slice(field.length + 1)
      : graphqlError.message;
    return [{ field: formField(field), code, message, ...why }];
  });
}

/** Seconds to wait before trying again, from a TOO_MANY_REQUESTS error; null when there is none. */
export function retryAfterSeconds(error: unknown): number | null {
  for (const graphqlError of graphqlErrors(error)) {
    if (graphqlError.extensions?.['code'] !== 'TOO_MANY_REQUESTS') continue;
    const seconds = Number(graphqlError.extensions['retryAfterSeconds']);
    return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
  }
  return null;
}
