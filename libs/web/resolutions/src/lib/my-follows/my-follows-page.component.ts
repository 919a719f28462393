import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  ActionOutcomeComponent,
  ActionRunner,
  LocalDatePipe,
  toQueryView,
  PluralPipe,
} from '@canopy/web/core';
import {
  MarkNotificationsReadDocument,
  MyFollowsDocument,
  type MyFollowsQuery,
  MyNotificationsDocument,
  type MyNotificationsQuery,
} from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';

export const FOLLOWS_PAGE_SIZE = 20;

/** The entries already shown, then the next page's (no cache policy merges these lists). */
function appendEdges<C extends { edges: readonly unknown[] }>(before: C, after: C): C {
  return { ...after, edges: [...before.edges, ...after.edges] };
}

/**
 * What the signed-in person follows, and what happened to it since: new versions, consultations opening
 * and closing, decisions and progress. Reading the page does not mark anything read; the button does.
 */
@Component({
  selector: 'canopy-my-follows-page',
  imports: [
    ActionOutcomeComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    MatButton,
    PageHeaderComponent,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './my-follows-page.component.html',
  styleUrls: ['../resolutions.css', './my-follows-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyFollowsPageComponent {
  private readonly apollo = inject(Apollo);

  private readonly followsQuery = this.apollo.watchQuery({
    query: MyFollowsDocument,
    variables: { first: FOLLOWS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  private readonly notificationsQuery = this.apollo.watchQuery({
    query: MyNotificationsDocument,
    variables: { first: FOLLOWS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  private readonly followsResult = toSignal(this.followsQuery.valueChanges);
  private readonly notificationsResult = toSignal(this.notificationsQuery.valueChanges);
  protected readonly follows = computed(() => toQueryView(this.followsResult(), (data) => data.myFollows));
  protected readonly notifications = computed(() => toQueryView(this.notificationsResult(), (data) => data));

  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);
  protected readonly markRead = new ActionRunner();

  protected retryFollows(): void {
    this.followsQuery.refetch().catch(() => undefined);
  }

  protected retryNotifications(): void {
    this.notificationsQuery.refetch().catch(() => undefined);
  }

  protected moreFollows(after: string | null | undefined): Promise<void> {
    return this.more(() =>
      this.followsQuery.fetchMore({
        variables: { after, first: FOLLOWS_PAGE_SIZE },
        updateQuery: (previous: MyFollowsQuery, { fetchMoreResult }) => ({
          ...previous,
          myFollows: appendEdges(previous.myFollows, fetchMoreResult.myFollows),
        }),
      }),
    );
  }

  protected moreNotifications(after: string | null | undefined): Promise<void> {
    return this.more(() =>
      this.notificationsQuery.fetchMore({
        variables: { after, first: FOLLOWS_PAGE_SIZE },
        updateQuery: (previous: MyNotificationsQuery, { fetchMoreResult }) => ({
          ...previous,
          myNotifications: appendEdges(previous.myNotifications, fetchMoreResult.myNotifications),
        }),
      }),
    );
  }

  protected async markAllRead(): Promise<void> {
    const done = await this.markRead.run({ key: 'follows.markedRead' }, () =>
      this.apollo.mutate({ mutation: MarkNotificationsReadDocument }),
    );
    if (done) await this.notificationsQuery.refetch().catch(() => undefined);
  }

  private async more(fetch: () => Promise<unknown>): Promise<void> {
    if (this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      await fetch();
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
