import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { LocalDatePipe, LocalNumberPipe, PageTitleService, PluralPipe, toQueryView } from '@canopy/web/core';
import { ResolutionTraceDocument } from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { toTraceStep } from './trace-events';

/** Only http(s) links are made clickable; anything else is shown as text. */
function safeLink(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The public trace of a resolution: the dated path from the proposals that started it to the progress
 * that answers it, then the record behind each step (proposals, agenda item, consultation figures,
 * reservations, commitments and their updates).
 */
@Component({
  selector: 'canopy-trace-page',
  imports: [
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    PageHeaderComponent,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './trace-page.component.html',
  styleUrls: ['../resolutions.css', './trace-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TracePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ResolutionTraceDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.resolution));

  protected readonly steps = computed(() => {
    const view = this.view();
    return view.status === 'ready'
      ? view.data.timeline.map((event) => ({ at: event.at, kind: event.kind, ...toTraceStep(event) }))
      : [];
  });
  protected readonly commentTotal = computed(() => {
    const view = this.view();
    return view.status === 'ready'
      ? (view.data.consultation?.paragraphCounts ?? []).reduce((sum, count) => sum + count.comments, 0)
      : 0;
  });

  constructor() {
    effect(() => {
      const view = this.view();
      this.pageTitle.setSubject(
        view.status === 'ready' ? { text: `${view.data.code} ${view.data.title}` } : undefined,
      );
    });
  }

  protected link(value: string): string | null {
    return safeLink(value);
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}
