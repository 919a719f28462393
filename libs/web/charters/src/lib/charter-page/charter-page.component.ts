import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { CharterState, isCharterSignable, wasCharterAdopted } from '@canopy/domain';
import {
  CommentThreadsComponent,
  consultationCommentsSource,
  ParagraphCommentsComponent,
  VotePanelComponent,
} from '@canopy/web/consultation';
import {
  completeData,
  LocalDatePipe,
  LocalNumberPipe,
  type PageSubject,
  PageTitleService,
  PluralPipe,
  type QueryView,
  toQueryView,
} from '@canopy/web/core';
import {
  CharterHearingCommentsDocument,
  CharterPageDocument,
  type CharterPageQuery,
  MyCharterOrganizationsDocument,
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
import { EMPTY, switchMap } from 'rxjs';
import { CLAUSE_LABELS } from '../clause-labels';
import { CharterSignaturesComponent } from './charter-signatures.component';
import { ClauseIndicatorComponent } from './clause-indicator.component';

type Charter = NonNullable<CharterPageQuery['charter']>;

/** An edition number from the address, or null for the charter's current edition. */
function editionNumber(value: string | undefined): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/**
 * A community health charter as residents read it: the edition in force (or any edition, by number),
 * section by section, each clause with who answers for it and its indicator's trend against the target;
 * the public hearing's votes and clause-by-clause comments while it runs; the forum that adopted it; its
 * signatures, with a way to sign; the committee behind it.
 */
@Component({
  selector: 'canopy-charter-page',
  imports: [
    CharterSignaturesComponent,
    ClauseIndicatorComponent,
    CommentThreadsComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatAnchor,
    NoticeComponent,
    PageHeaderComponent,
    ParagraphCommentsComponent,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
    VotePanelComponent,
  ],
  templateUrl: './charter-page.component.html',
  styleUrls: ['../charters-desk.css', './charter-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  protected readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();
  /** Bound from the `edition` query parameter. */
  readonly edition = input<string>();

  private readonly chosenNumber = computed(() => editionNumber(this.edition()));
  private readonly query = computed(() => {
    const number = this.chosenNumber();
    return this.apollo.watchQuery({
      query: CharterPageDocument,
      variables: { id: this.id(), edition: number ?? 1, chosen: number !== null },
      fetchPolicy: 'cache-and-network',
    });
  });
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toQueryView(this.result(), (data) => {
      const edition = data.charter?.edition ?? data.charter?.currentEdition;
      return data.charter && edition ? { charter: data.charter, edition } : null;
    }),
  );
  private readonly shown = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  protected readonly path = computed(() => `/charters/${this.id()}`);
  protected readonly clauseLabels = CLAUSE_LABELS;
  protected readonly commentsSource = computed(() =>
    consultationCommentsSource(
      CharterHearingCommentsDocument,
      { charterId: this.id(), edition: this.shown()?.edition.number ?? 1 },
      (data) => data.charter?.edition?.hearing,
    ),
  );
  protected readonly overallCommentCount = computed(
    () =>
      this.shown()?.edition.hearing?.paragraphCounts.find((count) => count.paragraph === null)?.comments ?? 0,
  );

  /** The edition the charter is at now, when the one on screen is another. */
  protected readonly currentEdition = computed(() => {
    const shown = this.shown();
    if (!shown) return null;
    const editions = shown.charter.editions;
    const current =
      editions.find((edition) => edition.state === 'IN_FORCE' || edition.state === 'UNDER_REVIEW') ??
      editions[editions.length - 1];
    return current && current.number !== shown.edition.number ? current : null;
  });
  /** A later edition on its way (drafted or heard) while the one on screen is in force. */
  protected readonly upcoming = computed(() => {
    const shown = this.shown();
    if (!shown) return null;
    const latest = shown.charter.editions[shown.charter.editions.length - 1];
    return latest && latest.number > shown.edition.number && !wasCharterAdopted(latest.state as CharterState)
      ? latest
      : null;
  });
  protected readonly signable = computed(() => {
    const shown = this.shown();
    return !!shown && isCharterSignable(shown.edition.state as CharterState);
  });
  protected readonly measuring = computed(() => {
    const state = this.shown()?.edition.state;
    return state === 'IN_FORCE' || state === 'UNDER_REVIEW';
  });

  private readonly mine = toSignal(
    toObservable(computed(() => this.session.signedIn() && this.measuring())).pipe(
      switchMap((ask) =>
        ask ? this.apollo.watchQuery({ query: MyCharterOrganizationsDocument }).valueChanges : EMPTY,
      ),
    ),
  );
  /** The committee, and members of an organization a clause names responsible, publish readings. */
  protected readonly mayRecordReadings = computed(() => {
    const shown = this.shown();
    if (!shown || !this.measuring()) return false;
    if (shown.charter.onCommittee) return true;
    const mine = new Set(
      completeData(this.mine())?.myOrganizations.map((membership) => membership.organization.id) ?? [],
    );
    return shown.edition.sections.some((section) =>
      section.clauses.some((clause) =>
        clause.responsible.some((actor) => !!actor.organization && mine.has(actor.organization.id)),
      ),
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

  /** Counts beside the clauses follow a new comment. */
  protected commentPosted(): void {
    this.retry();
  }

  protected chapterTitle(charter: Charter, code: string): string {
    return charter.statuteChapters.find((chapter) => chapter.code === code)?.title ?? code;
  }
}

function pageSubject(view: QueryView<{ charter: Charter }>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.charter.title };
  if (view.status === 'not-found') return { key: 'charter.notFound.heading' };
  return undefined;
}
