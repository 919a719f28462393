import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { ModerationQueueComponent, toModerationView } from '@canopy/web/consultation';
import { PageTitleService } from '@canopy/web/core';
import { CharterModerationQueueDocument, type CharterModerationQueueQuery } from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { CLAUSE_LABELS } from '../clause-labels';

const PAGE_SIZE = 20;

/**
 * The development committee moderates its charter's public hearings: comments residents flagged, and
 * hidden comments whose authors appealed, clause by clause.
 */
@Component({
  selector: 'canopy-charter-moderation-page',
  imports: [
    ErrorStateComponent,
    LoadingStateComponent,
    ModerationQueueComponent,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    @let current = view();
    @switch (current.status) {
      @case ('loading') {
        <canopy-page-header [heading]="'moderation.title' | transloco" headingTestId="moderation-heading" />
        <canopy-loading-state [message]="'moderation.loading' | transloco" />
      }
      @case ('error') {
        <canopy-page-header [heading]="'moderation.title' | transloco" headingTestId="moderation-heading" />
        <canopy-error-state [message]="'moderation.error' | transloco" (retry)="retry()" />
      }
      @case ('forbidden') {
        <canopy-page-header [heading]="'moderation.title' | transloco" headingTestId="moderation-heading" />
        <canopy-notice class="notice" kind="info" data-testid="moderation-forbidden">{{
          'charterModeration.forbidden' | transloco
        }}</canopy-notice>
      }
      @case ('not-found') {
        <canopy-page-header
          [heading]="'charter.notFound.heading' | transloco"
          [lead]="'charter.notFound.message' | transloco"
          headingTestId="moderation-heading"
        />
      }
      @case ('ready') {
        <a class="back" data-testid="back-to-charter" [routerLink]="['/charters', current.subject.id]"
          ><bdi>{{ current.subject.title }}</bdi></a
        >
        <canopy-page-header
          [heading]="'charterModeration.heading' | transloco: { title: current.subject.title }"
          [lead]="'charterModeration.lead' | transloco"
          headingTestId="moderation-heading"
        />
        <canopy-moderation-queue
          [queue]="current.queue"
          [labels]="clauseLabels"
          [loadingMore]="loadingMore()"
          [loadMoreFailed]="loadMoreFailed()"
          (handled)="retry()"
          (loadMore)="loadMore($event)"
        />
      }
    }
  `,
  styleUrl: '../charters-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterModerationPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: CharterModerationQueueDocument,
      variables: { charterId: this.id(), first: PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toModerationView(this.result(), (data: CharterModerationQueueQuery) => ({
      subject: data.charter,
      queue: data.charterModerationQueue,
    })),
  );

  protected readonly clauseLabels = CLAUSE_LABELS;
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  constructor() {
    effect(() => {
      const view = this.view();
      this.pageTitle.setSubject(view.status === 'ready' ? { text: view.subject.title } : undefined);
    });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  protected async loadMore(after: string | null): Promise<void> {
    if (this.loadingMore() || !after) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      await this.query().fetchMore({ variables: { after } });
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
