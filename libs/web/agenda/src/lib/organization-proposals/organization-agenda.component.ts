import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ActionOutcomeComponent, ActionRunner, LocalDatePipe, toQueryView } from '@canopy/web/core';
import { OrganizationAgendaDocument, RespondToCosponsorshipDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';

const PAGE_SIZE = 20;

/** One organization's part in the agenda cycle: its proposals (drafts too), applications and co-sponsor requests. */
@Component({
  selector: 'canopy-organization-agenda',
  imports: [
    ActionOutcomeComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    LocalDatePipe,
    MatButton,
    MatProgressBar,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './organization-agenda.component.html',
  styleUrl: '../agenda.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationAgendaComponent {
  private readonly apollo = inject(Apollo);

  readonly organizationId = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: OrganizationAgendaDocument,
      variables: { id: this.organizationId(), first: PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toQueryView(this.result(), (data) =>
      data.organization ? { organization: data.organization, proposals: data.organizationProposals } : null,
    ),
  );
  protected readonly runner = new ActionRunner();
  protected readonly loadingMore = signal(false);

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  protected async loadMore(after: string | null | undefined): Promise<void> {
    if (this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      await this.query().fetchMore({ variables: { after } });
    } catch {
      // the button stays for another try
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async respond(proposalId: string, confirm: boolean, title: string): Promise<void> {
    await this.runner.run(
      { key: confirm ? 'organizationAgenda.confirmed' : 'organizationAgenda.declined', params: { title } },
      () =>
        this.apollo.mutate({
          mutation: RespondToCosponsorshipDocument,
          variables: { input: { proposalId, organizationId: this.organizationId(), confirm } },
          refetchQueries: ['OrganizationAgenda'],
          awaitRefetchQueries: true,
        }),
    );
  }
}
