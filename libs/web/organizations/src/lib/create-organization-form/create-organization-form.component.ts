import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ORGANIZATION_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  countryOptions,
  type CountryRecord,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  LanguageService,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { CountriesService } from '@canopy/web/core/graphql';
import { CreateOrganizationDocument } from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { ORGANIZATION_SECTORS } from '../organization-sectors';
import { toCreateOrganizationInput, WEBSITE_PATTERN } from './organization-draft';

type CountriesState =
  | { readonly status: 'loading' | 'error' }
  | { readonly status: 'ready'; readonly list: readonly CountryRecord[] };

/** Registers an organization with the person as its first administrator; a platform admin verifies it later. */
@Component({
  selector: 'canopy-create-organization-form',
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
    RouterLink,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './create-organization-form.component.html',
  styleUrl: '../organization-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateOrganizationFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly countriesService = inject(CountriesService);
  protected readonly session = inject(SessionService);

  /** The new organization's id, once it exists. */
  readonly created = output<string>();

  protected readonly limits = ORGANIZATION_LIMITS;
  protected readonly sectors = ORGANIZATION_SECTORS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(ORGANIZATION_LIMITS.nameMaxLength)]],
    sector: ['', [Validators.required]],
    jurisdictionId: ['', [Validators.required]],
    description: ['', [Validators.maxLength(ORGANIZATION_LIMITS.descriptionMaxLength)]],
    website: [
      '',
      [Validators.maxLength(ORGANIZATION_LIMITS.websiteMaxLength), Validators.pattern(WEBSITE_PATTERN)],
    ],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<unknown>(null);

  /** Bumped to try loading the countries again. */
  private readonly countriesAttempt = signal(0);
  protected readonly countries = toSignal(
    toObservable(this.countriesAttempt).pipe(
      switchMap(() =>
        this.countriesService.countries().pipe(
          map((list): CountriesState => ({ status: 'ready', list })),
          startWith<CountriesState>({ status: 'loading' }),
          catchError(() => of<CountriesState>({ status: 'error' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as CountriesState },
  );
  protected readonly countryOptions = computed(() => {
    const countries = this.countries();
    return countries.status === 'ready' ? countryOptions(countries.list, this.language.formatLocale()) : [];
  });

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.failure.set(null);
    const input = toCreateOrganizationInput(this.form.getRawValue());
    if (this.form.invalid || !input) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.submitting.set(true);
    try {
      const { createOrganization } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: CreateOrganizationDocument,
            variables: { input },
            refetchQueries: ['MyOrganizations'],
          }),
        ),
      );
      this.created.emit(createOrganization.id);
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.failure.set(error);
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.submitting.set(false);
    }
  }

  protected reloadCountries(): void {
    this.countriesAttempt.update((attempt) => attempt + 1);
  }
}
