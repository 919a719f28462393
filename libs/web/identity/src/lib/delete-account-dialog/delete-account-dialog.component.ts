import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
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
import { DeleteAccountDocument } from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { SessionService } from '../session/session.service';

/**
 * Asks for the password before deleting the account. Closes with `true` once it is deleted (and the
 * person signed out), with nothing when they change their mind.
 */
@Component({
  selector: 'canopy-delete-account-dialog',
  imports: [
    FailureMessagePipe,
    MatButton,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './delete-account-dialog.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteAccountDialogComponent {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionService);
  private readonly dialogRef = inject<MatDialogRef<DeleteAccountDialogComponent, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.maxLength(ACCOUNT_LIMITS.passwordMaxLength)]],
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);

  protected cancel(): void {
    this.dialogRef.close();
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: DeleteAccountDocument,
            variables: { input: this.form.getRawValue() },
          }),
        ),
      );
      await this.session.end();
      this.dialogRef.close(true);
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.failure.set(error);
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
