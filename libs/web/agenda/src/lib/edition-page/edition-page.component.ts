import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  DateRangePipe,
  LocalDatePipe,
  LocalNumberPipe,
  PageSubject,
  PageTitleService,
  PluralPipe,
  type QueryView,
  toQueryView,
} from '@canopy/web/core';
import { EditionDocument, type EditionQuery } from '../graphql/generated';
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
import { switchMap } from 'rxjs';
import { AgendaListComponent } from '../agenda-list/agenda-list.component';
import { ParticipationChartComponent } from '../participation/participation-chart.component';
import { ConstituencyApplicationComponent } from './constituency-application.component';
import { EditionProposalsComponent } from './edition-proposals.component';

export type EditionDetails = NonNullable<EditionQuery['edition']>;

/** An edition in public: its dates and window, criteria, committee, constituencies, agenda, proposals and the triangle. */
@Component({
  selector: 'canopy-edition-page',
  imports: [
    AgendaListComponent,
    ConstituencyApplicationComponent,
    DateRangePipe,
    EditionProposalsComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatAnchor,
    PageHeaderComponent,
    ParticipationChartComponent,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './edition-page.component.html',
  styleUrls: ['../agenda.css', './edition-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  protected readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: EditionDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.edition));
  protected readonly isSecretariat = computed(() => {
    const view = this.view();
    return (
      view.status === 'ready' &&
      (view.data.assembly.viewerRoles.includes('SECRETARIAT') || !!this.session.me()?.isPlatformAdmin)
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

function pageSubject(view: QueryView<EditionDetails>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.title };
  if (view.status === 'not-found') return { key: 'edition.notFound.heading' };
  return undefined;
}
