import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActionOutcomeComponent, ActionRunner } from '@canopy/web/core';
import {
  type MechanismFrequency,
  type MechanismInput,
  type MechanismLevel,
  type MechanismType,
  SaveReportMechanismsDocument,
} from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';

export interface MechanismDraft {
  name: string;
  type: MechanismType;
  level: MechanismLevel;
  legalBasis: string;
  frequency: MechanismFrequency;
  budget: string;
  currency: string;
  participants: string;
  assemblyId: string | null;
}

type SavedMechanism = Omit<MechanismDraft, 'budget' | 'currency'> & {
  budget?: number | null;
  currency?: string | null;
};

const TYPES: MechanismType[] = ['ASSEMBLY', 'COUNCIL', 'CONSULTATION', 'CITIZENS_JURY', 'COMMITTEE', 'OTHER'];
const LEVELS: MechanismLevel[] = ['NATIONAL', 'SUBNATIONAL', 'LOCAL'];
const FREQUENCIES: MechanismFrequency[] = ['CONTINUOUS', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'AD_HOC'];

export function mechanismInput(draft: MechanismDraft): MechanismInput {
  const budget = draft.budget.trim();
  return {
    name: draft.name,
    type: draft.type,
    level: draft.level,
    legalBasis: draft.legalBasis,
    frequency: draft.frequency,
    budget: budget === '' ? null : Number(budget),
    currency: budget === '' ? null : draft.currency.trim().toUpperCase() || null,
    participants: draft.participants,
    assemblyId: draft.assemblyId,
  };
}

/** The participatory mechanisms the country runs, listed in its report and saved as a whole. */
@Component({
  selector: 'canopy-mechanisms-editor',
  imports: [ActionOutcomeComponent, FormsModule, MatButton, MatFormField, MatInput, MatLabel, TranslocoPipe],
  template: `
    <form class="form" data-testid="mechanisms-form" (submit)="$event.preventDefault(); save()">
      @for (mechanism of drafts(); track $index; let index = $index) {
        <fieldset class="section" data-testid="mechanism-draft">
          <legend class="side-label">
            {{ 'reporting.mechanisms.number' | transloco: { number: index + 1 } }}
          </legend>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
            <mat-label>{{ 'reporting.mechanisms.name' | transloco }}</mat-label>
            <input
              matInput
              dir="auto"
              [name]="'m-name-' + index"
              data-testid="mechanism-name"
              [(ngModel)]="mechanism.name"
            />
          </mat-form-field>
          <div class="pair">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'reporting.mechanisms.typeLabel' | transloco }}</mat-label>
              <select matNativeControl [name]="'m-type-' + index" [(ngModel)]="mechanism.type">
                @for (type of types; track type) {
                  <option [value]="type">{{ 'reporting.mechanisms.type.' + type | transloco }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'reporting.mechanisms.levelLabel' | transloco }}</mat-label>
              <select matNativeControl [name]="'m-level-' + index" [(ngModel)]="mechanism.level">
                @for (level of levels; track level) {
                  <option [value]="level">{{ 'reporting.mechanisms.level.' + level | transloco }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'reporting.mechanisms.frequencyLabel' | transloco }}</mat-label>
              <select matNativeControl [name]="'m-frequency-' + index" [(ngModel)]="mechanism.frequency">
                @for (frequency of frequencies; track frequency) {
                  <option [value]="frequency">
                    {{ 'reporting.mechanisms.frequency.' + frequency | transloco }}
                  </option>
                }
              </select>
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
            <mat-label>{{ 'reporting.mechanisms.legalBasis' | transloco }}</mat-label>
            <input
              matInput
              dir="auto"
              [name]="'m-legal-' + index"
              data-testid="mechanism-legal-basis"
              [(ngModel)]="mechanism.legalBasis"
            />
          </mat-form-field>
          <div class="pair">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'reporting.mechanisms.budget' | transloco }}</mat-label>
              <input
                matInput
                inputmode="decimal"
                [name]="'m-budget-' + index"
                [(ngModel)]="mechanism.budget"
              />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'reporting.mechanisms.currency' | transloco }}</mat-label>
              <input matInput maxlength="3" [name]="'m-currency-' + index" [(ngModel)]="mechanism.currency" />
            </mat-form-field>
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
            <mat-label>{{ 'reporting.mechanisms.participants' | transloco }}</mat-label>
            <textarea
              matInput
              rows="2"
              dir="auto"
              [name]="'m-participants-' + index"
              data-testid="mechanism-participants"
              [(ngModel)]="mechanism.participants"
            ></textarea>
          </mat-form-field>
          <div class="actions">
            <button mat-button type="button" (click)="remove(index)">
              {{ 'reporting.mechanisms.remove' | transloco }}
            </button>
          </div>
        </fieldset>
      }
      <canopy-action-outcome testId="mechanisms" [outcome]="runner.outcome()" />
      <div class="actions">
        <button mat-stroked-button type="button" data-testid="mechanism-add" (click)="add()">
          {{ 'reporting.mechanisms.add' | transloco }}
        </button>
        <button mat-flat-button type="submit" data-testid="mechanisms-save" [disabled]="runner.busy()">
          {{ 'reporting.mechanisms.save' | transloco }}
        </button>
      </div>
    </form>
  `,
  styleUrl: '../shared/reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MechanismsEditorComponent {
  private readonly apollo = inject(Apollo);
  protected readonly types = TYPES;
  protected readonly levels = LEVELS;
  protected readonly frequencies = FREQUENCIES;

  readonly reportId = input.required<string>();
  readonly saved = input.required<readonly SavedMechanism[]>();

  protected readonly drafts = signal<MechanismDraft[]>([]);
  protected readonly runner = new ActionRunner();

  constructor() {
    effect(() => {
      this.drafts.set(
        this.saved().map((mechanism) => ({
          ...mechanism,
          budget: mechanism.budget === null || mechanism.budget === undefined ? '' : String(mechanism.budget),
          currency: mechanism.currency ?? '',
        })),
      );
    });
  }

  protected add(): void {
    this.drafts.update((drafts) => [
      ...drafts,
      {
        name: '',
        type: 'ASSEMBLY',
        level: 'NATIONAL',
        legalBasis: '',
        frequency: 'YEARLY',
        budget: '',
        currency: '',
        participants: '',
        assemblyId: null,
      },
    ]);
  }

  protected remove(index: number): void {
    this.drafts.update((drafts) => drafts.filter((_, i) => i !== index));
  }

  protected async save(): Promise<void> {
    await this.runner.run({ key: 'reporting.mechanisms.saved' }, () =>
      this.apollo.mutate({
        mutation: SaveReportMechanismsDocument,
        variables: { input: { reportId: this.reportId(), mechanisms: this.drafts().map(mechanismInput) } },
        refetchQueries: ['ReportEditor'],
        awaitRefetchQueries: true,
      }),
    );
  }
}
