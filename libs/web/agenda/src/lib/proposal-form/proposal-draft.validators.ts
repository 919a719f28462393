import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { affectedGroupsProblem, evidenceLinksProblem, type ListProblem } from './proposal-draft';

function toErrors(problem: ListProblem | null): ValidationErrors | null {
  if (!problem) return null;
  if (problem.kind === 'notALink') return { notALink: { line: problem.line } };
  if (problem.kind === 'tooMany') return { tooManyLines: { max: problem.max } };
  return { lineTooLong: { max: problem.max } };
}

/** Each line a web address, within the API's limits. */
export const evidenceLinksValidator: ValidatorFn = (control: AbstractControl<string>) =>
  toErrors(evidenceLinksProblem(control.value ?? ''));

/** Each line a short group name, within the API's limits. */
export const affectedGroupsValidator: ValidatorFn = (control: AbstractControl<string>) =>
  toErrors(affectedGroupsProblem(control.value ?? ''));

/** Not only spaces: the API trims what it is sent. */
export const notBlankValidator: ValidatorFn = (control: AbstractControl<string>) =>
  (control.value ?? '').trim() ? null : { required: true };
