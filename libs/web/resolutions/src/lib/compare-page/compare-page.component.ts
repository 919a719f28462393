import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { type ComparisonUnitLabels, TextComparisonComponent } from '@canopy/web/consultation';
import { LocalDatePipe, LocalNumberPipe, PageTitleService, toQueryView } from '@canopy/web/core';
import { ResolutionComparisonDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';

/** A version number from the address, or null when there is none (the API then picks the last two). */
function versionNumber(value: string | undefined): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/**
 * Two versions of a resolution side by side, paragraph by paragraph, each marked in words as added,
 * removed, changed or unchanged, with the note the newer version gives for its changes. The choice is
 * kept in the address (`?from=1&to=2`) so it can be shared.
 */
@Component({
  selector: 'canopy-compare-page',
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
    RouterLink,
    TextComparisonComponent,
    TranslocoPipe,
  ],
  templateUrl: './compare-page.component.html',
  styleUrls: ['../resolutions.css', './compare-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();
  /** Bound from the `from` and `to` query parameters. */
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly unitLabels: ComparisonUnitLabels = { unit: 'compare.paragraph', moved: 'compare.moved' };

  private readonly fromNumber = computed(() => versionNumber(this.from()));
  private readonly toNumber = computed(() => versionNumber(this.to()));

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ResolutionComparisonDocument,
      variables: { id: this.id(), from: this.fromNumber(), to: this.toNumber() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.resolution));

  /** The versions compared: those asked for, else the one before the current and the current. */
  protected readonly chosen = computed(() => {
    const view = this.view();
    const current = view.status === 'ready' ? view.data.currentVersionNumber : 1;
    const to = this.toNumber() ?? current;
    return { from: this.fromNumber() ?? Math.max(1, to - 1), to };
  });
  /** The newer of the two, whose note says what changed. */
  protected readonly newer = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return null;
    const { from, to } = this.chosen();
    return view.data.versions.find((version) => version.number === Math.max(from, to)) ?? null;
  });

  constructor() {
    effect(() => {
      const view = this.view();
      this.pageTitle.setSubject(
        view.status === 'ready' ? { text: `${view.data.code} ${view.data.title}` } : undefined,
      );
    });
  }

  protected choose(which: 'from' | 'to', value: string): void {
    const chosen = { ...this.chosen(), [which]: Number(value) };
    void this.router.navigate([], {
      queryParams: { from: chosen.from, to: chosen.to },
      replaceUrl: true,
    });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}
