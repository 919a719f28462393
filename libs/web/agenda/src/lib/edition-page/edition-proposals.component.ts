import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { PROPOSAL_LIMITS } from '@canopy/domain';
import { PluralPipe, type QueryView, toQueryView } from '@canopy/web/core';
import {
  EditionProposalsDocument,
  type ProposalListItemFragment,
  type ProposalState,
  SearchProposalsDocument,
} from '../graphql/generated';
import { EmptyStateComponent, ErrorStateComponent, LoadingStateComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { map, type Observable, switchMap } from 'rxjs';
import { ProposalListComponent } from '../proposal-list/proposal-list.component';
import { isPublicProposalState, PUBLIC_PROPOSAL_STATES } from '../proposal-states';

export const PROPOSALS_PAGE_SIZE = 20;

interface ProposalPage {
  readonly totalCount: number;
  readonly pageInfo: { readonly endCursor?: string | null; readonly hasNextPage: boolean };
  readonly edges: readonly { readonly node: ProposalListItemFragment }[];
}

interface ProposalsSource {
  readonly view: Observable<QueryView<ProposalPage>>;
  readonly refetch: () => Promise<unknown>;
  readonly fetchMore: (after: string | null) => Promise<unknown>;
}

/** An edition's submitted proposals: filtered by state, or found by words; "show more" pages on. */
@Component({
  selector: 'canopy-edition-proposals',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    PluralPipe,
    ProposalListComponent,
    TranslocoPipe,
  ],
  templateUrl: './edition-proposals.component.html',
  styleUrl: '../agenda.css',
  styles: `
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
      margin-block-end: 0.5rem;
    }
    .control {
      flex: 1 1 14rem;
    }
    .search {
      display: flex;
      flex: 2 1 18rem;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem;
      min-width: 0;
    }
    .search .control {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .search button {
      margin-block-start: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionProposalsComponent {
  private readonly apollo = inject(Apollo);

  readonly editionId = input.required<string>();

  protected readonly states = PUBLIC_PROPOSAL_STATES;
  protected readonly searchMaxLength = PROPOSAL_LIMITS.searchMaxLength;
  protected readonly state = signal<ProposalState | ''>('');
  protected readonly typed = signal('');
  /** The words searched for; empty shows the list by state. */
  protected readonly searched = signal('');
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  /** The list being shown, by state or by search, and how to refresh it and page on. */
  private readonly source = computed((): ProposalsSource => {
    const words = this.searched();
    const editionId = this.editionId();
    if (words) {
      const query = this.apollo.watchQuery({
        query: SearchProposalsDocument,
        variables: { query: words, editionId, first: PROPOSALS_PAGE_SIZE },
        notifyOnNetworkStatusChange: true,
      });
      return {
        view: query.valueChanges.pipe(map((result) => toQueryView(result, (data) => data.searchProposals))),
        refetch: () => query.refetch(),
        fetchMore: (after) => query.fetchMore({ variables: { after } }),
      };
    }
    const state = this.state();
    const query = this.apollo.watchQuery({
      query: EditionProposalsDocument,
      variables: { id: editionId, first: PROPOSALS_PAGE_SIZE, states: state ? [state] : null },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    });
    return {
      view: query.valueChanges.pipe(map((result) => toQueryView(result, (data) => data.edition?.proposals))),
      refetch: () => query.refetch(),
      fetchMore: (after) => query.fetchMore({ variables: { after } }),
    };
  });
  protected readonly view = toSignal(toObservable(this.source).pipe(switchMap((source) => source.view)), {
    initialValue: { status: 'loading' } as QueryView<ProposalPage>,
  });
  protected readonly proposals = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data.edges.map((edge) => edge.node) : [];
  });

  protected chooseState(value: string): void {
    this.state.set(isPublicProposalState(value) ? value : '');
  }

  protected search(): void {
    this.searched.set(this.typed().trim().slice(0, PROPOSAL_LIMITS.searchMaxLength));
  }

  protected clearSearch(): void {
    this.typed.set('');
    this.searched.set('');
  }

  protected retry(): void {
    this.source()
      .refetch()
      .catch(() => undefined);
  }

  protected async loadMore(after: string | null | undefined): Promise<void> {
    if (this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      await this.source().fetchMore(after ?? null);
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }
}
