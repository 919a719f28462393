import type { FieldProblem } from '../graphql/graphql-problems';
import { SERVER_ERROR } from './validation-message';

/** What a form offers to show a refusal on a field: Angular's `FormGroup` fits. */
export interface ServerErrorTarget {
  get(path: string): {
    setErrors(errors: Record<string, unknown> | null): void;
    markAsTouched(): void;
  } | null;
}

/**
 * Shows each refused field's reason next to it (until its value changes) and returns the problems no
 * field of the form can show, for a message at the top of the form.
 */
export function applyServerErrors(
  form: ServerErrorTarget,
  problems: readonly FieldProblem[],
): FieldProblem[] {
  return problems.filter((problem) => {
    const control = form.get(problem.field);
    if (!control) return true;
    control.setErrors({ [SERVER_ERROR]: problem });
    control.markAsTouched();
    return false;
  });
}
