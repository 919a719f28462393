import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CYCLE_YEARS, newCycleProblem, nextCycleYear } from '@canopy/domain';
import {
  ActionOutcomeComponent,
  ActionRunner,
  fieldProblems,
  LocalDatePipe,
  PluralPipe,
  ProblemMessagePipe,
  toQueryView,
} from '@canopy/web/core';
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
import {
  CreateReportingCycleDocument,
  LoadReportingCatalogueDocument,
  ReportingAdminDocument,
} from '../graphql/generated';

/**
 * Platform admins' desk for WHA77.2 reporting: load a new version of the catalogue of operative
 * paragraphs from its data file (a corrected wording, a later resolution), and open the next biennial
 * cycle on a catalogue version with its deadline.
 */
@Component({
  selector: 'canopy-reporting-admin-page',
  imports: [
    ActionOutcomeComponent,
    ErrorStateComponent,
    FormsModule,
    LoadingStateComponent,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    PluralPipe,
    ProblemMessagePipe,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './reporting-admin-page.component.html',
  styleUrl: '../shared/reporting.css',
  styles: `
    .rows {
      display: grid;
      gap: 0.5rem;
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .row {
      font: var(--mat-sys-body-medium);
    }
    .name {
      font-weight: 700;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      max-inline-size: 40rem;
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .pair > * {
      flex: 1 1 12rem;
    }
    .json {
      font-family: ui-monospace, monospace;
    }
    .upload {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font: var(--mat-sys-body-medium);
    }
    .problems {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportingAdminPageComponent {
  private readonly apollo = inject(Apollo);
  protected readonly session = inject(SessionService);
  protected readonly years = CYCLE_YEARS;

  private readonly query = this.apollo.watchQuery({
    query: ReportingAdminDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.query.valueChanges);
  protected readonly view = computed(() => toQueryView(this.result(), (data) => data));
  private readonly ready = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.data : null;
  });
  /** The catalogue file being loaded, as JSON text (typed, pasted, or read from a chosen file). */
  protected readonly catalogueText = signal('');
  protected readonly catalogueRunner = new ActionRunner();
  /** What is wrong with a refused file, each with where in it (`items.3.summary`): nothing was loaded. */
  protected readonly catalogueProblems = computed(() => {
    const outcome = this.catalogueRunner.outcome();
    if (outcome?.kind !== 'failed') return [];
    // The API names fields from its input (`catalogue.items.3`); the admin reads paths in the file.
    return fieldProblems(outcome.error).map((problem) => ({
      ...problem,
      field: problem.field.replace(/^catalogue\.?/, '') || 'catalogue',
    }));
  });

  private readonly suggestedYear = computed(() =>
    nextCycleYear(this.ready()?.reportingCycles.map((cycle) => cycle.year) ?? []),
  );
  private readonly newestCatalogue = computed(() => this.ready()?.reportingCatalogues[0]?.version ?? '');
  /** The next biennial year and the newest catalogue, until the admin picks others. */
  protected readonly year = linkedSignal<number | null>(() => this.suggestedYear());
  protected readonly deadline = signal('');
  protected readonly catalogueVersion = linkedSignal(() => this.newestCatalogue());
  protected readonly cycleRunner = new ActionRunner();
  /** What the form itself finds missing before anything is sent. */
  protected readonly cycleProblem = signal<'year' | 'deadline' | 'catalogue' | null>(null);

  protected retry(): void {
    void this.query.refetch();
  }

  protected async readFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.catalogueText.set(await file.text());
  }

  protected async loadCatalogue(): Promise<void> {
    const loaded = await this.catalogueRunner.run(null, () =>
      this.apollo.mutate({
        mutation: LoadReportingCatalogueDocument,
        variables: { input: { catalogue: this.catalogueText() } },
        refetchQueries: [{ query: ReportingAdminDocument }],
        awaitRefetchQueries: true,
      }),
    );
    if (!loaded) return;
    const version = loaded.loadReportingCatalogue.version;
    this.catalogueRunner.outcome.set({
      kind: 'done',
      key: 'reporting.admin.catalogueLoaded',
      params: { version },
    });
    this.catalogueText.set('');
  }

  protected async createCycle(): Promise<void> {
    const year = Number(this.year());
    this.cycleProblem.set(
      newCycleProblem(year, this.deadline()) ?? (this.catalogueVersion() ? null : 'catalogue'),
    );
    if (this.cycleProblem()) return;
    const created = await this.cycleRunner.run(null, () =>
      this.apollo.mutate({
        mutation: CreateReportingCycleDocument,
        variables: {
          input: {
            year,
            deadline: this.deadline(),
            catalogueVersion: this.catalogueVersion(),
          },
        },
        refetchQueries: [{ query: ReportingAdminDocument }, 'ReportingCycles'],
        awaitRefetchQueries: true,
      }),
    );
    if (!created) return;
    this.cycleRunner.outcome.set({
      kind: 'done',
      key: 'reporting.admin.cycleCreated',
      params: { year: created.createReportingCycle.year },
    });
    this.deadline.set('');
  }
}
