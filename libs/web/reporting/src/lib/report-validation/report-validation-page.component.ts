import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  ActionOutcomeComponent,
  ActionRunner,
  LanguageService,
  RegionNamePipe,
  toQueryView,
} from '@canopy/web/core';
import {
  type AssessmentStatus,
  FileShadowAssessmentDocument,
  ReportValidationDocument,
  type ReportValidationQuery,
  SignOffParagraphDocument,
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
import { EvidenceEditorComponent } from '../shared/evidence-editor.component';
import { type EvidenceDraft, evidenceInput } from '../shared/evidence-draft';
import { EvidenceListComponent } from '../shared/evidence-list.component';
import { localized, STATUSES } from '../shared/reporting-text';
import { StatusTagComponent } from '../shared/status-tag.component';
import { needsEvidence, type AssessmentStatus as DomainStatus } from '@canopy/domain';

type Data = ReportValidationQuery;
const REFETCH = { refetchQueries: ['ReportValidation'], awaitRefetchQueries: true };

/**
 * Civil society's view while a report is open for validation: for each paragraph, the government's
 * assessment and, through one of the person's organizations of the country, a sign-off or a shadow
 * assessment of its own (status, narrative, evidence), to be published beside the government's.
 */
@Component({
  selector: 'canopy-report-validation-page',
  imports: [
    ActionOutcomeComponent,
    ErrorStateComponent,
    EvidenceEditorComponent,
    EvidenceListComponent,
    FormsModule,
    LoadingStateComponent,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatRadioButton,
    MatRadioGroup,
    NoticeComponent,
    PageHeaderComponent,
    RegionNamePipe,
    RouterLink,
    StatusTagComponent,
    TranslocoPipe,
  ],
  templateUrl: './report-validation-page.component.html',
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportValidationPageComponent {
  private readonly apollo = inject(Apollo);
  protected readonly language = inject(LanguageService);
  protected readonly statuses = STATUSES;

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ReportValidationDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() =>
    toQueryView(this.result(), (data) => (data.countryReport ? data : null)),
  );
  private readonly data = computed<Data | null>(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  /** The person's organizations that may validate (verified civil society of some country). */
  protected readonly organizations = computed(() => {
    const data = this.data();
    const allowed = new Set(data?.myReportingRoles.validatorOrganizationIds ?? []);
    return (data?.myOrganizations ?? []).map((row) => row.organization).filter((row) => allowed.has(row.id));
  });
  protected readonly organizationId = signal<string | null>(null);
  protected readonly acting = computed(() => this.organizationId() ?? this.organizations()[0]?.id ?? null);

  protected readonly position = signal(0);
  protected readonly item = computed(() => this.data()?.countryReport?.cycle.items[this.position()] ?? null);
  protected readonly assessment = computed(
    () => this.data()?.countryReport?.assessments?.find((row) => row.itemId === this.item()?.id) ?? null,
  );
  protected readonly mine = computed(
    () =>
      this.data()?.countryReport?.validations?.find(
        (row) => row.itemId === this.item()?.id && row.organization?.id === this.acting(),
      ) ?? null,
  );

  protected comment = '';
  protected readonly shadowStatus = signal<AssessmentStatus>('NOT_STARTED');
  protected shadowNarrative = '';
  protected readonly shadowEvidence = signal<readonly EvidenceDraft[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly runner = new ActionRunner();

  constructor() {
    effect(() => {
      this.item();
      this.acting();
      this.comment = '';
      this.shadowNarrative = '';
      this.shadowStatus.set('NOT_STARTED');
      this.shadowEvidence.set([]);
      this.problem.set(null);
    });
  }

  protected text(texts: readonly { language: string; text: string }[]): string {
    return localized(texts, this.language.code());
  }

  protected open(index: number): void {
    this.runner.clear();
    this.position.set(index);
  }

  protected async signOff(): Promise<void> {
    const reportId = this.data()?.countryReport?.id;
    const itemId = this.item()?.id;
    const organizationId = this.acting();
    if (!reportId || !itemId || !organizationId) return;
    await this.runner.run({ key: 'reporting.validation.signOffDone' }, () =>
      this.apollo.mutate({
        mutation: SignOffParagraphDocument,
        variables: { input: { reportId, itemId, organizationId, comment: this.comment.trim() || null } },
        ...REFETCH,
      }),
    );
  }

  protected async fileShadow(): Promise<void> {
    const reportId = this.data()?.countryReport?.id;
    const itemId = this.item()?.id;
    const organizationId = this.acting();
    if (!reportId || !itemId || !organizationId) return;
    const missing = needsEvidence(this.shadowStatus() as DomainStatus) && !this.shadowEvidence().length;
    this.problem.set(missing ? 'reporting.editor.problems.evidence' : null);
    if (missing) return;
    await this.runner.run({ key: 'reporting.validation.shadowDone' }, () =>
      this.apollo.mutate({
        mutation: FileShadowAssessmentDocument,
        variables: {
          input: {
            reportId,
            itemId,
            organizationId,
            status: this.shadowStatus(),
            narrative: this.shadowNarrative,
            evidence: this.shadowEvidence().map(evidenceInput),
          },
        },
        ...REFETCH,
      }),
    );
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}
