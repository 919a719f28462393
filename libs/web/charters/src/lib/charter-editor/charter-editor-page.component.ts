import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  ActionOutcomeComponent,
  ActionRunner,
  completeData,
  fromDateTimeLocal,
  LocalDatePipe,
  LocalNumberPipe,
  type PageSubject,
  PageTitleService,
  type QueryView,
  toDateTimeLocal,
  toQueryView,
} from '@canopy/web/core';
import {
  BringCharterIntoForceDocument,
  type CharterEditorQuery,
  CharterEditorDocument,
  CloseCharterHearingDocument,
  MyCharterOrganizationsDocument,
  OpenCharterHearingDocument,
  RecordCharterAdoptionDocument,
  StartCharterDraftingDocument,
  StartCharterReviewDocument,
} from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';
import { CharterCommitteeComponent } from '../charter-committee/charter-committee.component';
import { type Adoption, AdoptionFormComponent } from './adoption-form.component';
import { CharterTextEditorComponent, type NamedOrganization } from './charter-text-editor.component';
import { IndicatorReadingsComponent } from './indicator-readings.component';

type Charter = NonNullable<CharterEditorQuery['charter']>;

const REFETCH = { refetchQueries: ['CharterEditor'], awaitRefetchQueries: true };
const WEEK_MS = 7 * 86_400_000;

/**
 * The development committee's desk for one charter: its latest edition and state, the steps that edition
 * allows next (as the API lists them in `events`), the text while it is drafted, the committee, and the
 * readings of the indicators once an edition is in force. The API checks every step again.
 */
@Component({
  selector: 'canopy-charter-editor-page',
  imports: [
    ActionOutcomeComponent,
    AdoptionFormComponent,
    CharterCommitteeComponent,
    CharterTextEditorComponent,
    ErrorStateComponent,
    FormsModule,
    IndicatorReadingsComponent,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './charter-editor-page.component.html',
  styleUrl: '../charters-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterEditorPageComponent {
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
  private readonly charter = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  /** The reader's organizations: to report readings as one named responsible. */
  private readonly mine = toSignal(
    toObservable(computed(() => !!this.charter()?.onCommittee)).pipe(
      switchMap((onCommittee) =>
        onCommittee ? this.apollo.watchQuery({ query: MyCharterOrganizationsDocument }).valueChanges : EMPTY,
      ),
    ),
  );
  protected readonly myOrganizationIds = computed(
    () => completeData(this.mine())?.myOrganizations.map((membership) => membership.organization.id) ?? [],
  );

  protected readonly events = computed(() => new Set(this.charter()?.latestEdition.events ?? []));
  /** Organizations known to the charter, to name responsible: the convener and those on the committee. */
  protected readonly organizations = computed<NamedOrganization[]>(() => {
    const charter = this.charter();
    if (!charter) return [];
    const all = [
      ...(charter.convener ? [charter.convener] : []),
      ...charter.committee.flatMap((member) => (member.organization ? [member.organization] : [])),
    ];
    return all.filter(
      (organization, index) => all.findIndex((other) => other.id === organization.id) === index,
    );
  });
  protected readonly readingsOpen = computed(() => {
    const state = this.charter()?.currentEdition.state;
    return state === 'IN_FORCE' || state === 'UNDER_REVIEW';
  });

  protected readonly stepRunner = new ActionRunner();
  protected readonly hearingRunner = new ActionRunner();
  protected readonly adoptionRunner = new ActionRunner();
  protected readonly closesAt = signal(toDateTimeLocal(new Date(Date.now() + 4 * WEEK_MS)));
  protected readonly hearingProblem = signal(false);

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

  protected async startDrafting(editionId: string): Promise<void> {
    await this.stepRunner.run({ key: 'charterEditor.steps.draftingStarted' }, () =>
      this.apollo.mutate({
        mutation: StartCharterDraftingDocument,
        variables: { input: { editionId } },
        ...REFETCH,
      }),
    );
  }

  protected async openHearing(editionId: string): Promise<void> {
    const closesAt = fromDateTimeLocal(this.closesAt());
    this.hearingProblem.set(!closesAt);
    if (!closesAt) return;
    await this.hearingRunner.run({ key: 'charterEditor.hearing.opened' }, () =>
      this.apollo.mutate({
        mutation: OpenCharterHearingDocument,
        variables: { input: { editionId, closesAt } },
        ...REFETCH,
      }),
    );
  }

  protected async closeHearing(editionId: string): Promise<void> {
    await this.hearingRunner.run({ key: 'charterEditor.hearing.closed' }, () =>
      this.apollo.mutate({
        mutation: CloseCharterHearingDocument,
        variables: { input: { editionId } },
        ...REFETCH,
      }),
    );
  }

  protected async adopt(editionId: string, adoption: Adoption): Promise<void> {
    await this.adoptionRunner.run({ key: 'charterEditor.adoption.done' }, () =>
      this.apollo.mutate({
        mutation: RecordCharterAdoptionDocument,
        variables: { input: { editionId, ...adoption } },
        ...REFETCH,
      }),
    );
  }

  protected async bringIntoForce(editionId: string): Promise<void> {
    await this.stepRunner.run({ key: 'charterEditor.steps.inForce' }, () =>
      this.apollo.mutate({
        mutation: BringCharterIntoForceDocument,
        variables: { input: { editionId } },
        ...REFETCH,
      }),
    );
  }

  protected async startReview(): Promise<void> {
    await this.stepRunner.run({ key: 'charterEditor.steps.reviewStarted' }, () =>
      this.apollo.mutate({
        mutation: StartCharterReviewDocument,
        variables: { input: { charterId: this.id() } },
        ...REFETCH,
      }),
    );
  }
}

function pageSubject(view: QueryView<Charter>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.title };
  return undefined;
}
