import { fieldProblems, graphqlErrorCodes, retryAfterSeconds } from '../graphql/graphql-problems';
import type { ValidationMessage } from './validation-message';

/**
 * What to say at the top of a form whose submission failed: the form's own message for the error code
 * (`login.failures.UNAUTHENTICATED`), else "check the fields marked" when the API named fields, else a
 * generic message for the code (`forms.failures.FORBIDDEN`). A network failure has the code NETWORK.
 * `retryAfterSeconds` is passed along for TOO_MANY_REQUESTS.
 */
export function failureMessage(error: unknown, form?: string): ValidationMessage {
  const code = graphqlErrorCodes(error).find(Boolean) ?? 'NETWORK';
  return {
    keys: [
      ...(form ? [`${form}.failures.${code}`] : []),
      ...(fieldProblems(error).length > 0 ? ['forms.failures.fields'] : []),
      `forms.failures.${code}`,
      'forms.failures.unknown',
    ],
    params: { retryAfterSeconds: retryAfterSeconds(error) },
  };
}
