import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { ResetPasswordDocument } from '../graphql/generated';
import { NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_MIN_LENGTH } from '../password/password-rules';
import { newPasswordValidator, sameAsValidator } from '../password/password.validators';
import { SessionService } from '../session/session.service';

/** Opened from the reset link: a new password, after which every session of the account has ended. */
@Component({
  selector: 'canopy-reset-password-page',
  imports: [
    FailureMessagePipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './reset-password-page.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Bound from the `token` query parameter. */
  readonly token = input<string>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly password = this.formBuilder.control('', [Validators.required, newPasswordValidator()]);
  protected readonly form = this.formBuilder.group({
    password: this.password,
    confirmation: ['', [Validators.required, sameAsValidator(() => this.password.value)]],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<unknown>(null);
  /** The link itself was refused (expired, used, mistyped): a new one is needed. */
  protected readonly linkRefused = signal(false);
  protected readonly changed = signal(false);

  constructor() {
    this.form.controls.password.valueChanges.subscribe(() =>
      this.form.controls.confirmation.updateValueAndValidity(),
    );
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.submitting.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: ResetPasswordDocument,
            variables: { input: { token: this.token() ?? '', password: this.form.controls.password.value } },
          }),
        ),
      );
      // The API has ended every session of the account, this one included.
      if (this.session.signedIn()) await this.session.end();
      this.changed.set(true);
    } catch (error) {
      const unplaced = applyServerErrors(this.form, fieldProblems(error));
      this.linkRefused.set(unplaced.some((problem) => problem.field === 'token'));
      this.failure.set(error);
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.submitting.set(false);
    }
  }
}
