import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  completeData,
  DateRangePipe,
  isNotFoundError,
  LocalDatePipe,
  type PageSubject,
  PageTitleService,
  PluralPipe,
} from '@canopy/web/core';
import { ChampionCommitmentsDocument, type ChampionCommitmentsQuery } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { ProgressFormComponent } from './progress-form.component';

const PAGE_SIZE = 20;

type ChampionView =
  | { readonly status: 'loading' | 'error' | 'not-found' }
  | {
      readonly status: 'ready';
      readonly organization: NonNullable<ChampionCommitmentsQuery['organization']>;
      readonly resolutions: ChampionCommitmentsQuery['championResolutions'];
    };

/** Progress is published once the resolution reached its champion, and until it is closed. */
const REPORTABLE = ['TRANSMITTED', 'IMPLEMENTING'];

/**
 * The resolutions a government organization champions, with their commitments and the progress
 * published on each. Its members publish new progress here; everyone else reads.
 */
@Component({
  selector: 'canopy-champion-commitments-page',
  imports: [
    DateRangePipe,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    MatButton,
    PageHeaderComponent,
    PluralPipe,
    ProgressFormComponent,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './champion-commitments-page.component.html',
  styleUrls: [
    '../resolutions.css',
    '../resolution-manage/desk.css',
    './champion-commitments-page.component.css',
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChampionCommitmentsPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:organizationId` route parameter. */
  readonly organizationId = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ChampionCommitmentsDocument,
      variables: { organizationId: this.organizationId(), first: PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed<ChampionView>(() => {
    const result = this.result();
    if (!result) return { status: 'loading' };
    const data = completeData(result);
    if (data) {
      return data.organization
        ? { status: 'ready', organization: data.organization, resolutions: data.championResolutions }
        : { status: 'not-found' };
    }
    if (isNotFoundError(result.error)) return { status: 'not-found' };
    return result.error ? { status: 'error' } : { status: 'loading' };
  });

  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  constructor() {
    effect(() => {
      this.pageTitle.setSubject(pageSubject(this.view()));
    });
  }

  protected mayReport(organization: { viewerRole?: string | null }, state: string): boolean {
    return !!organization.viewerRole && REPORTABLE.includes(state);
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
      await this.query().fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          championResolutions: {
            ...fetchMoreResult.championResolutions,
            edges: [...previous.championResolutions.edges, ...fetchMoreResult.championResolutions.edges],
          },
        }),
      });
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }
}

function pageSubject(view: ChampionView): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.organization.name };
  return undefined;
}
