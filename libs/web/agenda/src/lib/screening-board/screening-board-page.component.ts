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
  LocalDatePipe,
  LocalNumberPipe,
  toQueryView,
  PageSubject,
  PageTitleService,
  PluralPipe,
  type QueryView,
} from '@canopy/web/core';
import {
  AddCommitteeMemberDocument,
  AddWorkingGroupMemberDocument,
  CloseProposalWindowDocument,
  DecideConstituencyDocument,
  OpenProposalWindowDocument,
  type OrganizationSector,
  RemoveCommitteeMemberDocument,
  RemoveWorkingGroupMemberDocument,
  ScreeningBoardDocument,
  type ScreeningBoardQuery,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { CHART_SECTORS } from '../participation/participation-chart';
import { ProposalReviewComponent } from './proposal-review.component';
import { fromDateTimeLocal, toDateTimeLocal } from './screening';

type Board = NonNullable<ScreeningBoardQuery['edition']>;

const BOARD_SIZE = 100;
const REFETCH = { refetchQueries: ['ScreeningBoard'], awaitRefetchQueries: true };

/**
 * The secretariat's desk for an edition: screening proposals, approving constituencies, the committee,
 * the proposal window and the working groups. The API checks every action; the page only hides itself.
 */
@Component({
  selector: 'canopy-screening-board-page',
  imports: [
    ActionOutcomeComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    FormsModule,
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
    PluralPipe,
    ProposalReviewComponent,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './screening-board-page.component.html',
  styleUrls: ['../agenda.css', './screening-board-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScreeningBoardPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  private readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ScreeningBoardDocument,
      variables: { id: this.id(), first: BOARD_SIZE },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.edition));
  protected readonly allowed = computed(() => {
    const view = this.view();
    return (
      view.status === 'ready' &&
      (view.data.assembly.viewerRoles.includes('SECRETARIAT') || !!this.session.me()?.isPlatformAdmin)
    );
  });
  protected readonly proposals = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data.proposals.edges.map((edge) => edge.node) : [];
  });

  protected readonly sectors = CHART_SECTORS;
  protected readonly constituencyRunner = new ActionRunner();
  protected readonly committeeRunner = new ActionRunner();
  protected readonly windowRunner = new ActionRunner();
  protected readonly workingGroupRunner = new ActionRunner();

  /** The constituency whose decline waits for a reason. */
  protected readonly declining = signal<string | null>(null);
  protected readonly declineReason = signal('');
  protected readonly member = signal({ name: '', sector: '' as OrganizationSector | '', role: '' });
  protected readonly memberProblem = signal(false);
  protected readonly opensAt = signal('');
  protected readonly closesAt = signal('');
  protected readonly windowProblem = signal(false);
  /** What became of the last proposal decided on, which has left the board. */
  protected readonly lastDecision = signal<string | null>(null);
  protected readonly groupEmail = signal<Partial<Record<string, string>>>({});
  protected readonly groupRole = signal<Partial<Record<string, string>>>({});

  constructor() {
    effect(() => {
      this.pageTitle.setSubject(pageSubject(this.view()));
    });
    effect(() => {
      const view = this.view();
      if (view.status !== 'ready') return;
      this.opensAt.set(toDateTimeLocal(view.data.proposalWindow.opensAt));
      this.closesAt.set(toDateTimeLocal(view.data.proposalWindow.closesAt));
    });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  protected decided(key: string): void {
    this.lastDecision.set(key);
    this.retry();
  }

  protected async approve(constituencyId: string, name: string): Promise<void> {
    await this.constituencyRunner.run({ key: 'screening.constituencyApproved', params: { name } }, () =>
      this.apollo.mutate({
        mutation: DecideConstituencyDocument,
        variables: { input: { constituencyId, approve: true } },
        ...REFETCH,
      }),
    );
  }

  protected async decline(constituencyId: string, name: string): Promise<void> {
    const reason = this.declineReason().trim();
    if (!reason) return;
    const done = await this.constituencyRunner.run(
      { key: 'screening.constituencyDeclined', params: { name } },
      () =>
        this.apollo.mutate({
          mutation: DecideConstituencyDocument,
          variables: { input: { constituencyId, approve: false, reason } },
          ...REFETCH,
        }),
    );
    if (done) {
      this.declining.set(null);
      this.declineReason.set('');
    }
  }

  protected updateMember(field: 'name' | 'sector' | 'role', value: string): void {
    this.member.update((member) => ({ ...member, [field]: value }));
  }

  protected async addMember(): Promise<void> {
    const { name, sector, role } = this.member();
    this.memberProblem.set(!name.trim() || !sector);
    if (!name.trim() || !sector) return;
    const done = await this.committeeRunner.run({ key: 'screening.memberAdded', params: { name } }, () =>
      this.apollo.mutate({
        mutation: AddCommitteeMemberDocument,
        variables: { input: { editionId: this.id(), name: name.trim(), sector, role: role.trim() || null } },
        ...REFETCH,
      }),
    );
    if (done) this.member.set({ name: '', sector: '', role: '' });
  }

  protected async removeMember(memberId: string, name: string): Promise<void> {
    await this.committeeRunner.run({ key: 'screening.memberRemoved', params: { name } }, () =>
      this.apollo.mutate({
        mutation: RemoveCommitteeMemberDocument,
        variables: { input: { editionId: this.id(), memberId } },
        ...REFETCH,
      }),
    );
  }

  protected async openWindow(): Promise<void> {
    const opensAt = fromDateTimeLocal(this.opensAt());
    const closesAt = fromDateTimeLocal(this.closesAt());
    this.windowProblem.set(!opensAt || !closesAt);
    if (!opensAt || !closesAt) return;
    await this.windowRunner.run({ key: 'screening.windowSet' }, () =>
      this.apollo.mutate({
        mutation: OpenProposalWindowDocument,
        variables: { input: { editionId: this.id(), opensAt, closesAt } },
        ...REFETCH,
      }),
    );
  }

  protected async closeWindow(): Promise<void> {
    await this.windowRunner.run({ key: 'screening.windowClosed' }, () =>
      this.apollo.mutate({
        mutation: CloseProposalWindowDocument,
        variables: { input: { editionId: this.id() } },
        ...REFETCH,
      }),
    );
  }

  protected setGroupField(field: 'email' | 'role', itemId: string, value: string): void {
    const target = field === 'email' ? this.groupEmail : this.groupRole;
    target.update((values) => ({ ...values, [itemId]: value }));
  }

  protected async addToWorkingGroup(agendaItemId: string): Promise<void> {
    const email = (this.groupEmail()[agendaItemId] ?? '').trim();
    if (!email) return;
    const role = (this.groupRole()[agendaItemId] ?? '').trim() || null;
    const done = await this.workingGroupRunner.run({ key: 'screening.workingGroupAdded' }, () =>
      this.apollo.mutate({
        mutation: AddWorkingGroupMemberDocument,
        variables: { input: { agendaItemId, email, role } },
        refetchQueries: ['ScreeningBoard', 'Edition'],
        awaitRefetchQueries: true,
      }),
    );
    if (done) {
      this.setGroupField('email', agendaItemId, '');
      this.setGroupField('role', agendaItemId, '');
    }
  }

  protected async removeFromWorkingGroup(agendaItemId: string, memberId: string): Promise<void> {
    await this.workingGroupRunner.run({ key: 'screening.workingGroupRemoved' }, () =>
      this.apollo.mutate({
        mutation: RemoveWorkingGroupMemberDocument,
        variables: { input: { agendaItemId, memberId } },
        refetchQueries: ['ScreeningBoard', 'Edition'],
        awaitRefetchQueries: true,
      }),
    );
  }
}

function pageSubject(view: QueryView<Board>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.title };
  return undefined;
}
