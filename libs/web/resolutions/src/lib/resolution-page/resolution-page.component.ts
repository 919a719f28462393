import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  CommentThreadsComponent,
  consultationCommentsSource,
  ParagraphCommentsComponent,
  VotePanelComponent,
} from '@canopy/web/consultation';
import {
  ActionOutcomeComponent,
  ActionRunner,
  LocalDatePipe,
  LocalNumberPipe,
  toQueryView,
  PageSubject,
  PageTitleService,
  PluralPipe,
  type QueryView,
} from '@canopy/web/core';
import {
  FollowResolutionDocument,
  ResolutionCommentsDocument,
  ResolutionPageDocument,
  type ResolutionPageDetailsFragment,
  UnfollowResolutionDocument,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
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
import { PARAGRAPH_LABELS } from '../paragraph-labels';

/**
 * A resolution as a citizen reads it: its current text paragraph by paragraph, the consultation with
 * the person's vote and the tally, the comments on each paragraph and on the whole, and a way to follow it.
 */
@Component({
  selector: 'canopy-resolution-page',
  imports: [
    ActionOutcomeComponent,
    CommentThreadsComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatAnchor,
    MatButton,
    NoticeComponent,
    PageHeaderComponent,
    ParagraphCommentsComponent,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
    VotePanelComponent,
  ],
  templateUrl: './resolution-page.component.html',
  styleUrls: ['../resolutions.css', './resolution-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolutionPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  protected readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ResolutionPageDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.resolution));
  private readonly resolution = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  protected readonly path = computed(() => `/resolutions/${this.id()}`);
  protected readonly paragraphLabels = PARAGRAPH_LABELS;
  protected readonly commentsSource = computed(() =>
    consultationCommentsSource(
      ResolutionCommentsDocument,
      { resolutionId: this.id() },
      (data) => data.resolution?.consultation,
    ),
  );
  /** Comments on the whole text. */
  protected readonly overallCommentCount = computed(
    () =>
      this.resolution()?.consultation?.paragraphCounts.find((count) => count.paragraph === null)?.comments ??
      0,
  );
  /** The version the consultation is on, when the text has moved on since. */
  protected readonly consultedVersion = computed(() => {
    const resolution = this.resolution();
    const versionId = resolution?.consultation?.versionId;
    if (!resolution || !versionId || versionId === resolution.currentVersion.id) return null;
    return resolution.versions.find((version) => version.id === versionId)?.number ?? null;
  });
  protected readonly follow = new ActionRunner();

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

  /** Counts beside the paragraphs follow a new comment. */
  protected commentPosted(): void {
    this.retry();
  }

  protected toggleFollow(resolution: ResolutionPageDetailsFragment): Promise<unknown> {
    const input = { resolutionId: resolution.id };
    return resolution.following
      ? this.follow.run({ key: 'resolution.follow.stopped' }, () =>
          this.apollo.mutate({ mutation: UnfollowResolutionDocument, variables: { input } }),
        )
      : this.follow.run({ key: 'resolution.follow.started' }, () =>
          this.apollo.mutate({ mutation: FollowResolutionDocument, variables: { input } }),
        );
  }
}

function pageSubject(view: QueryView<ResolutionPageDetailsFragment>): PageSubject | undefined {
  if (view.status === 'ready') return { text: `${view.data.code} ${view.data.title}` };
  if (view.status === 'not-found') return { key: 'resolution.notFound.heading' };
  return undefined;
}
