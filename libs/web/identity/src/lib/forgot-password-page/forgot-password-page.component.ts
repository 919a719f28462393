import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
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
import { RequestPasswordResetDocument } from '../graphql/generated';
import { NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Asks for a reset link; the answer never reveals whether the address has an account. */
@Component({
  selector: 'canopy-forgot-password-page',
  imports: [
    FailureMessagePipe,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './forgot-password-page.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(ACCOUNT_LIMITS.emailMaxLength)]],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<unknown>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.submitting.set(true);
    const email = this.form.controls.email.value.trim();
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({ mutation: RequestPasswordResetDocument, variables: { email } }),
        ),
      );
      this.sentTo.set(email);
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.failure.set(error);
    } finally {
      this.submitting.set(false);
    }
  }
}
