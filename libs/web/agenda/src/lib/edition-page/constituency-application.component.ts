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
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  applyServerErrors,
  completeData,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { MyOrganizationsDocument } from '../graphql/generated';
import { ApplyAsConstituencyDocument, type ConstituencyBasis } from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

const BASES: readonly ConstituencyBasis[] = ['AREA', 'ISSUE'];
const FOCUS_MAX_LENGTH = 200;

/** An organization's administrator applies for it to take part in the edition as a constituency. */
@Component({
  selector: 'canopy-constituency-application',
  imports: [
    FailureMessagePipe,
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
  template: `
    @if (adminOrganizations().length) {
      <h3 class="sub-heading" [id]="headingId">{{ 'applyConstituency.heading' | transloco }}</h3>
      @if (applied(); as name) {
        <canopy-notice class="notice" kind="success" data-testid="constituency-applied">{{
          'applyConstituency.done' | transloco: { name }
        }}</canopy-notice>
      }
      @if (failure(); as error) {
        <canopy-notice class="notice" kind="error" data-testid="constituency-error">{{
          error | failureMessage: 'applyConstituency'
        }}</canopy-notice>
      }
      <form
        class="form"
        novalidate
        data-testid="constituency-form"
        [attr.aria-labelledby]="headingId"
        [formGroup]="form"
        (ngSubmit)="apply()"
      >
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'applyConstituency.organization' | transloco }}</mat-label>
          <select
            matNativeControl
            formControlName="organizationId"
            required
            data-testid="constituency-organization"
          >
            <option value="">{{ 'applyConstituency.chooseOrganization' | transloco }}</option>
            @for (membership of adminOrganizations(); track membership.organization.id) {
              <option [value]="membership.organization.id">{{ membership.organization.name }}</option>
            }
          </select>
          <mat-error>{{
            form.controls.organizationId.errors | validationMessage: 'applyConstituency'
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'applyConstituency.basis' | transloco }}</mat-label>
          <select matNativeControl formControlName="basis" required data-testid="constituency-basis">
            @for (basis of bases; track basis) {
              <option [value]="basis">{{ 'constituencyBasis.' + basis | transloco }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'applyConstituency.focus' | transloco }}</mat-label>
          <input matInput formControlName="focus" required data-testid="constituency-focus" />
          <mat-error>{{ form.controls.focus.errors | validationMessage: 'applyConstituency' }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-stroked-button type="submit" data-testid="constituency-submit">
            {{ 'applyConstituency.submit' | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styleUrl: '../agenda.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConstituencyApplicationComponent {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly editionId = input.required<string>();

  protected readonly headingId = `constituency-application-${nextId++}`;
  protected readonly bases = BASES;
  private readonly memberships = toSignal(
    this.apollo.watchQuery({ query: MyOrganizationsDocument, fetchPolicy: 'cache-and-network' }).valueChanges,
  );
  protected readonly adminOrganizations = computed(() =>
    (completeData(this.memberships())?.myOrganizations ?? []).filter(
      (membership) => membership.role === 'ADMIN',
    ),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    organizationId: ['', [Validators.required]],
    basis: ['ISSUE' as ConstituencyBasis, [Validators.required]],
    focus: ['', [Validators.required, Validators.maxLength(FOCUS_MAX_LENGTH)]],
  });
  protected readonly applied = signal<string | null>(null);
  protected readonly failure = signal<unknown>(null);
  private readonly busy = signal(false);

  protected async apply(): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    this.applied.set(null);
    if (this.form.invalid || !this.form.controls.focus.value.trim()) {
      if (!this.form.controls.focus.value.trim()) this.form.controls.focus.setErrors({ required: true });
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const { applyAsConstituency } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: ApplyAsConstituencyDocument,
            variables: {
              input: { editionId: this.editionId(), ...value, focus: value.focus.trim() },
            },
            refetchQueries: ['OrganizationAgenda'],
          }),
        ),
      );
      this.applied.set(applyAsConstituency.organization.name);
      this.form.reset();
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.failure.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}

let nextId = 0;
