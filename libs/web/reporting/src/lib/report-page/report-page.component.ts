import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  LanguageService,
  LocalDatePipe,
  LocalNumberPipe,
  PageTitleService,
  RegionNamePipe,
  toQueryView,
} from '@canopy/web/core';
import {
  CountryReportPageDocument,
  type CountryReportPageQuery,
  ReportStateChangedDocument,
} from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { EvidenceListComponent } from '../shared/evidence-list.component';
import { OpenDataDownloadsComponent } from '../shared/open-data-downloads.component';
import { localized, positiveNumber } from '../shared/reporting-text';
import { StatusTagComponent } from '../shared/status-tag.component';

type Report = NonNullable<CountryReportPageQuery['countryReport']>;
type Version = Report['versions'][number];

/**
 * A country's published report as the public reads it: paragraph by paragraph, the government's
 * assessment beside civil society's sign-offs and shadow assessments, the mechanisms the country runs,
 * any version (kept in the address, `?version=1`), and its open data.
 */
@Component({
  selector: 'canopy-report-page',
  imports: [
    ErrorStateComponent,
    EvidenceListComponent,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    OpenDataDownloadsComponent,
    PageHeaderComponent,
    RegionNamePipe,
    RouterLink,
    StatusTagComponent,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './report-page.component.html',
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitleService);
  protected readonly language = inject(LanguageService);

  /** Bound from the `:id` route parameter and the `version` query parameter. */
  readonly id = input.required<string>();
  readonly version = input<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: CountryReportPageDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.countryReport));

  /** The version asked for, else the latest. */
  protected readonly shown = computed<Version | null>(() => {
    const view = this.view();
    if (view.status !== 'ready') return null;
    const versions = view.data.versions;
    const asked = positiveNumber(this.version());
    return versions.find((version) => version.number === asked) ?? versions.at(-1) ?? null;
  });

  /** Each paragraph with the government's assessment and civil society's answers in the version shown. */
  protected readonly paragraphs = computed(() => {
    const view = this.view();
    const version = this.shown();
    if (view.status !== 'ready' || !version) return [];
    return view.data.cycle.items.map((item) => ({
      item,
      summary: localized(item.summary, this.language.code()),
      indicatorNames: new Map(
        item.indicators.map((indicator) => [indicator.code, localized(indicator.name, this.language.code())]),
      ),
      assessment: version.assessments.find((assessment) => assessment.itemCode === item.code) ?? null,
      signOffs: version.signOffs.filter((signOff) => signOff.itemCode === item.code),
      shadows: version.shadows.filter((shadow) => shadow.itemCode === item.code),
    }));
  });

  protected readonly downloads = computed(() => {
    const view = this.view();
    const version = this.shown();
    if (view.status !== 'ready' || !version || !view.data.country.iso3) return [];
    const base = `/open-data/reports/${view.data.cycle.year}/${view.data.country.iso3}`;
    return [
      {
        key: 'reporting.openData.reportCsv',
        url: `${base}.csv?version=${version.number}`,
        testId: 'download-report-csv',
      },
      {
        key: 'reporting.openData.reportJson',
        url: `${base}.json?version=${version.number}`,
        testId: 'download-report-json',
      },
    ];
  });

  /** What just happened to the report while the page was open, said where screen readers hear it. */
  protected readonly liveNotice = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  private readonly followed = computed(() => (this.view().status === 'ready' ? this.id() : null));

  constructor() {
    // The report is followed live: a state change made anywhere reloads the page's versions.
    effect((onCleanup) => {
      const reportId = this.followed();
      if (!reportId) return;
      const subscription = this.apollo
        .subscribe({ query: ReportStateChangedDocument, variables: { reportId } })
        .subscribe((result) => {
          const change = result.data?.reportStateChanged;
          if (!change) return;
          this.liveNotice.set(
            change.to === 'PUBLISHED'
              ? { key: 'reporting.report.live.published', params: { version: change.publishedVersion } }
              : { key: 'reporting.report.live.moved', params: { state: change.to } },
          );
          this.retry();
        });
      onCleanup(() => subscription.unsubscribe());
    });
    effect(() => {
      const view = this.view();
      this.pageTitle.setSubject(
        view.status === 'ready' ? { text: `${view.data.country.name} ${view.data.cycle.year}` } : undefined,
      );
    });
  }

  protected breakdown(value: { breakdown: readonly { dimension: string; group: string }[] }): string {
    return value.breakdown.map((entry) => `${entry.dimension}: ${entry.group}`).join(', ');
  }

  protected choose(number: string): void {
    void this.router.navigate([], { queryParams: { version: number }, replaceUrl: true });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}
