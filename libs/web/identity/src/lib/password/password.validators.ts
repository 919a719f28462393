import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { passwordProblem } from './password-rules';

/** The password rules as a validator; `email` gives the address the password must not contain. */
export function newPasswordValidator(email: () => string = () => ''): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const problem = passwordProblem(String(control.value ?? ''), email());
    return problem ? { [problem]: true } : null;
  };
}

/** A confirmation field that must repeat `original`. */
export function sameAsValidator(original: () => string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null =>
    control.value && control.value !== original() ? { passwordMismatch: true } : null;
}
