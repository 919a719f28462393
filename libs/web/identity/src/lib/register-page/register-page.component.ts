import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ACCOUNT_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { RegisterDocument } from '../graphql/generated';
import { NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_MIN_LENGTH } from '../password/password-rules';
import { newPasswordValidator } from '../password/password.validators';

/** Creating an account: then the person confirms their address through the link e-mailed to them. */
@Component({
  selector: 'canopy-register-page',
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
  templateUrl: './register-page.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly done = viewChild<ElementRef<HTMLElement>>('done');

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly email = this.formBuilder.control('', [
    Validators.required,
    Validators.email,
    Validators.maxLength(ACCOUNT_LIMITS.emailMaxLength),
  ]);
  protected readonly form = this.formBuilder.group({
    email: this.email,
    displayName: ['', [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.displayNameMaxLength)]],
    password: ['', [Validators.required, newPasswordValidator(() => this.email.value)]],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<unknown>(null);
  /** The address the verification link went to, once the account exists. */
  protected readonly registeredEmail = signal<string | null>(null);

  constructor() {
    // The password rule about the e-mail address is checked again when the address changes.
    this.form.controls.email.valueChanges.subscribe(() =>
      this.form.controls.password.updateValueAndValidity(),
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
    const { email, displayName, password } = this.form.getRawValue();
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: RegisterDocument,
            variables: { input: { email: email.trim(), displayName: displayName.trim(), password } },
          }),
        ),
      );
      this.registeredEmail.set(email.trim());
      afterNextRender(() => this.done()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.failure.set(error);
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.submitting.set(false);
    }
  }
}
