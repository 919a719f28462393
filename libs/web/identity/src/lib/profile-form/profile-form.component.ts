import {
  ChangeDetectionStrategy,
  Component,
  effect,
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
import { ACCOUNT_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  LocalDatePipe,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import {
  ResendVerificationDocument,
  UpdateProfileDocument,
  type VerificationLevel,
} from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { SessionService } from '../session/session.service';

export interface ProfileAccount {
  readonly displayName: string;
  readonly email: string | null;
  readonly verificationLevel: VerificationLevel;
  readonly createdAt: string;
}

type Outcome = { readonly kind: 'saved' | 'resent' } | { readonly kind: 'failed'; readonly error: unknown };

/** The public name, the address and how far the person's identity is established. */
@Component({
  selector: 'canopy-profile-form',
  imports: [
    FailureMessagePipe,
    LocalDatePipe,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './profile-form.component.html',
  styleUrls: ['../account-form.css', './profile-form.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly account = input.required<ProfileAccount>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.displayNameMaxLength)]],
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  constructor() {
    // Fills the field from the account, but never over what the person is typing.
    effect(() => {
      const displayName = this.account().displayName;
      if (this.form.pristine) this.form.reset({ displayName });
    });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const { updateProfile } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateProfileDocument,
            variables: { input: { displayName: this.form.controls.displayName.value.trim() } },
          }),
        ),
      );
      this.session.updateUser(updateProfile);
      this.form.reset({ displayName: updateProfile.displayName });
      this.outcome.set({ kind: 'saved' });
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.outcome.set({ kind: 'failed', error });
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  protected async resendVerification(): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      requireData(await firstValueFrom(this.apollo.mutate({ mutation: ResendVerificationDocument })));
      this.outcome.set({ kind: 'resent' });
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
    } finally {
      this.busy.set(false);
    }
  }
}
