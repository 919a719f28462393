import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { toQueryView } from '@canopy/web/core';
import { ConsultationCommentsDocument, type ConsultationCommentsQuery } from '@canopy/web/core/graphql';
import { SessionService } from '@canopy/web/identity';
import { ErrorStateComponent, LoadingStateComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { CommentFormComponent } from './comment-form.component';
import { CommentComponent } from './comment.component';
import { toThreads } from './threads';

export const COMMENTS_PAGE_SIZE = 20;
/** The most top comments one request may ask for. */
const MAX_PAGE = 100;

type Connection = NonNullable<
  NonNullable<ConsultationCommentsQuery['resolution']>['consultation']
>['comments'];

/**
 * The threads on one paragraph (or, for paragraph 0, on the whole text), oldest first, twenty at a time,
 * with the form to add one. A new comment is fetched again with those already on screen, so it shows at
 * once wherever it falls.
 */
@Component({
  selector: 'canopy-comment-threads',
  imports: [
    CommentComponent,
    CommentFormComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    MatButton,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './comment-threads.component.html',
  styleUrls: ['../resolutions.css', './comment-threads.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentThreadsComponent {
  private readonly apollo = inject(Apollo);
  protected readonly session = inject(SessionService);

  readonly resolutionId = input.required<string>();
  readonly consultationId = input.required<string>();
  /** 0 for the comments on the whole text. */
  readonly paragraph = input.required<number>();
  readonly open = input.required<boolean>();
  /** Where signing in brings the person back to. */
  readonly returnUrl = input.required<string>();
  /** A comment or reply was posted: counts elsewhere on the page are out of date. */
  readonly posted = output<void>();

  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ConsultationCommentsDocument,
      variables: {
        resolutionId: this.resolutionId(),
        paragraph: this.paragraph(),
        first: COMMENTS_PAGE_SIZE,
      },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toQueryView(this.result(), (data) => data.resolution?.consultation?.comments),
  );
  protected readonly threads = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? toThreads(view.data.edges.map((edge) => edge.node)) : [];
  });
  protected readonly mayWrite = computed(() => {
    const me = this.session.me();
    return !!me && me.verificationLevel !== 'NONE';
  });

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  protected async loadMore(connection: Connection): Promise<void> {
    if (this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      await this.query().fetchMore({
        variables: { after: connection.pageInfo.endCursor, first: COMMENTS_PAGE_SIZE },
        updateQuery: (previous, { fetchMoreResult }) => appendPage(previous, fetchMoreResult),
      });
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** Asks again for as many threads as are on screen, and one more: the new one is among them. */
  protected async refresh(): Promise<void> {
    const view = this.view();
    const shown = view.status === 'ready' ? view.data.edges.length : 0;
    this.posted.emit();
    await this.query()
      .refetch({ after: null, first: Math.min(MAX_PAGE, Math.max(COMMENTS_PAGE_SIZE, shown + 1)) })
      .catch(() => undefined);
  }
}

/** The threads already shown, then the next page's. */
function appendPage(
  previous: ConsultationCommentsQuery,
  next: ConsultationCommentsQuery,
): ConsultationCommentsQuery {
  const before = previous.resolution?.consultation?.comments;
  const after = next.resolution?.consultation?.comments;
  if (!before || !after || !previous.resolution?.consultation) return previous;
  return {
    ...previous,
    resolution: {
      ...previous.resolution,
      consultation: {
        ...previous.resolution.consultation,
        comments: { ...after, edges: [...before.edges, ...after.edges] },
      },
    },
  };
}
