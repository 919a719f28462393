import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ACCOUNT_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  countryOptions,
  FailureMessagePipe,
  fieldProblems,
  LanguageService,
  regionName,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { CountriesService } from '@canopy/web/core/graphql';
import { ClearDemographicsDocument, RecordDemographicsDocument } from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, firstValueFrom, of } from 'rxjs';
import {
  AGE_BANDS,
  DISABILITY_STATUSES,
  GENDERS,
  hasAnswers,
  toDemographicsFormValue,
  toDemographicsInput,
} from './demographics';

export interface DemographicsAnswers {
  readonly ageBand: (typeof AGE_BANDS)[number] | null;
  readonly gender: (typeof GENDERS)[number] | null;
  readonly disability: (typeof DISABILITY_STATUSES)[number] | null;
  readonly populationGroup: string | null;
  readonly residence: { readonly id: string; readonly name: string; readonly iso2?: string | null } | null;
}

type Outcome = { readonly kind: 'saved' | 'cleared' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * A voluntary self-description. Every question may be left unanswered; the answers only ever count
 * in aggregates with small groups hidden, to show who takes part and who is missing.
 */
@Component({
  selector: 'canopy-demographics-form',
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
  templateUrl: './demographics-form.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DemographicsFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly language = inject(LanguageService);

  readonly demographics = input.required<DemographicsAnswers | null>();

  protected readonly ageBands = AGE_BANDS;
  protected readonly genders = GENDERS;
  protected readonly disabilityStatuses = DISABILITY_STATUSES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    ageBand: [''],
    gender: [''],
    disability: [''],
    populationGroup: ['', [Validators.maxLength(ACCOUNT_LIMITS.populationGroupMaxLength)]],
    residenceJurisdictionId: [''],
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly answered = computed(() => hasAnswers(this.demographics()));

  /** A list that fails to load leaves the recorded residence choosable, and every other question usable. */
  private readonly countries = toSignal(
    inject(CountriesService)
      .countries()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly countryOptions = computed(() => {
    const locale = this.language.formatLocale();
    const options = countryOptions(this.countries(), locale);
    const residence = this.demographics()?.residence;
    if (residence && !options.some((option) => option.id === residence.id)) {
      options.unshift({ id: residence.id, label: regionName(residence.iso2, residence.name, locale) });
    }
    return options;
  });

  constructor() {
    effect(() => {
      const recorded = toDemographicsFormValue(this.demographics());
      if (this.form.pristine) this.form.reset(recorded);
    });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: RecordDemographicsDocument,
            variables: { input: toDemographicsInput(this.form.getRawValue()) },
            refetchQueries: ['Account'],
            awaitRefetchQueries: true,
          }),
        ),
      );
      this.form.markAsPristine();
      this.outcome.set({ kind: 'saved' });
    } catch (error) {
      applyServerErrors(this.form, fieldProblems(error));
      this.outcome.set({ kind: 'failed', error });
    } finally {
      this.busy.set(false);
    }
  }

  protected async clear(): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: ClearDemographicsDocument,
            refetchQueries: ['Account'],
            awaitRefetchQueries: true,
          }),
        ),
      );
      this.form.reset(toDemographicsFormValue(null));
      this.outcome.set({ kind: 'cleared' });
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
    } finally {
      this.busy.set(false);
    }
  }
}
