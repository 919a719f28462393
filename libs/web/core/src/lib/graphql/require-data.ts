/**
 * The data of a finished operation. With the default error policy a failure arrives as an error, so
 * missing data is unexpected: it is raised as the result's own error, if any, to be handled as one.
 */
export function requireData<T>(result: { readonly data?: T | null; readonly error?: unknown }): T {
  if (result.data === undefined || result.data === null) {
    throw result.error instanceof Error ? result.error : new Error('The API answered without data');
  }
  return result.data;
}
