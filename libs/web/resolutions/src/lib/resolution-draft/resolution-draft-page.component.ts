import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { RESOLUTION_LIMITS } from '@canopy/domain';
import {
  ActionOutcomeComponent,
  ActionRunner,
  LocalNumberPipe,
  toQueryView,
  type PageSubject,
  PageTitleService,
  type QueryView,
} from '@canopy/web/core';
import {
  DraftResolutionDocument,
  ResolutionDraftAgendaItemDocument,
  type ResolutionDraftAgendaItemQuery,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import {
  type ParagraphDraft,
  paragraphsProblem,
  paragraphTexts,
  toParagraphDrafts,
} from './paragraph-drafts';
import { ParagraphListEditorComponent } from './paragraph-list-editor.component';

type AgendaItem = NonNullable<ResolutionDraftAgendaItemQuery['agendaItem']>;

/**
 * Version 1 of an agenda item's resolution, written by the assembly's secretariat or the item's working
 * group: a title and numbered paragraphs. Once drafted, the secretariat manages it from its own page.
 */
@Component({
  selector: 'canopy-resolution-draft-page',
  imports: [
    ActionOutcomeComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    LocalNumberPipe,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    ParagraphListEditorComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './resolution-draft-page.component.html',
  styleUrl: '../resolutions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolutionDraftPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly pageTitle = inject(PageTitleService);
  private readonly session = inject(SessionService);

  /** Bound from the `:agendaItemId` route parameter. */
  readonly agendaItemId = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ResolutionDraftAgendaItemDocument,
      variables: { id: this.agendaItemId() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.agendaItem));

  /** The API decides; the page only explains who may draft instead of showing a form bound to fail. */
  protected readonly mayDraft = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return false;
    const me = this.session.me();
    return (
      view.data.edition.assembly.viewerRoles.includes('SECRETARIAT') ||
      (!!me && view.data.workingGroup.some((member) => member.person?.id === me.id))
    );
  });

  protected readonly limits = RESOLUTION_LIMITS;
  protected readonly title = signal('');
  protected readonly paragraphs = signal<ParagraphDraft[]>(toParagraphDrafts(['']));
  protected readonly submitted = signal(false);
  protected readonly titleMissing = computed(() => !this.title().trim());
  protected readonly paragraphsProblem = computed(() => paragraphsProblem(this.paragraphs()));
  protected readonly runner = new ActionRunner();

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

  protected async draft(): Promise<void> {
    this.submitted.set(true);
    if (this.titleMissing() || this.paragraphsProblem()) return;
    const data = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: DraftResolutionDocument,
        variables: {
          input: {
            agendaItemId: this.agendaItemId(),
            title: this.title().trim(),
            paragraphs: paragraphTexts(this.paragraphs()),
          },
        },
      }),
    );
    if (data) await this.router.navigate(['/resolutions', data.draftResolution.id, 'manage']);
  }
}

function pageSubject(view: QueryView<AgendaItem>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.title };
  return undefined;
}
