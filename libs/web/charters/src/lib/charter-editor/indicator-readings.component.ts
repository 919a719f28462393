import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CHARTER_LIMITS } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, LocalDatePipe, LocalNumberPipe } from '@canopy/web/core';
import { type CharterEditorQuery, RecordIndicatorReadingDocument } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';

type Clause = NonNullable<CharterEditorQuery['charter']>['currentEdition']['clauses'][number];

interface ReadingDraft {
  periodEnd: string;
  value: string;
  note: string;
  organizationId: string;
}

const blank = (): ReadingDraft => ({ periodEnd: '', value: '', note: '', organizationId: '' });

/**
 * Readings of the indicators of the edition in force, clause by clause: the end of the period
 * measured, the value, a note; a responsible organization of the reader's may report as itself.
 */
@Component({
  selector: 'canopy-indicator-readings',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    LocalDatePipe,
    LocalNumberPipe,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslocoPipe,
  ],
  template: `
    <ol class="records" data-testid="readings">
      @for (clause of measured(); track clause.id) {
        @let indicator = clause.indicator!;
        @let draft = drafts()[clause.id] ?? blankDraft;
        @let runner = runnerFor(clause.id);
        @let own = ownResponsible(clause);
        <li class="record" data-testid="reading-clause" [attr.data-clause]="clause.number">
          <p class="record-title">
            {{ 'charterEditor.readings.clause' | transloco: { number: clause.number } }}
            <bdi>{{ indicator.name }}</bdi>
          </p>
          <p class="facts">
            {{
              'charterEditor.readings.target'
                | transloco
                  : {
                      target: (indicator.target | localNumber),
                      unit: indicator.unit,
                      frequency: ('charterEditor.frequency.' + indicator.frequency | transloco),
                    }
            }}
          </p>
          @if (clause.readings.length) {
            <ul class="readings" data-testid="reading-list">
              @for (reading of clause.readings.slice(-5); track reading.id) {
                <li data-testid="reading">
                  {{
                    'charterEditor.readings.reading'
                      | transloco
                        : {
                            date: (reading.periodEnd | localDate),
                            value: (reading.value | localNumber),
                            unit: indicator.unit,
                          }
                  }}
                  @if (reading.note) {
                    <bdi>— {{ reading.note }}</bdi>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="note">{{ 'charterEditor.readings.none' | transloco }}</p>
          }
          <form class="form" data-testid="reading-form" novalidate (ngSubmit)="record(clause)">
            <div class="pair">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
                <mat-label>{{
                  'charterEditor.readings.periodEnd' | transloco: { number: clause.number }
                }}</mat-label>
                <input
                  matInput
                  type="date"
                  name="periodEnd"
                  required
                  data-testid="reading-period"
                  [attr.aria-invalid]="problems()[clause.id] === 'periodEnd'"
                  [ngModel]="draft.periodEnd"
                  (ngModelChange)="set(clause.id, 'periodEnd', $event)"
                />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
                <mat-label>{{
                  'charterEditor.readings.value' | transloco: { number: clause.number }
                }}</mat-label>
                <input
                  matInput
                  name="value"
                  inputmode="decimal"
                  required
                  data-testid="reading-value"
                  [attr.aria-invalid]="problems()[clause.id] === 'value'"
                  [ngModel]="draft.value"
                  (ngModelChange)="set(clause.id, 'value', $event)"
                />
                <mat-hint
                  ><bdi>{{ indicator.unit }}</bdi></mat-hint
                >
              </mat-form-field>
            </div>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
              <mat-label>{{
                'charterEditor.readings.note' | transloco: { number: clause.number }
              }}</mat-label>
              <input
                matInput
                name="note"
                data-testid="reading-note"
                [maxlength]="limits.noteMaxLength"
                [ngModel]="draft.note"
                (ngModelChange)="set(clause.id, 'note', $event)"
              />
            </mat-form-field>
            @if (own.length) {
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
                <mat-label>{{
                  'charterEditor.readings.as' | transloco: { number: clause.number }
                }}</mat-label>
                <select
                  matNativeControl
                  name="organizationId"
                  data-testid="reading-as"
                  [ngModel]="draft.organizationId"
                  (ngModelChange)="set(clause.id, 'organizationId', $event)"
                >
                  @if (asCommittee()) {
                    <option value="">{{ 'charterEditor.readings.asCommittee' | transloco }}</option>
                  }
                  @for (organization of own; track organization.id) {
                    <option [value]="organization.id">{{ organization.name }}</option>
                  }
                </select>
              </mat-form-field>
            }
            @if (problems()[clause.id]; as problem) {
              <p class="problem" role="alert">{{ 'charterEditor.readings.needs.' + problem | transloco }}</p>
            }
            <canopy-action-outcome testId="reading" [outcome]="runner.outcome()" />
            <div class="actions">
              <button
                mat-stroked-button
                type="submit"
                data-testid="reading-submit"
                [disabled]="runner.busy()"
              >
                {{ 'charterEditor.readings.submit' | transloco: { number: clause.number } }}
              </button>
            </div>
          </form>
        </li>
      } @empty {
        <li class="note">{{ 'charterEditor.readings.noIndicators' | transloco }}</li>
      }
    </ol>
  `,
  styles: `
    .readings {
      margin-block: 0.5rem 0.75rem;
      padding-inline-start: 1.25rem;
      font: var(--mat-sys-body-medium);
    }
  `,
  styleUrls: ['../charters-desk.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorReadingsComponent {
  private readonly apollo = inject(Apollo);

  readonly clauses = input.required<readonly Clause[]>();
  /** The organizations the reader belongs to: those named responsible on a clause may report as such. */
  readonly myOrganizationIds = input<readonly string[]>([]);
  /** Whether the reader sits on the committee; if not, they report for an organization named responsible. */
  readonly asCommittee = input(true);
  /** The query to refresh once a reading is recorded. */
  readonly refetch = input('CharterEditor');

  protected readonly limits = CHARTER_LIMITS;
  protected readonly blankDraft = blank();
  protected readonly measured = computed(() => this.clauses().filter((clause) => !!clause.indicator));
  protected readonly drafts = signal<Partial<Record<string, ReadingDraft>>>({});
  protected readonly problems = signal<Record<string, 'periodEnd' | 'value' | undefined>>({});
  private readonly runners = new Map<string, ActionRunner>();

  protected runnerFor(clauseId: string): ActionRunner {
    let runner = this.runners.get(clauseId);
    if (!runner) this.runners.set(clauseId, (runner = new ActionRunner()));
    return runner;
  }

  protected ownResponsible(clause: Clause): { id: string; name: string }[] {
    const mine = new Set(this.myOrganizationIds());
    return clause.responsible.flatMap((actor) =>
      actor.organization && mine.has(actor.organization.id) ? [actor.organization] : [],
    );
  }

  protected set(clauseId: string, field: keyof ReadingDraft, value: string): void {
    this.drafts.update((drafts) => ({
      ...drafts,
      [clauseId]: { ...(drafts[clauseId] ?? blank()), [field]: value },
    }));
  }

  protected async record(clause: Clause): Promise<void> {
    const draft = this.drafts()[clause.id] ?? blank();
    const value = Number(draft.value.trim().replace(',', '.'));
    const problem = !draft.periodEnd
      ? 'periodEnd'
      : !draft.value.trim() || !Number.isFinite(value)
        ? 'value'
        : undefined;
    this.problems.update((problems) => ({ ...problems, [clause.id]: problem }));
    if (problem) return;
    const done = await this.runnerFor(clause.id).run({ key: 'charterEditor.readings.recorded' }, () =>
      this.apollo.mutate({
        mutation: RecordIndicatorReadingDocument,
        variables: {
          input: {
            clauseId: clause.id,
            periodEnd: draft.periodEnd,
            value,
            note: draft.note.trim() || null,
            organizationId:
              draft.organizationId ||
              (this.asCommittee() ? null : this.ownResponsible(clause)[0]?.id) ||
              null,
          },
        },
        refetchQueries: [this.refetch()],
        awaitRefetchQueries: true,
      }),
    );
    if (done) this.drafts.update((drafts) => ({ ...drafts, [clause.id]: blank() }));
  }
}
