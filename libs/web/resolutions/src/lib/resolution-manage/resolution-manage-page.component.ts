import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { RESOLUTION_LIMITS } from '@canopy/domain';
import {
  ActionOutcomeComponent,
  ActionRunner,
  completeData,
  DateRangePipe,
  LocalDatePipe,
  LocalNumberPipe,
  toQueryView,
  type PageSubject,
  PageTitleService,
  type QueryView,
} from '@canopy/web/core';
import {
  AddCommitmentDocument,
  AdoptResolutionDocument,
  CloseConsultationDocument,
  CloseResolutionDocument,
  DeferResolutionDocument,
  OpenConsultationDocument,
  OrganizationChoicesDocument,
  ResolutionManageDocument,
  type ResolutionManageQuery,
  TableResolutionDocument,
  TransmitResolutionDocument,
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
import { EMPTY, switchMap } from 'rxjs';
import { type Adoption, AdoptFormComponent, type OrganizationChoice } from './adopt-form.component';
import { fromDateTimeLocal, manageActions, toDateTimeLocal } from './manage-actions';
import { ReviseFormComponent } from './revise-form.component';

type Resolution = NonNullable<ResolutionManageQuery['resolution']>;

const REFETCH = { refetchQueries: ['ResolutionManage'], awaitRefetchQueries: true };
const WEEK_MS = 7 * 86_400_000;

/**
 * The secretariat's desk for one resolution: its current version, and the next steps its state allows
 * (revise, consult, table, record the sitting's decision, transmit, follow up, close). The domain's state
 * machine decides which actions show; the API checks each one again.
 */
@Component({
  selector: 'canopy-resolution-manage-page',
  imports: [
    ActionOutcomeComponent,
    AdoptFormComponent,
    DateRangePipe,
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
    ReviseFormComponent,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './resolution-manage-page.component.html',
  styleUrls: ['../resolutions.css', './desk.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolutionManagePageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  private readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ResolutionManageDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.resolution));
  private readonly resolution = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  protected readonly isSecretariat = computed(
    () => !!this.resolution()?.edition?.assembly.viewerRoles.includes('SECRETARIAT'),
  );
  /** The working group may write new versions too; everything else is the secretariat's. */
  protected readonly mayRevise = computed(() => {
    const me = this.session.me();
    return (
      this.isSecretariat() ||
      (!!me && !!this.resolution()?.agendaItem?.workingGroup.some((member) => member.person?.id === me.id))
    );
  });
  protected readonly actions = computed(() => {
    const resolution = this.resolution();
    return resolution ? manageActions(resolution.state, resolution.consultation) : null;
  });
  protected readonly paragraphTexts = computed(
    () => this.resolution()?.currentVersion.paragraphs.map((paragraph) => paragraph.text) ?? [],
  );

  /** Organizations to choose from: the edition's constituencies and the country's government bodies. */
  private readonly choicesNeeded = computed(() => {
    const resolution = this.resolution();
    const actions = this.actions();
    if (!resolution?.edition || !this.isSecretariat() || !(actions?.decide || actions?.transmit)) return null;
    return {
      editionId: resolution.edition.id,
      countryCode: resolution.edition.assembly.jurisdiction.country.iso2 ?? null,
    };
  });
  private readonly choicesResult = toSignal(
    toObservable(this.choicesNeeded).pipe(
      switchMap((variables) =>
        variables
          ? this.apollo.watchQuery({ query: OrganizationChoicesDocument, variables }).valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly governmentOrganizations = computed<OrganizationChoice[]>(
    () => completeData(this.choicesResult())?.organizations.edges.map((edge) => edge.node) ?? [],
  );
  protected readonly reservationOrganizations = computed<OrganizationChoice[]>(() => {
    const data = completeData(this.choicesResult());
    const constituencies = data?.edition?.constituencies.edges.map((edge) => edge.node.organization) ?? [];
    const all = [...constituencies, ...this.governmentOrganizations()];
    return all
      .filter((organization, index) => all.findIndex((other) => other.id === organization.id) === index)
      .sort((a, b) => a.name.localeCompare(b.name));
  });

  protected readonly limits = RESOLUTION_LIMITS;
  protected readonly consultationRunner = new ActionRunner();
  protected readonly stepRunner = new ActionRunner();
  protected readonly decisionRunner = new ActionRunner();
  protected readonly transmitRunner = new ActionRunner();
  protected readonly commitmentRunner = new ActionRunner();
  protected readonly closeRunner = new ActionRunner();

  protected readonly opensAt = signal('');
  protected readonly closesAt = signal(toDateTimeLocal(new Date(Date.now() + 2 * WEEK_MS)));
  protected readonly consultationProblem = signal(false);
  protected readonly deferring = signal(false);
  protected readonly deferralReason = signal('');
  protected readonly deferralProblem = signal(false);
  protected readonly governmentBody = signal('');
  protected readonly championId = signal('');
  protected readonly transmitProblem = signal(false);
  protected readonly commitment = signal({ actor: '', action: '', dueOn: '' });
  protected readonly commitmentProblem = signal(false);

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

  protected async openConsultation(): Promise<void> {
    const closesAt = fromDateTimeLocal(this.closesAt());
    const opensAt = this.opensAt() ? fromDateTimeLocal(this.opensAt()) : null;
    this.consultationProblem.set(!closesAt || (!!this.opensAt() && !opensAt));
    if (this.consultationProblem()) return;
    await this.consultationRunner.run({ key: 'resolutionManage.consultation.opened' }, () =>
      this.apollo.mutate({
        mutation: OpenConsultationDocument,
        variables: { input: { resolutionId: this.id(), closesAt: closesAt!, opensAt } },
        ...REFETCH,
      }),
    );
  }

  protected async closeConsultation(): Promise<void> {
    await this.consultationRunner.run({ key: 'resolutionManage.consultation.closed' }, () =>
      this.apollo.mutate({
        mutation: CloseConsultationDocument,
        variables: { input: { resolutionId: this.id() } },
        ...REFETCH,
      }),
    );
  }

  protected async table(): Promise<void> {
    await this.stepRunner.run({ key: 'resolutionManage.tabled' }, () =>
      this.apollo.mutate({
        mutation: TableResolutionDocument,
        variables: { input: { resolutionId: this.id() } },
        ...REFETCH,
      }),
    );
  }

  protected async defer(): Promise<void> {
    const reason = this.deferralReason().trim();
    this.deferralProblem.set(!reason);
    if (!reason) return;
    const done = await this.decisionRunner.run({ key: 'resolutionManage.defer.done' }, () =>
      this.apollo.mutate({
        mutation: DeferResolutionDocument,
        variables: { input: { resolutionId: this.id(), reason } },
        ...REFETCH,
      }),
    );
    if (done) this.deferring.set(false);
  }

  protected async adopt(adoption: Adoption): Promise<void> {
    await this.decisionRunner.run({ key: 'resolutionManage.adopt.done' }, () =>
      this.apollo.mutate({
        mutation: AdoptResolutionDocument,
        variables: { input: { resolutionId: this.id(), ...adoption } },
        ...REFETCH,
      }),
    );
  }

  protected async transmit(): Promise<void> {
    const governmentBody = this.governmentBody().trim();
    const championOrganizationId = this.championId();
    this.transmitProblem.set(!governmentBody || !championOrganizationId);
    if (this.transmitProblem()) return;
    await this.transmitRunner.run({ key: 'resolutionManage.transmit.done' }, () =>
      this.apollo.mutate({
        mutation: TransmitResolutionDocument,
        variables: { input: { resolutionId: this.id(), governmentBody, championOrganizationId } },
        ...REFETCH,
      }),
    );
  }

  protected setCommitment(field: 'actor' | 'action' | 'dueOn', value: string): void {
    this.commitment.update((commitment) => ({ ...commitment, [field]: value }));
  }

  protected async addCommitment(): Promise<void> {
    const { actor, action, dueOn } = this.commitment();
    this.commitmentProblem.set(!actor.trim() || !action.trim());
    if (this.commitmentProblem()) return;
    const done = await this.commitmentRunner.run({ key: 'resolutionManage.commitment.added' }, () =>
      this.apollo.mutate({
        mutation: AddCommitmentDocument,
        variables: {
          input: {
            resolutionId: this.id(),
            actor: actor.trim(),
            action: action.trim(),
            dueOn: dueOn || null,
          },
        },
        ...REFETCH,
      }),
    );
    if (done) this.commitment.set({ actor: '', action: '', dueOn: '' });
  }

  protected async close(): Promise<void> {
    await this.closeRunner.run({ key: 'resolutionManage.closed' }, () =>
      this.apollo.mutate({
        mutation: CloseResolutionDocument,
        variables: { input: { resolutionId: this.id() } },
        ...REFETCH,
      }),
    );
  }
}

function pageSubject(view: QueryView<Resolution>): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.data.code };
  return undefined;
}
