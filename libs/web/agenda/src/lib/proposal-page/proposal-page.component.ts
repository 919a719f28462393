import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  completeData,
  FailureMessagePipe,
  LocalDatePipe,
  LocalNumberPipe,
  PageSubject,
  PageTitleService,
  type QueryView,
  requireData,
  toQueryView,
} from '@canopy/web/core';
import { MyOrganizationsDocument } from '../graphql/generated';
import {
  CosponsorCandidatesDocument,
  EndorseProposalAsOrganizationDocument,
  EndorseProposalDocument,
  ProposalDocument,
  type ProposalDetailsFragment,
  RequestCosponsorDocument,
  WithdrawProposalDocument,
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
import { EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { safeLink } from '../proposal-form/proposal-draft';
import { canProposeAgain } from '../proposal-states';

type Outcome =
  { readonly kind: 'done'; readonly key: string } | { readonly kind: 'failed'; readonly error: unknown };

const ENDORSABLE_STATES = ['SUBMITTED', 'SCREENED', 'SELECTED'];

/** A proposal's full record: its text, state, sponsors, endorsements, screening scores and lineage. */
@Component({
  selector: 'canopy-proposal-page',
  imports: [
    ErrorStateComponent,
    FailureMessagePipe,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatAnchor,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './proposal-page.component.html',
  styleUrls: ['../agenda.css', './proposal-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  protected readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();
  /** `1` right after the organization submitted it. */
  readonly submitted = input<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ProposalDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.proposal));
  private readonly proposal = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  private readonly memberships = toSignal(
    toObservable(this.session.signedIn).pipe(
      switchMap((signedIn) =>
        signedIn
          ? this.apollo.watchQuery({ query: MyOrganizationsDocument, fetchPolicy: 'cache-and-network' })
              .valueChanges
          : EMPTY,
      ),
    ),
  );
  /** The person's organizations other than the proposing one: they may endorse it. */
  protected readonly endorsingChoices = computed(() => {
    const proposal = this.proposal();
    const endorsed = new Set(proposal?.endorsingOrganizations.map((organization) => organization.id));
    return (completeData(this.memberships())?.myOrganizations ?? [])
      .map((membership) => membership.organization)
      .filter(
        (organization) => organization.id !== proposal?.organization.id && !endorsed.has(organization.id),
      );
  });
  protected readonly isProposer = computed(() => !!this.proposal()?.organization.viewerRole);
  protected readonly endorsable = computed(() =>
    ENDORSABLE_STATES.includes(this.proposal()?.state ?? 'DRAFT'),
  );
  protected readonly laterEditions = computed(() => {
    const proposal = this.proposal();
    if (!proposal || !canProposeAgain(proposal.state) || !this.isProposer()) return [];
    return proposal.edition.assembly.editions.filter(
      (edition) => edition.number > proposal.edition.number && edition.proposalWindow.state === 'OPEN',
    );
  });
  protected readonly withdrawable = computed(() =>
    ['DRAFT', 'SUBMITTED', 'SCREENED'].includes(this.proposal()?.state ?? ''),
  );
  protected readonly criterionNames = computed(
    () => new Map(this.proposal()?.edition.criteria.map((criterion) => [criterion.key, criterion.name])),
  );
  protected readonly links = computed(() =>
    (this.proposal()?.evidenceLinks ?? []).map((link) => ({ text: link, href: safeLink(link) })),
  );

  private readonly candidatesWanted = signal(false);
  private readonly candidates = toSignal(
    toObservable(this.candidatesWanted).pipe(
      switchMap((wanted) =>
        wanted
          ? this.apollo.watchQuery({ query: CosponsorCandidatesDocument, variables: { first: 100 } })
              .valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly cosponsorChoices = computed(() => {
    const proposal = this.proposal();
    const asked = new Set(proposal?.cosponsors.map((cosponsor) => cosponsor.organization.id));
    return (completeData(this.candidates())?.organizations.edges ?? [])
      .map((edge) => edge.node)
      .filter((organization) => organization.id !== proposal?.organization.id && !asked.has(organization.id));
  });

  protected readonly endorsingOrganizationId = signal('');
  protected readonly cosponsorOrganizationId = signal('');
  protected readonly confirmingWithdrawal = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      this.pageTitle.setSubject(pageSubject(this.view()));
    });
    effect(() => {
      if (this.isProposer()) this.candidatesWanted.set(true);
    });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }

  protected endorse(): Promise<void> {
    return this.act('proposal.endorsed', () =>
      this.apollo.mutate({
        mutation: EndorseProposalDocument,
        variables: { input: { proposalId: this.id() } },
      }),
    );
  }

  protected endorseAsOrganization(): Promise<void> {
    const organizationId = this.endorsingOrganizationId();
    if (!organizationId) return Promise.resolve();
    return this.act('proposal.endorsedAsOrganization', () =>
      this.apollo.mutate({
        mutation: EndorseProposalAsOrganizationDocument,
        variables: { input: { proposalId: this.id(), organizationId } },
      }),
    );
  }

  protected requestCosponsor(): Promise<void> {
    const organizationId = this.cosponsorOrganizationId();
    if (!organizationId) return Promise.resolve();
    return this.act('proposal.cosponsorRequested', () =>
      this.apollo.mutate({
        mutation: RequestCosponsorDocument,
        variables: { input: { proposalId: this.id(), organizationId } },
      }),
    );
  }

  protected withdraw(): Promise<void> {
    return this.act('proposal.withdrawn', () =>
      this.apollo.mutate({
        mutation: WithdrawProposalDocument,
        variables: { input: { proposalId: this.id() } },
      }),
    );
  }

  private async act(doneKey: string, mutate: () => ReturnType<Apollo['mutate']>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.outcome.set(null);
    try {
      requireData(await firstValueFrom(mutate()));
      this.outcome.set({ kind: 'done', key: doneKey });
      this.confirmingWithdrawal.set(false);
      this.endorsingOrganizationId.set('');
      this.cosponsorOrganizationId.set('');
      await this.query().refetch();
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
    } finally {
      this.busy.set(false);
    }
  }
}

function pageSubject(view: QueryView<ProposalDetailsFragment>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.title };
  if (view.status === 'not-found') return { key: 'proposal.notFound.heading' };
  return undefined;
}
