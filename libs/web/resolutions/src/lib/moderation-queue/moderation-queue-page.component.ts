import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  ModerationQueueComponent,
  type ModerationQueuePage,
  type ModerationView,
  toModerationView,
} from '@canopy/web/consultation';
import { type PageSubject, PageTitleService } from '@canopy/web/core';
import { ModerationQueueDocument, type ModerationQueueQuery } from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { PARAGRAPH_LABELS } from '../paragraph-labels';

const PAGE_SIZE = 20;

/**
 * An assembly's moderation queue, oldest first: flagged comments still visible, and hidden comments
 * whose authors appealed. Nothing is deleted: hiding keeps the comment in the record, with its reason.
 */
@Component({
  selector: 'canopy-moderation-queue-page',
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
          'moderation.forbidden' | transloco
        }}</canopy-notice>
      }
      @case ('not-found') {
        <canopy-page-header
          [heading]="'assembly.notFound.heading' | transloco"
          [lead]="'assembly.notFound.message' | transloco"
          headingTestId="moderation-heading"
        />
      }
      @case ('ready') {
        <a class="back" [routerLink]="['/assemblies', current.subject.id]"
          ><bdi>{{ current.subject.name }}</bdi></a
        >
        <canopy-page-header
          [heading]="'moderation.heading' | transloco: { assembly: current.subject.name }"
          [lead]="'moderation.lead' | transloco"
          headingTestId="moderation-heading"
        />
        <canopy-moderation-queue
          [queue]="current.queue"
          [labels]="paragraphLabels"
          [loadingMore]="loadingMore()"
          [loadMoreFailed]="loadMoreFailed()"
          (handled)="retry()"
          (loadMore)="loadMore($event)"
        />
      }
    }
  `,
  styleUrls: ['../resolutions.css', '../resolution-manage/desk.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationQueuePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:assemblyId` route parameter. */
  readonly assemblyId = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ModerationQueueDocument,
      variables: { assemblyId: this.assemblyId(), first: PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toModerationView(this.result(), (data: ModerationQueueQuery) => ({
      subject: data.assembly,
      queue: data.moderationQueue,
    })),
  );

  protected readonly paragraphLabels = PARAGRAPH_LABELS;
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  constructor() {
    effect(() => {
      this.pageTitle.setSubject(pageSubject(this.view()));
    });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  protected async loadMore(after: string | null | undefined): Promise<void> {
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

function pageSubject(view: ModerationView<{ name: string }, ModerationQueuePage>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.subject.name };
  return undefined;
}
