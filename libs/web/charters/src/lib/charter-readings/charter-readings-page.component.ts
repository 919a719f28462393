import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  completeData,
  type PageSubject,
  PageTitleService,
  type QueryView,
  toQueryView,
} from '@canopy/web/core';
import {
  CharterEditorDocument,
  type CharterEditorQuery,
  MyCharterOrganizationsDocument,
} from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { IndicatorReadingsComponent } from '../charter-editor/indicator-readings.component';

type Charter = NonNullable<CharterEditorQuery['charter']>;

/**
 * Where those who answer for a clause publish its indicator's readings: the committee for every clause,
 * an organization for the clauses that name it responsible, each reading appended to the trend.
 */
@Component({
  selector: 'canopy-charter-readings-page',
  imports: [
    ErrorStateComponent,
    IndicatorReadingsComponent,
    LoadingStateComponent,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    @let current = view();
    @switch (current.status) {
      @case ('loading') {
        <canopy-page-header
          [heading]="'charterReadings.title' | transloco"
          headingTestId="readings-heading"
        />
        <canopy-loading-state [message]="'charterEditor.loading' | transloco" />
      }
      @case ('error') {
        <canopy-page-header
          [heading]="'charterReadings.title' | transloco"
          headingTestId="readings-heading"
        />
        <canopy-error-state [message]="'charterEditor.error' | transloco" (retry)="retry()" />
      }
      @case ('not-found') {
        <canopy-page-header
          [heading]="'charter.notFound.heading' | transloco"
          [lead]="'charter.notFound.message' | transloco"
          headingTestId="readings-heading"
        />
      }
      @case ('ready') {
        @let charter = current.data;
        <a class="back" data-testid="back-to-charter" [routerLink]="['/charters', charter.id]"
          ><bdi>{{ charter.title }}</bdi></a
        >
        <canopy-page-header
          [heading]="'charterReadings.heading' | transloco: { title: charter.title }"
          [lead]="'charterEditor.readings.lead' | transloco: { number: charter.currentEdition.number }"
          headingTestId="readings-heading"
        />
        @if (!measuring()) {
          <canopy-notice class="notice" kind="info" data-testid="readings-not-in-force">{{
            'reasons.NOT_IN_FORCE' | transloco
          }}</canopy-notice>
        } @else if (clauses().length === 0) {
          <canopy-notice class="notice" kind="info" data-testid="readings-forbidden">{{
            'charterReadings.forbidden' | transloco
          }}</canopy-notice>
        } @else {
          <section class="section" aria-labelledby="readings-list-heading">
            <h2 id="readings-list-heading" class="section-heading">
              {{ 'charterEditor.readings.heading' | transloco }}
            </h2>
            <canopy-indicator-readings
              [clauses]="clauses()"
              [myOrganizationIds]="myOrganizationIds()"
              [asCommittee]="charter.onCommittee"
            />
          </section>
        }
      }
    }
  `,
  styleUrl: '../charters-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterReadingsPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: CharterEditorDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.charter));
  private readonly mine = toSignal(
    this.apollo.watchQuery({ query: MyCharterOrganizationsDocument }).valueChanges,
  );
  protected readonly myOrganizationIds = computed(
    () => completeData(this.mine())?.myOrganizations.map((membership) => membership.organization.id) ?? [],
  );

  protected readonly measuring = computed(() => {
    const view = this.view();
    const state = view.status === 'ready' ? view.data.currentEdition.state : null;
    return state === 'IN_FORCE' || state === 'UNDER_REVIEW';
  });
  /** Every clause for the committee; for anyone else, those naming one of their organizations responsible. */
  protected readonly clauses = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return [];
    const clauses = view.data.currentEdition.clauses;
    if (view.data.onCommittee) return clauses;
    const mine = new Set(this.myOrganizationIds());
    return clauses.filter((clause) =>
      clause.responsible.some((actor) => !!actor.organization && mine.has(actor.organization.id)),
    );
  });

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
}

function pageSubject(view: QueryView<Charter>): PageSubject | undefined {
  return view.status === 'ready' ? { text: view.data.title } : undefined;
}
