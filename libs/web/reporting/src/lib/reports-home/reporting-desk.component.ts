import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { ActionOutcomeComponent, ActionRunner, completeData, RegionNamePipe } from '@canopy/web/core';
import { CountriesService } from '@canopy/web/core/graphql';
import { DeskReportDocument, ReportingDeskDocument, StartCountryReportDocument } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { combineLatest, map, of, switchMap } from 'rxjs';

interface DeskCountry {
  readonly id: string;
  readonly name: string;
  readonly iso2: string | null;
  readonly role: 'official' | 'validator';
  readonly report: { readonly id: string; readonly state: string } | null;
}

/**
 * What the signed-in person does in this cycle: officials start or open their country's report;
 * civil society organizations of a country open its validation while it runs.
 */
@Component({
  selector: 'canopy-reporting-desk',
  imports: [ActionOutcomeComponent, MatButton, RegionNamePipe, RouterLink, TranslocoPipe],
  template: `
    @if (desk().length) {
      <section class="section" aria-labelledby="desk-heading" data-testid="reporting-desk">
        <h2 id="desk-heading" class="section-heading">{{ 'reporting.desk.heading' | transloco }}</h2>
        <canopy-action-outcome testId="start-report" [outcome]="runner.outcome()" />
        <ul class="list">
          @for (country of desk(); track country.id + country.role) {
            <li class="list-item" [attr.data-testid]="'desk-' + country.role">
              <span>
                {{ 'reporting.desk.' + country.role | transloco: { country: (country | regionName) } }}
              </span>
              @if (country.role === 'official') {
                @if (country.report; as report) {
                  <a
                    mat-flat-button
                    data-testid="open-editor"
                    [routerLink]="['/reports', report.id, 'edit']"
                    >{{ 'reporting.desk.openEditor' | transloco }}</a
                  >
                } @else {
                  <button
                    mat-flat-button
                    type="button"
                    data-testid="start-report"
                    [disabled]="runner.busy()"
                    (click)="start(country.id)"
                  >
                    {{ 'reporting.desk.start' | transloco: { year: year() } }}
                  </button>
                }
              } @else if (country.report?.state === 'STAKEHOLDER_VALIDATION') {
                <a
                  mat-flat-button
                  data-testid="open-validation"
                  [routerLink]="['/reports', country.report?.id, 'validate']"
                  >{{ 'reporting.desk.validate' | transloco }}</a
                >
              } @else {
                <span class="note">{{ 'reporting.desk.noValidation' | transloco }}</span>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportingDeskComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly countries = toSignal(inject(CountriesService).countries());

  readonly year = input.required<number>();
  readonly cycleId = input.required<string>();

  private readonly roles = toSignal(
    this.apollo.watchQuery({ query: ReportingDeskDocument, fetchPolicy: 'cache-and-network' }).valueChanges,
  );

  /** The countries the person acts for: officially, or through a civil society organization. */
  private readonly places = computed(() => {
    const data = completeData(this.roles());
    const countries = this.countries() ?? [];
    if (!data) return [];
    const byId = new Map(countries.map((country) => [country.id, country]));
    const official = data.myReportingRoles.officialCountryIds
      .filter((id) => byId.has(id))
      .map((id) => ({ id, role: 'official' as const }));
    const validators = new Set(data.myReportingRoles.validatorOrganizationIds);
    const validated = [
      ...new Set(
        data.myOrganizations
          .filter((membership) => validators.has(membership.organization.id))
          .map((membership) => membership.organization.jurisdiction.country.id),
      ),
    ].map((id) => ({ id, role: 'validator' as const }));
    return [...official, ...validated]
      .filter((place) => byId.has(place.id))
      .map((place) => ({ ...place, name: byId.get(place.id)!.name, iso2: byId.get(place.id)!.iso2 ?? null }));
  });

  private readonly reports = toSignal(
    combineLatest([toObservable(this.places), toObservable(this.year)]).pipe(
      switchMap(([places, year]) =>
        places.length
          ? combineLatest(
              places.map((place) =>
                this.apollo
                  .watchQuery({
                    query: DeskReportDocument,
                    variables: { year, countryId: place.id },
                    fetchPolicy: 'cache-and-network',
                  })
                  .valueChanges.pipe(map((result) => completeData(result)?.reportingCycle?.report ?? null)),
              ),
            )
          : of([]),
      ),
    ),
  );

  protected readonly desk = computed<DeskCountry[]>(() => {
    const reports = this.reports() ?? [];
    return this.places().map((place, index) => ({ ...place, report: reports[index] ?? null }));
  });

  protected readonly runner = new ActionRunner();

  protected async start(countryId: string): Promise<void> {
    const started = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: StartCountryReportDocument,
        variables: { input: { cycleId: this.cycleId(), countryId } },
      }),
    );
    if (started) await this.router.navigate(['/reports', started.startCountryReport.id, 'edit']);
  }
}
