import { applyServerErrors } from './server-errors';
import { validationMessage } from './validation-message';

describe('validationMessage', () => {
  it('has generic messages for the built-in validators', () => {
    expect(validationMessage({ required: true })).toEqual({ keys: ['forms.errors.required'], params: {} });
    expect(validationMessage({ minlength: { requiredLength: 12, actualLength: 3 } })).toEqual({
      keys: ['forms.errors.minLength'],
      params: { min: 12 },
    });
  });

  it("looks for a form's own message before the generic one", () => {
    expect(validationMessage({ passwordMismatch: true }, 'resetPassword')).toEqual({
      keys: ['resetPassword.errors.passwordMismatch', 'forms.errors.passwordMismatch'],
      params: {},
    });
  });

  it("explains a refusal from the API by form, field and code, else in the API's words", () => {
    const problem = { field: 'email', code: 'CONFLICT', message: 'already has an account' };
    expect(validationMessage({ server: problem }, 'register')).toEqual({
      keys: ['register.serverErrors.email.CONFLICT', 'forms.errors.server'],
      params: { message: 'already has an account' },
    });
  });

  it('says nothing for a valid control', () => {
    expect(validationMessage(null)).toBeNull();
    expect(validationMessage({})).toBeNull();
  });
});

describe('applyServerErrors', () => {
  function fakeForm(fields: string[]) {
    const state: Record<string, { errors: unknown; touched: boolean }> = {};
    for (const field of fields) state[field] = { errors: null, touched: false };
    const form = {
      get: (path: string) =>
        state[path]
          ? {
              setErrors: (errors: unknown) => (state[path].errors = errors),
              markAsTouched: () => (state[path].touched = true),
            }
          : null,
    };
    return { form, state };
  }

  it('puts each problem on its field and returns the ones no field can show', () => {
    const { form, state } = fakeForm(['email', 'password']);
    const rest = applyServerErrors(form, [
      { field: 'email', code: 'CONFLICT', message: 'already has an account' },
      { field: 'token', code: 'BAD_USER_INPUT', message: 'is not valid' },
    ]);
    expect(state['email']).toEqual({
      errors: { server: { field: 'email', code: 'CONFLICT', message: 'already has an account' } },
      touched: true,
    });
    expect(state['password'].errors).toBeNull();
    expect(rest).toEqual([{ field: 'token', code: 'BAD_USER_INPUT', message: 'is not valid' }]);
  });
});
