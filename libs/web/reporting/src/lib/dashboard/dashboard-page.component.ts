import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  completeData,
  LanguageService,
  LocalNumberPipe,
  RegionNamePipe,
  toQueryView,
} from '@canopy/web/core';
import { CountriesService } from '@canopy/web/core/graphql';
import {
  CountryPathDocument,
  ReportingCyclesDocument,
  ReportingDashboardDocument,
} from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { StackedBarChartComponent, type StackedBarRow } from '@canopy/web/ui/charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';
import { defaultCycleYear } from '../reports-home/reports-home-page.component';
import { localized, positiveNumber } from '../shared/reporting-text';
import { StatusTagComponent } from '../shared/status-tag.component';
import { countryRows, regionGrid, worldCounts } from './dashboard-view';

/**
 * Published statuses compared: per paragraph across the countries of a cycle (a stacked chart and a
 * country table), per WHO region (a grid), and one country across cycles. Charts are drawn with CSS and
 * carry their numbers as tables for assistive technology; the choices stay in the address.
 */
@Component({
  selector: 'canopy-reporting-dashboard-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    LocalNumberPipe,
    MatFormField,
    MatInput,
    MatLabel,
    PageHeaderComponent,
    RegionNamePipe,
    RouterLink,
    StackedBarChartComponent,
    StatusTagComponent,
    TranslocoPipe,
  ],
  templateUrl: './dashboard-page.component.html',
  styleUrls: ['../shared/reporting.css', './dashboard-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly allCountries = toSignal(inject(CountriesService).countries());

  /** Bound from the `year` and `country` query parameters. */
  readonly year = input<string>();
  readonly country = input<string>();

  private readonly cyclesResult = toSignal(
    this.apollo.watchQuery({ query: ReportingCyclesDocument, fetchPolicy: 'cache-and-network' }).valueChanges,
  );
  protected readonly cycles = computed(() => completeData(this.cyclesResult())?.reportingCycles ?? []);
  protected readonly chosenYear = computed(
    () =>
      positiveNumber(this.year()) ??
      defaultCycleYear(
        this.cycles().map((cycle) => cycle.year),
        new Date(),
      ),
  );
  private readonly query = computed(() => {
    const year = this.chosenYear();
    return year
      ? this.apollo.watchQuery({
          query: ReportingDashboardDocument,
          variables: { year },
          fetchPolicy: 'cache-and-network',
        })
      : null;
  });
  private readonly result = toSignal(
    toObservable(this.query).pipe(switchMap((query) => (query ? query.valueChanges : EMPTY))),
  );
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.reportingCycle));

  protected readonly grid = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? regionGrid(view.data) : [];
  });
  protected readonly countries = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? countryRows(view.data, this.allCountries() ?? []) : [];
  });
  /** The stacked chart's rows: one per paragraph, a segment per status, translated. */
  protected readonly chartRows = computed<StackedBarRow[]>(() => {
    const view = this.view();
    this.language.code();
    if (view.status !== 'ready') return [];
    const format = new Intl.NumberFormat(this.language.formatLocale());
    return worldCounts(view.data).map((row) => ({
      label: row.itemCode,
      note: this.transloco.translate('reporting.dashboard.countries', { count: format.format(row.total) }),
      segments: row.counts.map((count) => ({
        label: this.transloco.translate(`reporting.status.${count.status}`),
        value: count.count,
        text: format.format(count.count),
      })),
    }));
  });

  protected readonly chosenCountry = computed(() => this.country() ?? this.countries()[0]?.id ?? null);
  private readonly pathResult = toSignal(
    toObservable(this.chosenCountry).pipe(
      switchMap((countryId) =>
        countryId
          ? this.apollo.watchQuery({
              query: CountryPathDocument,
              variables: { countryId },
              fetchPolicy: 'cache-and-network',
            }).valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly path = computed(() => completeData(this.pathResult())?.countryReportingPath ?? []);
  protected readonly pathCycles = computed(() => this.path()[0]?.points.map((point) => point.cycle) ?? []);

  protected summary(texts: readonly { language: string; text: string }[]): string {
    return localized(texts, this.language.code());
  }

  protected chooseYear(year: string): void {
    void this.router.navigate([], { queryParams: { year }, queryParamsHandling: 'merge' });
  }

  protected chooseCountry(country: string): void {
    void this.router.navigate([], {
      queryParams: { country },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected retry(): void {
    this.query()
      ?.refetch()
      .catch(() => undefined);
  }
}
