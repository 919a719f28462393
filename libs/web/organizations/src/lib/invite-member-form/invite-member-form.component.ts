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
import { ACCOUNT_LIMITS, ORGANIZATION_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { InviteMemberDocument } from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { isOrganizationRole, ORGANIZATION_ROLES } from '../organization-sectors';

type Outcome =
  { readonly kind: 'sent'; readonly email: string } | { readonly kind: 'failed'; readonly error: unknown };

/** Invites someone by e-mail; they join when they open the link, signed in with that address. */
@Component({
  selector: 'canopy-invite-member-form',
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
  templateUrl: './invite-member-form.component.html',
  styleUrl: '../organization-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteMemberFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly organizationId = input.required<string>();

  protected readonly roles = ORGANIZATION_ROLES;
  protected readonly invitationDays = ORGANIZATION_LIMITS.invitationDays;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(ACCOUNT_LIMITS.emailMaxLength)]],
    role: ['MEMBER' as string, [Validators.required]],
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  protected async submit(directive: FormGroupDirective): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    const { email, role } = this.form.getRawValue();
    if (this.form.invalid || !isOrganizationRole(role)) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const { inviteMember } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: InviteMemberDocument,
            variables: { input: { organizationId: this.organizationId(), email: email.trim(), role } },
          }),
        ),
      );
      directive.resetForm({ email: '', role: 'MEMBER' });
      this.outcome.set({ kind: 'sent', email: inviteMember.email });
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.outcome.set({ kind: 'failed', error });
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
