import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { type ComparisonUnitLabels, TextComparisonComponent } from '@canopy/web/consultation';
import { LocalDatePipe, LocalNumberPipe, PageTitleService, toQueryView } from '@canopy/web/core';
import { CharterComparisonDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';

/** An edition number from the address, or null (the API then compares the latest with the one before). */
function editionNumber(value: string | undefined): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/**
 * Two editions of a charter clause by clause: a clause carried into the next edition is matched by its
 * lineage, so a reworded clause shows as changed, even when its number moved. The choice is kept in the
 * address (`?from=1&to=2`) so it can be shared.
 */
@Component({
  selector: 'canopy-charter-compare-page',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatFormField,
    MatInput,
    MatLabel,
    PageHeaderComponent,
    RouterLink,
    TextComparisonComponent,
    TranslocoPipe,
  ],
  template: `
    @let current = view();
    @switch (current.status) {
      @case ('loading') {
        <canopy-page-header
          [heading]="'charterCompare.title' | transloco"
          headingTestId="charter-compare-heading"
        />
        <canopy-loading-state [message]="'charterCompare.loading' | transloco" />
      }
      @case ('error') {
        <canopy-page-header
          [heading]="'charterCompare.title' | transloco"
          headingTestId="charter-compare-heading"
        />
        <canopy-error-state [message]="'charterCompare.error' | transloco" (retry)="retry()" />
      }
      @case ('not-found') {
        <canopy-page-header
          [heading]="'charter.notFound.heading' | transloco"
          [lead]="'charter.notFound.message' | transloco"
          headingTestId="charter-compare-heading"
        />
        <a class="back" routerLink="/charters">{{ 'charter.notFound.action' | transloco }}</a>
      }
      @case ('ready') {
        @let charter = current.data;
        <a class="back" data-testid="back-to-charter" [routerLink]="['/charters', charter.id]"
          ><bdi>{{ charter.title }}</bdi></a
        >
        <canopy-page-header
          [heading]="'charterCompare.heading' | transloco"
          [lead]="charter.title"
          headingTestId="charter-compare-heading"
        />
        <form class="choose block" data-testid="charter-compare-form" (submit)="$event.preventDefault()">
          @for (side of sides; track side) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="choice">
              <mat-label>{{ 'charterCompare.' + side | transloco }}</mat-label>
              <select
                matNativeControl
                [name]="side"
                [attr.data-testid]="'charter-compare-' + side"
                [ngModel]="side === 'from' ? charter.comparison.from.number : charter.comparison.to.number"
                (ngModelChange)="choose(side, $event)"
              >
                @for (edition of charter.editions; track edition.number) {
                  <option [ngValue]="edition.number">
                    {{
                      'charterCompare.edition'
                        | transloco
                          : {
                              number: (edition.number | localNumber),
                              state: ('charterState.' + edition.state | transloco),
                              date: (edition.createdAt | localDate),
                            }
                    }}
                  </option>
                }
              </select>
            </mat-form-field>
          }
        </form>
        @if (charter.comparison.clauses.length === 0) {
          <canopy-empty-state [message]="'charterCompare.empty' | transloco" />
        } @else {
          <canopy-text-comparison [rows]="charter.comparison.clauses" [labels]="unitLabels" />
        }
      }
    }
  `,
  styleUrl: '../charters-desk.css',
  styles: `
    .choose {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      margin-block-end: 1.5rem;
    }
    .choice {
      flex: 1 1 14rem;
      min-inline-size: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterComparePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();
  /** Bound from the `from` and `to` query parameters. */
  readonly from = input<string>();
  readonly to = input<string>();

  protected readonly sides = ['from', 'to'] as const;
  protected readonly unitLabels: ComparisonUnitLabels = {
    unit: 'charterCompare.clause',
    moved: 'charterCompare.moved',
  };

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: CharterComparisonDocument,
      variables: { id: this.id(), from: editionNumber(this.from()), to: editionNumber(this.to()) },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.charter));

  constructor() {
    effect(() => {
      const view = this.view();
      this.pageTitle.setSubject(view.status === 'ready' ? { text: view.data.title } : undefined);
    });
  }

  protected choose(side: 'from' | 'to', value: number): void {
    const view = this.view();
    if (view.status !== 'ready') return;
    const chosen = {
      from: view.data.comparison.from.number,
      to: view.data.comparison.to.number,
      [side]: Number(value),
    };
    void this.router.navigate([], { queryParams: chosen, replaceUrl: true });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}
