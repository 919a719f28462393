import { GraphQLError } from 'graphql';

export interface FieldProblem {
  /** Path of the argument or input field at fault, dotted: `input.name`. */
  field: string;
  message: string;
}

/** The one shape of a bad-input error: code BAD_USER_INPUT and every field at fault. */
export function badUserInputFields(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, fields: problems },
  });
}

export function badUserInput(field: string, message: string): GraphQLError {
  return badUserInputFields([{ field, message }]);
}

export function unauthenticated(message = 'Sign in to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(field: string, message = 'does not exist'): GraphQLError {
  return new GraphQLError(`${field} ${message}`, { extensions: { code: 'NOT_FOUND', field } });
}

/**
 * Why a valid request clashes with the state of things, for a client to explain in its own language:
 * a code (`PROPOSAL_WINDOW_NOT_OPEN`) and the figures its sentence needs.
 */
export interface ConflictReason {
  reason: string;
  details?: Record<string, unknown>;
}

/** The request is valid but clashes with what exists (an e-mail already registered, say). */
export function conflict(field: string, message: string, why?: ConflictReason): GraphQLError {
  return new GraphQLError(`${field} ${message}`, {
    extensions: { code: 'CONFLICT', field, fields: [{ field, message }], ...why },
  });
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many attempts; try again in ${retryAfterSeconds} seconds`, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds },
  });
}
