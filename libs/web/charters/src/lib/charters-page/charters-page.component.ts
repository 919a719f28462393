import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  linkedSignal,
  signal,
  viewChildren,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NetworkStatus } from '@apollo/client';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { completeData, LocalDatePipe, LocalNumberPipe, PluralPipe } from '@canopy/web/core';
import { ChartersDocument } from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, map, switchMap } from 'rxjs';
import { CharterPlaceFilterComponent } from './charter-place-filter.component';

export const CHARTERS_PAGE_SIZE = 20;

/**
 * Community health charters, narrowed to a place (and the places within it) and to words of their
 * titles; both live in the address. Each charter shows its state, edition and signatures.
 */
@Component({
  selector: 'canopy-charters-page',
  imports: [
    CharterPlaceFilterComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatAnchor,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    PageHeaderComponent,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './charters-page.component.html',
  styleUrls: ['./charters-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartersPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionService);
  private readonly links = viewChildren<ElementRef<HTMLAnchorElement>>('charterLink');
  /** Index of the charter to focus once on screen: the first one a "load more" brought. */
  private readonly pendingFocus = signal<number | null>(null);

  protected readonly placeId = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('place'))), {
    initialValue: null,
  });
  private readonly searchParam = toSignal(
    this.route.queryParamMap.pipe(map((params) => params.get('q') ?? '')),
    { initialValue: '' },
  );
  /** What is typed, ahead of the address, which follows it after a pause. */
  protected readonly searchText = linkedSignal(() => this.searchParam());

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ChartersDocument,
      variables: {
        first: CHARTERS_PAGE_SIZE,
        jurisdictionId: this.placeId(),
        search: this.searchParam().trim() || null,
      },
      notifyOnNetworkStatusChange: true,
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly connection = computed(() => completeData(this.result())?.charters ?? null);
  protected readonly failed = computed(() => !this.connection() && !!this.result()?.error);
  protected readonly loadingMore = computed(() => this.result()?.networkStatus === NetworkStatus.fetchMore);
  protected readonly loadMoreFailed = signal(false);
  protected readonly filtered = computed(() => !!this.placeId() || !!this.searchParam().trim());

  constructor() {
    toObservable(this.searchText)
      .pipe(
        map((text) => text.trim()),
        debounceTime(400),
        distinctUntilChanged(),
      )
      .subscribe((text) => {
        if (text !== this.searchParam().trim()) this.navigate({ q: text || null });
      });
    afterRenderEffect(() => {
      const index = this.pendingFocus();
      const link = index === null ? undefined : this.links()[index];
      if (!link) return;
      link.nativeElement.focus();
      this.pendingFocus.set(null);
    });
  }

  protected choosePlace(place: string | null): void {
    this.navigate({ place });
  }

  protected clearFilters(): void {
    this.searchText.set('');
    this.navigate({ place: null, q: null });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  /** Focus moves to the first new charter so a keyboard reader carries on where the list grew. */
  protected async loadMore(): Promise<void> {
    const connection = this.connection();
    if (!connection?.pageInfo.hasNextPage || this.loadingMore()) return;
    const shown = connection.edges.length;
    this.loadMoreFailed.set(false);
    try {
      await this.query().fetchMore({ variables: { after: connection.pageInfo.endCursor } });
      this.pendingFocus.set(shown);
    } catch {
      this.loadMoreFailed.set(true);
    }
  }

  private navigate(params: Record<string, string | null>): void {
    this.loadMoreFailed.set(false);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
