import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { completeData, LocalDatePipe, LocalNumberPipe, RegionNamePipe, toQueryView } from '@canopy/web/core';
import { ReportingCyclesDocument, ReportsHomeDocument } from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';
import { OpenDataDownloadsComponent } from '../shared/open-data-downloads.component';
import { positiveNumber } from '../shared/reporting-text';
import { ReportingDeskComponent } from './reporting-desk.component';

/** The cycle shown when the address names none: the latest whose year has come, else the first. */
export function defaultCycleYear(years: readonly number[], now: Date): number | null {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.filter((year) => year <= now.getFullYear()).at(-1) ?? sorted[0] ?? null;
}

/**
 * WHA77.2 progress reports of a cycle: every country's report and its state, the open data of the whole
 * cycle, the way to the comparison dashboard, and the signed-in person's desk (their country's report
 * to write, or to validate).
 */
@Component({
  selector: 'canopy-reports-home-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatFormField,
    MatInput,
    MatLabel,
    OpenDataDownloadsComponent,
    PageHeaderComponent,
    RegionNamePipe,
    ReportingDeskComponent,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './reports-home-page.component.html',
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsHomePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionService);

  /** Bound from the `year` and `after` query parameters. */
  readonly year = input<string>();
  readonly after = input<string>();

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
          query: ReportsHomeDocument,
          variables: { year, after: this.after() ?? null },
          fetchPolicy: 'cache-and-network',
        })
      : null;
  });
  private readonly result = toSignal(
    toObservable(this.query).pipe(switchMap((query) => (query ? query.valueChanges : EMPTY))),
  );
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.reportingCycle));

  protected readonly downloads = computed(() => {
    const year = this.chosenYear();
    return [
      {
        key: 'reporting.openData.cycleCsv',
        url: `/open-data/reports/${year}.csv`,
        testId: 'download-cycle-csv',
      },
      {
        key: 'reporting.openData.cycleJson',
        url: `/open-data/reports/${year}.json`,
        testId: 'download-cycle-json',
      },
      {
        key: 'reporting.openData.shadowCsv',
        url: `/open-data/shadow-assessments/${year}.csv`,
        testId: 'download-shadows',
      },
      {
        key: 'reporting.openData.sdgCsv',
        url: '/open-data/indicators/SDG-16.7.2.csv',
        testId: 'download-sdg',
      },
    ];
  });

  protected choose(year: string): void {
    void this.router.navigate([], { queryParams: { year, after: null }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.query()
      ?.refetch()
      .catch(() => undefined);
  }
}
