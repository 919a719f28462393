import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { ACCOUNT_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl } from '../session/return-url';
import { SessionService } from '../session/session.service';

/** Sign-in; afterwards the person goes back where they were headed (`?returnUrl=`), else home. */
@Component({
  selector: 'canopy-login-page',
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
  templateUrl: './login-page.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent {
  protected readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Bound from the `returnUrl` query parameter. */
  readonly returnUrl = input<string>();
  /** `everywhere` after "sign out everywhere" sent the person here. */
  readonly signedOut = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(ACCOUNT_LIMITS.emailMaxLength)]],
    password: ['', [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.passwordMaxLength)]],
  });
  protected readonly continueUrl = computed(() => safeReturnUrl(this.returnUrl()));
  protected readonly submitting = signal(false);
  protected readonly failure = signal<unknown>(null);

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
      await this.session.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.failure.set(error);
      this.form.controls.password.reset();
    } finally {
      this.submitting.set(false);
    }
  }
}
