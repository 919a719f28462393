import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ACCOUNT_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { ChangePasswordDocument } from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_MIN_LENGTH } from '../password/password-rules';
import { newPasswordValidator } from '../password/password.validators';
import { SessionService } from '../session/session.service';

type Outcome = { readonly kind: 'changed' } | { readonly kind: 'failed'; readonly error: unknown };

/** A new password; the API ends every other session and hands this one a fresh token. */
@Component({
  selector: 'canopy-change-password-form',
  imports: [
    FailureMessagePipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './change-password-form.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The account's address, which the new password must not contain. */
  readonly email = input('');

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.passwordMaxLength)]],
    newPassword: ['', [Validators.required, newPasswordValidator(() => this.email())]],
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  protected async submit(directive: FormGroupDirective): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const { changePassword } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: ChangePasswordDocument,
            variables: { input: this.form.getRawValue() },
          }),
        ),
      );
      this.session.adopt(changePassword);
      directive.resetForm();
      this.outcome.set({ kind: 'changed' });
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.outcome.set({ kind: 'failed', error });
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
