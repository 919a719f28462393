import type { FieldProblem } from '../graphql/graphql-problems';

/** Translation keys to try in order (the first that exists wins), with their parameters. */
export interface ValidationMessage {
  readonly keys: readonly string[];
  readonly params: Record<string, unknown>;
}

/** The error a control carries once the API refused its value (see `applyServerErrors`). */
export const SERVER_ERROR = 'server';

type Errors = Readonly<Record<string, unknown>>;

/**
 * The message for a control's first error. Built-in validators have generic messages
 * (`forms.errors.required`); a refusal from the API is looked up for its form, field and code
 * (`register.serverErrors.email.CONFLICT`) before falling back to the API's own reason.
 */
export function validationMessage(
  errors: Errors | null | undefined,
  form?: string,
): ValidationMessage | null {
  if (!errors) return null;
  const [name] = Object.keys(errors);
  if (!name) return null;
  const value = errors[name];
  if (name === SERVER_ERROR) {
    const problem = value as FieldProblem;
    return {
      keys: [
        ...(form ? [`${form}.serverErrors.${problem.field}.${problem.code}`] : []),
        'forms.errors.server',
      ],
      params: { message: problem.message },
    };
  }
  const detail = (value ?? {}) as { requiredLength?: number };
  if (name === 'minlength')
    return { keys: ['forms.errors.minLength'], params: { min: detail.requiredLength } };
  if (name === 'maxlength')
    return { keys: ['forms.errors.maxLength'], params: { max: detail.requiredLength } };
  return { keys: [...(form ? [`${form}.errors.${name}`] : []), `forms.errors.${name}`], params: {} };
}
