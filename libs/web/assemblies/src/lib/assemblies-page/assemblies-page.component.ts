import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChildren,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { LocalNumberPipe, PluralPipe } from '@canopy/web/core';
import { AssembliesDocument, AssemblyCountriesDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, map, of, switchMap } from 'rxjs';
import { AssemblyCardComponent } from '../assembly-card/assembly-card.component';
import {
  AssemblyFilters,
  assemblyFiltersToParams,
  hasAssemblyFilters,
  NO_ASSEMBLY_FILTERS,
  readAssemblyFilters,
  sameAssemblyFilters,
} from '../assembly-filters/assembly-filters';
import { AssemblyFiltersComponent } from '../assembly-filters/assembly-filters.component';
import { toAssembliesView } from './assemblies-view';

export const ASSEMBLIES_PAGE_SIZE = 20;

@Component({
  selector: 'canopy-assemblies-page',
  imports: [
    AssemblyCardComponent,
    AssemblyFiltersComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalNumberPipe,
    MatButton,
    MatProgressBar,
    PageHeaderComponent,
    PluralPipe,
    TranslocoPipe,
  ],
  templateUrl: './assemblies-page.component.html',
  styleUrl: './assemblies-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssembliesPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly cards = viewChildren(AssemblyCardComponent);
  /** Index of the card to focus once it is on screen: the first one a "load more" brought. */
  private readonly pendingFocus = signal<number | null>(null);

  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(readAssemblyFilters)), {
    initialValue: NO_ASSEMBLY_FILTERS,
    equal: sameAssemblyFilters,
  });
  protected readonly filtered = computed(() => hasAssemblyFilters(this.filters()));

  private readonly query = computed(() => {
    const { kind, countryCode } = this.filters();
    return this.apollo.watchQuery({
      query: AssembliesDocument,
      variables: { first: ASSEMBLIES_PAGE_SIZE, kind, countryCode },
      notifyOnNetworkStatusChange: true,
    });
  });
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toAssembliesView(this.result()));
  protected readonly loadMoreFailed = signal(false);
  protected readonly totalCount = computed(() => {
    const view = this.view();
    if (view.status === 'ready') return view.connection.totalCount;
    return view.status === 'empty' ? view.totalCount : null;
  });

  /** A missing country list only narrows the filter; the assemblies themselves still show. */
  protected readonly countries = toSignal(
    this.apollo.query({ query: AssemblyCountriesDocument }).pipe(
      map((result) => result.data?.assemblyCountries ?? []),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );

  constructor() {
    afterRenderEffect(() => {
      const index = this.pendingFocus();
      const card = index === null ? undefined : this.cards()[index];
      if (!card) return;
      card.focus();
      this.pendingFocus.set(null);
    });
  }

  protected applyFilters(filters: AssemblyFilters): void {
    this.loadMoreFailed.set(false);
    void this.router.navigate([], { relativeTo: this.route, queryParams: assemblyFiltersToParams(filters) });
  }

  protected clearFilters(): void {
    this.applyFilters(NO_ASSEMBLY_FILTERS);
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  /** Focus moves to the first new assembly so a keyboard reader carries on where the list grew. */
  protected async loadMore(): Promise<void> {
    const view = this.view();
    if (view.status !== 'ready' || view.loadingMore || !view.connection.pageInfo.hasNextPage) return;
    const shown = view.connection.edges.length;
    this.loadMoreFailed.set(false);
    try {
      await this.query().fetchMore({ variables: { after: view.connection.pageInfo.endCursor } });
      this.pendingFocus.set(shown);
    } catch {
      this.loadMoreFailed.set(true);
    }
  }
}
