import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { completeData, LocalDatePipe, LocalNumberPipe, RegionNamePipe, toQueryView } from '@canopy/web/core';
import { ReportComparisonDocument, ReportVersionsDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';
import { positiveNumber } from '../shared/reporting-text';
import { StatusTagComponent } from '../shared/status-tag.component';

/**
 * Two published versions of a country's report lined up paragraph by paragraph: status before and
 * after, the narrative where it changed, evidence added or removed; the choice stays in the address.
 */
@Component({
  selector: 'canopy-report-compare-page',
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
    PageHeaderComponent,
    RegionNamePipe,
    RouterLink,
    StatusTagComponent,
    TranslocoPipe,
  ],
  templateUrl: './report-compare-page.component.html',
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportComparePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  /** Bound from the `:id` route parameter and the `from` and `to` query parameters. */
  readonly id = input.required<string>();
  readonly from = input<string>();
  readonly to = input<string>();

  private readonly versionsQuery = computed(() =>
    this.apollo.watchQuery({
      query: ReportVersionsDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly versionsResult = toSignal(
    toObservable(this.versionsQuery).pipe(switchMap((query) => query.valueChanges)),
  );
  protected readonly view = computed(() => toQueryView(this.versionsResult(), (data) => data.countryReport));

  /** The versions compared: those asked for, else the one before the latest and the latest. */
  protected readonly chosen = computed(() => {
    const view = this.view();
    const latest = view.status === 'ready' ? view.data.publishedVersion : 0;
    const to = positiveNumber(this.to()) ?? latest;
    return { from: positiveNumber(this.from()) ?? Math.max(1, to - 1), to };
  });

  private readonly comparisonResult = toSignal(
    toObservable(
      computed(() => {
        const view = this.view();
        const { from, to } = this.chosen();
        const known = view.status === 'ready' ? view.data.versions.map((version) => version.number) : [];
        return known.includes(from) && known.includes(to) && from !== to ? { id: this.id(), from, to } : null;
      }),
    ).pipe(
      switchMap((variables) =>
        variables
          ? this.apollo.watchQuery({
              query: ReportComparisonDocument,
              variables,
              fetchPolicy: 'cache-and-network',
            }).valueChanges
          : EMPTY,
      ),
    ),
  );

  protected readonly rows = computed(() => {
    const comparison = completeData(this.comparisonResult())?.countryReport?.comparison;
    if (!comparison) return null;
    const before = new Map(comparison.from.assessments.map((row) => [row.itemCode, row.narrative]));
    const after = new Map(comparison.to.assessments.map((row) => [row.itemCode, row.narrative]));
    return comparison.paragraphs.map((paragraph) => ({
      ...paragraph,
      before: before.get(paragraph.itemCode) ?? '',
      after: after.get(paragraph.itemCode) ?? '',
    }));
  });

  protected choose(which: 'from' | 'to', value: string): void {
    const chosen = { ...this.chosen(), [which]: Number(value) };
    void this.router.navigate([], { queryParams: chosen, replaceUrl: true });
  }

  protected retry(): void {
    this.versionsQuery()
      .refetch()
      .catch(() => undefined);
  }
}
