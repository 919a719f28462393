import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  ActionOutcomeComponent,
  ActionRunner,
  fieldProblems,
  LanguageService,
  LocalDatePipe,
  LocalNumberPipe,
  PageTitleService,
  RegionNamePipe,
  toQueryView,
} from '@canopy/web/core';
import {
  OpenReportValidationDocument,
  PublishCountryReportDocument,
  ReportEditorDocument,
  type ReportEditorQuery,
  type ReportEvent,
  ReturnReportToDraftDocument,
  SaveParagraphAssessmentDocument,
  SendReportForReviewDocument,
  StartReportCorrectionDocument,
  SubmitCountryReportDocument,
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
import { type Observable, switchMap } from 'rxjs';
import { EvidenceEditorComponent } from '../shared/evidence-editor.component';
import { MechanismsEditorComponent } from './mechanisms-editor.component';
import type { EvidenceDraft } from '../shared/evidence-draft';
import { localized, STATUSES } from '../shared/reporting-text';
import { StatusTagComponent } from '../shared/status-tag.component';
import {
  draftProblems,
  IndicatorValueDraft,
  ParagraphDraft,
  paragraphDraft,
  paragraphInput,
} from './paragraph-draft';

type Report = NonNullable<ReportEditorQuery['countryReport']>;

const REFETCH = { refetchQueries: ['ReportEditor'], awaitRefetchQueries: true };
const EDITABLE = new Set(['DRAFT', 'INTERNAL_REVIEW']);

/**
 * The officials' editor: one paragraph at a time (status, narrative, evidence, indicator figures), each
 * saved as they go, the progress through the report, civil society's answers once validation runs, and
 * the steps the report's state allows (as the API lists them in `events`). The API checks it all again.
 */
@Component({
  selector: 'canopy-report-editor-page',
  imports: [
    ActionOutcomeComponent,
    ErrorStateComponent,
    EvidenceEditorComponent,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatRadioButton,
    MatRadioGroup,
    MechanismsEditorComponent,
    NoticeComponent,
    PageHeaderComponent,
    RegionNamePipe,
    RouterLink,
    StatusTagComponent,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './report-editor-page.component.html',
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportEditorPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  protected readonly language = inject(LanguageService);
  protected readonly statuses = STATUSES;

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: ReportEditorDocument,
      variables: { id: this.id() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data.countryReport));
  private readonly report = computed<Report | null>(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });

  protected readonly position = signal(0);
  protected readonly items = computed(() => this.report()?.cycle.items ?? []);
  protected readonly item = computed(() => this.items()[this.position()] ?? null);
  protected readonly editable = computed(() => EDITABLE.has(this.report()?.state ?? ''));
  protected readonly events = computed(() => new Set<ReportEvent>(this.report()?.events ?? []));
  protected readonly statusOf = computed(
    () =>
      new Map((this.report()?.assessments ?? []).map((assessment) => [assessment.itemId, assessment.status])),
  );
  protected readonly answers = computed(() => {
    const item = this.item();
    return (this.report()?.validations ?? []).filter((validation) => validation.itemId === item?.id);
  });

  /** The paragraph being written; set afresh from what is saved whenever another one is opened. */
  protected readonly draft = signal<ParagraphDraft>(paragraphDraft(null));
  protected readonly problems = signal<string[]>([]);
  protected readonly saveRunner = new ActionRunner();
  /** The last save was refused because someone else saved this paragraph meanwhile. */
  protected readonly stale = computed(() => {
    const outcome = this.saveRunner.outcome();
    return (
      outcome?.kind === 'failed' &&
      fieldProblems(outcome.error).some((problem) => problem.reason === 'STALE_ASSESSMENT')
    );
  });
  protected readonly stepRunner = new ActionRunner();
  protected changeNote = '';
  protected returnReason = '';

  constructor() {
    effect(() => {
      const report = this.report();
      this.pageTitle.setSubject(report ? { text: `${report.country.name} ${report.cycle.year}` } : undefined);
    });
    // Opening another paragraph, or a save of this one, resets the form to what is saved; other
    // refetches (the mechanisms saved, a step taken) leave what is being typed alone.
    let shown = '';
    effect(() => {
      const item = this.item();
      const saved = this.report()?.assessments?.find((assessment) => assessment.itemId === item?.id);
      const key = `${item?.id}|${saved?.revision ?? 0}|${this.report()?.state}`;
      if (key === shown) return;
      shown = key;
      this.draft.set(paragraphDraft(saved));
      this.problems.set([]);
    });
  }

  protected summary(texts: readonly { language: string; text: string }[]): string {
    return localized(texts, this.language.code());
  }

  protected open(index: number): void {
    this.saveRunner.clear();
    this.position.set(index);
  }

  protected update(change: Partial<ParagraphDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  protected setEvidence(evidence: readonly EvidenceDraft[]): void {
    this.update({ evidence });
  }

  protected addValue(indicator: string): void {
    this.update({
      values: [
        ...this.draft().values,
        { indicator, year: String(new Date().getFullYear() - 1), value: '', dimension: '', group: '' },
      ],
    });
  }

  protected setValue(index: number, change: Partial<IndicatorValueDraft>): void {
    this.update({
      values: this.draft().values.map((value, i) => (i === index ? { ...value, ...change } : value)),
    });
  }

  protected removeValue(index: number): void {
    this.update({ values: this.draft().values.filter((_, i) => i !== index) });
  }

  /** Saves this paragraph; with `next`, opens the following one once saved. */
  protected async save(next: boolean): Promise<void> {
    const report = this.report();
    const item = this.item();
    if (!report || !item) return;
    const problems = draftProblems(this.draft());
    this.problems.set(problems);
    if (problems.length) return;
    const saved = await this.saveRunner.run(
      { key: 'reporting.editor.saved', params: { code: item.code } },
      () =>
        this.apollo.mutate({
          mutation: SaveParagraphAssessmentDocument,
          variables: { input: paragraphInput(report.id, item.id, this.draft()) },
          ...REFETCH,
        }),
    );
    if (saved && next && this.position() < this.items().length - 1)
      this.position.update((position) => position + 1);
  }

  protected async step(event: ReportEvent): Promise<void> {
    const reportId = this.report()?.id;
    if (!reportId) return;
    const done = { key: `reporting.editor.done.${event}` };
    await this.stepRunner.run<unknown>(done, () => this.stepMutation(event, reportId));
  }

  private stepMutation(
    event: ReportEvent,
    reportId: string,
  ): Observable<{ data?: unknown; error?: unknown }> {
    const input = { reportId };
    switch (event) {
      case 'SEND_FOR_REVIEW':
        return this.apollo.mutate({
          mutation: SendReportForReviewDocument,
          variables: { input },
          ...REFETCH,
        });
      case 'OPEN_VALIDATION':
        return this.apollo.mutate({
          mutation: OpenReportValidationDocument,
          variables: { input },
          ...REFETCH,
        });
      case 'SUBMIT':
        return this.apollo.mutate({
          mutation: SubmitCountryReportDocument,
          variables: { input },
          ...REFETCH,
        });
      case 'START_CORRECTION':
        return this.apollo.mutate({
          mutation: StartReportCorrectionDocument,
          variables: { input },
          ...REFETCH,
        });
      case 'RETURN_TO_DRAFT':
        return this.apollo.mutate({
          mutation: ReturnReportToDraftDocument,
          variables: { input: { reportId, reason: this.returnReason.trim() || null } },
          ...REFETCH,
        });
      case 'PUBLISH':
        return this.apollo.mutate({
          mutation: PublishCountryReportDocument,
          variables: { input: { reportId, changeNote: this.changeNote.trim() || null } },
          ...REFETCH,
        });
    }
  }

  /** Drops what was typed for the paragraph as saved by the other person. */
  protected async reloadSaved(): Promise<void> {
    await this.query()
      .refetch()
      .catch(() => undefined);
    this.saveRunner.clear();
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}
