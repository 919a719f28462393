import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CommitmentStatus, RESOLUTION_LIMITS } from '@canopy/domain';
import { PublishProgressDocument } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { evidenceLines, type EvidenceProblem, evidenceProblem } from './evidence-links';
import { ActionOutcomeComponent, ActionRunner } from '@canopy/web/core';

/** The champion publishes where one commitment stands: a status, what was done, and the evidence. */
@Component({
  selector: 'canopy-progress-form',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslocoPipe,
  ],
  template: `
    <form class="form" data-testid="progress-form" novalidate (ngSubmit)="publish()">
      <h4 class="form-heading">{{ 'championCommitments.form.heading' | transloco }}</h4>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'championCommitments.form.status' | transloco }}</mat-label>
        <select
          matNativeControl
          name="status"
          required
          data-testid="progress-status"
          [ngModel]="status()"
          (ngModelChange)="status.set($event)"
        >
          @for (choice of statuses; track choice) {
            <option [value]="choice">{{ 'trace.status.' + choice | transloco }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'championCommitments.form.narrative' | transloco }}</mat-label>
        <textarea
          matInput
          name="narrative"
          rows="4"
          required
          data-testid="progress-narrative"
          [maxlength]="limits.narrativeMaxLength"
          [attr.aria-invalid]="narrativeMissing()"
          [ngModel]="narrative()"
          (ngModelChange)="narrative.set($event)"
        ></textarea>
        <mat-hint>{{ 'championCommitments.form.narrativeHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'championCommitments.form.evidence' | transloco }}</mat-label>
        <textarea
          matInput
          name="evidence"
          rows="2"
          dir="ltr"
          data-testid="progress-evidence"
          [attr.aria-invalid]="!!linksProblem()"
          [ngModel]="evidence()"
          (ngModelChange)="evidence.set($event)"
        ></textarea>
        <mat-hint>{{
          'championCommitments.form.evidenceHint' | transloco: { max: limits.evidenceLinks }
        }}</mat-hint>
      </mat-form-field>
      @if (narrativeMissing() || linksProblem()) {
        <p class="problem" role="alert" data-testid="progress-problem">
          @if (narrativeMissing()) {
            {{ 'championCommitments.form.narrativeMissing' | transloco }}
          }
          @if (linksProblem(); as problem) {
            {{ 'championCommitments.form.' + problem | transloco: { max: limits.evidenceLinks } }}
          }
        </p>
      }
      <canopy-action-outcome [testId]="'progress-' + commitmentId()" [outcome]="runner.outcome()" />
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="progress-submit" [disabled]="runner.busy()">
          {{ 'championCommitments.form.submit' | transloco }}
        </button>
      </div>
    </form>
  `,
  styleUrls: ['../resolutions.css', '../resolution-manage/desk.css'],
  styles: `
    .form-heading {
      margin-block: 0.5rem 0;
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressFormComponent {
  private readonly apollo = inject(Apollo);

  readonly commitmentId = input.required<string>();

  protected readonly limits = RESOLUTION_LIMITS;
  protected readonly statuses = Object.values(CommitmentStatus);
  protected readonly status = signal<CommitmentStatus>(CommitmentStatus.ON_GOING);
  protected readonly narrative = signal('');
  protected readonly evidence = signal('');
  protected readonly narrativeMissing = signal(false);
  protected readonly linksProblem = signal<EvidenceProblem | null>(null);
  protected readonly runner = new ActionRunner();

  protected async publish(): Promise<void> {
    const narrative = this.narrative().trim();
    const evidenceLinks = evidenceLines(this.evidence());
    this.narrativeMissing.set(!narrative);
    this.linksProblem.set(evidenceProblem(evidenceLinks));
    if (this.narrativeMissing() || this.linksProblem()) return;
    const done = await this.runner.run({ key: 'championCommitments.form.done' }, () =>
      this.apollo.mutate({
        mutation: PublishProgressDocument,
        variables: {
          input: { commitmentId: this.commitmentId(), status: this.status(), narrative, evidenceLinks },
        },
        refetchQueries: ['ChampionCommitments'],
        awaitRefetchQueries: true,
      }),
    );
    if (done) {
      this.narrative.set('');
      this.evidence.set('');
    }
  }
}
