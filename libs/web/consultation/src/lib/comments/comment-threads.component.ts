import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { toQueryView } from '@canopy/web/core';
import {
  CommentPostedDocument,
  type ConsultationCommentPageFragment,
  type ConsultationSummaryFragment,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { ErrorStateComponent, LoadingStateComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { CommentFormComponent } from './comment-form.component';
import { CommentComponent } from './comment.component';
import type { ConsultationCommentsSource } from './consultation-comments-source';
import { toThreads } from './threads';

type Connection = ConsultationCommentPageFragment['comments'];

export const COMMENTS_PAGE_SIZE = 20;
/** The most top comments one request may ask for. */
const MAX_PAGE = 100;

/**
 * The threads on one paragraph (or, for paragraph 0, on the whole text), oldest first, twenty at a time,
 * with the form to add one. A new comment is fetched again with those already on screen, so it shows at
 * once wherever it falls. Pages fetched with "show more" are appended by the cache (see the type
 * policy of `Consultation.comments`), whatever query reached the consultation.
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
  styleUrls: ['../consultation.css', './comment-threads.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentThreadsComponent {
  private readonly apollo = inject(Apollo);
  protected readonly session = inject(SessionService);

  /** Comments are taken only while its window is open. */
  readonly consultation = input.required<Pick<ConsultationSummaryFragment, 'id' | 'state'>>();
  /** The subject's query that reaches the consultation's comments. */
  readonly source = input.required<ConsultationCommentsSource>();
  /** 0 for the comments on the whole text. */
  readonly paragraph = input.required<number>();
  /** Where signing in brings the person back to. */
  readonly returnUrl = input.required<string>();
  /** A comment or reply was posted: counts elsewhere on the page are out of date. */
  readonly posted = output<void>();

  protected readonly open = computed(() => this.consultation().state === 'OPEN');
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  private readonly query = computed(() => {
    const source = this.source();
    return this.apollo.watchQuery({
      query: source.query,
      variables: { ...source.variables, paragraph: this.paragraph(), first: COMMENTS_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    });
  });
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toQueryView(this.result(), (data) => this.source().pick(data)?.comments),
  );
  protected readonly threads = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? toThreads(view.data.edges.map((edge) => edge.node)) : [];
  });
  /** Ids of comments posted here since the page opened (subscription `commentPosted`). */
  private readonly posts = signal<ReadonlySet<string>>(new Set());
  /** Those not on screen yet: the person's own come back with the refresh that follows posting. */
  protected readonly freshCount = computed(() => {
    const view = this.view();
    const shown = new Set<string>();
    if (view.status === 'ready') {
      for (const { node } of view.data.edges) {
        shown.add(node.id);
        node.replies.forEach((reply) => shown.add(reply.id));
      }
    }
    return [...this.posts()].filter((id) => !shown.has(id)).length;
  });
  private readonly live = computed(() => (this.open() ? this.consultation().id : null));

  constructor() {
    effect((onCleanup) => {
      const consultationId = this.live();
      if (!consultationId) return;
      const subscription = this.apollo
        .subscribe({ query: CommentPostedDocument, variables: { consultationId } })
        .subscribe((result) => {
          const posted = result.data?.commentPosted;
          if (!posted || (posted.paragraph ?? 0) !== this.paragraph()) return;
          this.posts.update((ids) => new Set([...ids, posted.id]));
        });
      onCleanup(() => subscription.unsubscribe());
    });
  }

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
      });
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** Brings in the comments others posted since the page opened. */
  protected async showFresh(): Promise<void> {
    const view = this.view();
    const shown = view.status === 'ready' ? view.data.edges.length : 0;
    await this.query()
      .refetch({
        after: null,
        first: Math.min(MAX_PAGE, Math.max(COMMENTS_PAGE_SIZE, shown + this.freshCount())),
      })
      .catch(() => undefined);
    this.posted.emit();
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
