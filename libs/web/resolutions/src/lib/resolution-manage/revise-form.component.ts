import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RESOLUTION_LIMITS } from '@canopy/domain';
import { ReviseResolutionDocument } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import {
  type ParagraphDraft,
  paragraphsProblem,
  paragraphTexts,
  toParagraphDrafts,
} from '../resolution-draft/paragraph-drafts';
import { ParagraphListEditorComponent } from '../resolution-draft/paragraph-list-editor.component';
import { ActionOutcomeComponent, ActionRunner } from '@canopy/web/core';

/**
 * A new version: starts from the current paragraphs, says what changed and why, and may retitle the
 * resolution. The versions before it stay as they were.
 */
@Component({
  selector: 'canopy-revise-form',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ParagraphListEditorComponent,
    TranslocoPipe,
  ],
  template: `
    @if (!open()) {
      <canopy-action-outcome testId="revise" [outcome]="runner.outcome()" />
      <button mat-stroked-button type="button" data-testid="revise-start" (click)="start()">
        {{ 'resolutionManage.revise.start' | transloco }}
      </button>
    } @else {
      <form class="form" data-testid="revise-form" novalidate (ngSubmit)="revise()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'resolutionManage.revise.title' | transloco }}</mat-label>
          <input
            matInput
            name="title"
            data-testid="revise-title"
            [maxlength]="limits.titleMaxLength"
            [ngModel]="title()"
            (ngModelChange)="title.set($event)"
          />
          <mat-hint>{{ 'resolutionManage.revise.titleHint' | transloco }}</mat-hint>
        </mat-form-field>
        <canopy-paragraph-list-editor [(paragraphs)]="paragraphs" [showProblems]="submitted()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'resolutionManage.revise.changeNote' | transloco }}</mat-label>
          <textarea
            matInput
            name="changeNote"
            rows="3"
            required
            data-testid="revise-change-note"
            [maxlength]="limits.changeNoteMaxLength"
            [attr.aria-invalid]="submitted() && noteMissing()"
            [ngModel]="changeNote()"
            (ngModelChange)="changeNote.set($event)"
          ></textarea>
          <mat-hint>{{ 'resolutionManage.revise.changeNoteHint' | transloco }}</mat-hint>
        </mat-form-field>
        @if (submitted() && (noteMissing() || problem())) {
          <p class="problem" role="alert" data-testid="revise-problem">
            @if (noteMissing()) {
              {{ 'resolutionManage.revise.noteMissing' | transloco }}
            }
            @if (problem(); as problem) {
              {{ 'resolutionDraft.problem.' + problem | transloco: { max: limits.paragraphs } }}
            }
          </p>
        }
        <canopy-action-outcome testId="revise" [outcome]="runner.outcome()" />
        <div class="actions">
          <button mat-flat-button type="submit" data-testid="revise-submit" [disabled]="runner.busy()">
            {{ 'resolutionManage.revise.submit' | transloco }}
          </button>
          <button mat-button type="button" (click)="open.set(false)">
            {{ 'resolutionManage.cancel' | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styleUrls: ['../resolutions.css', './desk.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviseFormComponent {
  private readonly apollo = inject(Apollo);

  readonly resolutionId = input.required<string>();
  readonly currentTitle = input.required<string>();
  readonly currentParagraphs = input.required<readonly string[]>();
  readonly revised = output<void>();

  protected readonly limits = RESOLUTION_LIMITS;
  protected readonly open = signal(false);
  protected readonly title = signal('');
  protected readonly changeNote = signal('');
  protected readonly paragraphs = signal<ParagraphDraft[]>([]);
  protected readonly submitted = signal(false);
  protected readonly noteMissing = computed(() => !this.changeNote().trim());
  protected readonly problem = computed(() => paragraphsProblem(this.paragraphs()));
  protected readonly runner = new ActionRunner();

  protected start(): void {
    this.runner.clear();
    this.title.set(this.currentTitle());
    this.changeNote.set('');
    this.paragraphs.set(toParagraphDrafts(this.currentParagraphs()));
    this.submitted.set(false);
    this.open.set(true);
  }

  protected async revise(): Promise<void> {
    this.submitted.set(true);
    if (this.noteMissing() || this.problem()) return;
    const title = this.title().trim();
    const data = await this.runner.run({ key: 'resolutionManage.revise.done' }, () =>
      this.apollo.mutate({
        mutation: ReviseResolutionDocument,
        variables: {
          input: {
            resolutionId: this.resolutionId(),
            changeNote: this.changeNote().trim(),
            paragraphs: paragraphTexts(this.paragraphs()),
            title: title && title !== this.currentTitle() ? title : null,
          },
        },
        refetchQueries: ['ResolutionManage'],
        awaitRefetchQueries: true,
      }),
    );
    if (data) {
      this.open.set(false);
      this.revised.emit();
    }
  }
}
