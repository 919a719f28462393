import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { LocalDatePipe } from '@canopy/web/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EvidenceDraft, linkProblems } from './evidence-draft';
import { EvidenceUploadService, UploadRefused } from './evidence-upload.service';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The evidence of one assessment, edited: pieces listed with a way to remove each, a link added with
 * its description and date, or a document uploaded (checked by the API on arrival).
 */
@Component({
  selector: 'canopy-evidence-editor',
  imports: [FormsModule, LocalDatePipe, MatButton, MatFormField, MatInput, MatLabel, TranslocoPipe],
  template: `
    <fieldset class="fieldset" data-testid="evidence-editor">
      <legend class="side-label">{{ 'reporting.evidence.heading' | transloco }}</legend>
      @if (evidence().length) {
        <ul class="list">
          @for (piece of evidence(); track $index) {
            <li class="list-item" data-testid="evidence-draft">
              <span dir="auto">{{ piece.description }}</span>
              <span class="note">
                {{ 'reporting.evidence.kind.' + piece.kind | transloco }} · {{ piece.date | localDate }}
                @if (piece.fileName) {
                  · <bdi>{{ piece.fileName }}</bdi>
                }
              </span>
              <button
                mat-button
                type="button"
                [attr.aria-label]="'reporting.evidence.removeNamed' | transloco: { name: piece.description }"
                (click)="remove($index)"
              >
                {{ 'reporting.evidence.remove' | transloco }}
              </button>
            </li>
          }
        </ul>
      } @else {
        <p class="note">{{ 'reporting.evidence.none' | transloco }}</p>
      }
      <div class="pair">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'reporting.evidence.description' | transloco }}</mat-label>
          <input
            matInput
            name="evidence-description"
            data-testid="evidence-description"
            [(ngModel)]="description"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'reporting.evidence.date' | transloco }}</mat-label>
          <input
            matInput
            type="date"
            name="evidence-date"
            data-testid="evidence-date"
            [max]="maxDate"
            [(ngModel)]="date"
          />
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'reporting.evidence.url' | transloco }}</mat-label>
        <input
          matInput
          type="url"
          name="evidence-url"
          dir="ltr"
          data-testid="evidence-url"
          [(ngModel)]="url"
        />
      </mat-form-field>
      <div class="actions">
        <button mat-stroked-button type="button" data-testid="add-link" (click)="addLink()">
          {{ 'reporting.evidence.addLink' | transloco }}
        </button>
        <label class="upload">
          <span class="upload-label">{{ 'reporting.evidence.upload' | transloco }}</span>
          <input
            type="file"
            data-testid="evidence-file"
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods,.csv,.txt"
            [disabled]="uploading()"
            (change)="upload($event)"
          />
        </label>
      </div>
      <div aria-live="polite">
        @if (uploading()) {
          <p class="note">{{ 'reporting.evidence.uploading' | transloco }}</p>
        }
        @for (problem of problems(); track problem) {
          <p class="problem" data-testid="evidence-problem">{{ problem | transloco }}</p>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .fieldset {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      min-inline-size: 0;
    }
    .upload {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      font: var(--mat-sys-body-medium);
    }
  `,
  styleUrl: './reporting.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceEditorComponent {
  private readonly uploads = inject(EvidenceUploadService);

  readonly evidence = model.required<readonly EvidenceDraft[]>();
  readonly reportId = input.required<string>();
  /** For a shadow assessment: the organization the files are uploaded for. */
  readonly organizationId = input<string>();

  protected description = '';
  protected date = today();
  protected url = '';
  protected readonly maxDate = today();
  protected readonly uploading = signal(false);
  protected readonly problems = signal<string[]>([]);

  protected remove(index: number): void {
    this.evidence.update((pieces) => pieces.filter((_, i) => i !== index));
  }

  protected addLink(): void {
    const found = linkProblems({ url: this.url, description: this.description, date: this.date }, today());
    const problems = Object.values(found).filter((problem): problem is string => !!problem);
    this.problems.set(problems);
    if (problems.length) return;
    this.evidence.update((pieces) => [
      ...pieces,
      {
        kind: 'LINK',
        description: this.description.trim(),
        date: this.date,
        url: this.url.trim(),
        fileId: null,
        fileName: null,
        assemblyId: null,
      },
    ]);
    this.description = '';
    this.url = '';
  }

  protected async upload(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    if (!file) return;
    const problems = linkProblems(
      { url: 'https://canopy.invalid', description: this.description || file.name, date: this.date },
      today(),
    );
    const found = [problems.date].filter((problem): problem is string => !!problem);
    this.problems.set(found);
    if (found.length) return;
    this.uploading.set(true);
    try {
      const uploaded = await this.uploads.upload(this.reportId(), file, this.organizationId());
      this.evidence.update((pieces) => [
        ...pieces,
        {
          kind: 'DOCUMENT',
          description: this.description.trim() || uploaded.fileName,
          date: this.date,
          url: null,
          fileId: uploaded.id,
          fileName: uploaded.fileName,
          assemblyId: null,
        },
      ]);
      this.description = '';
    } catch (error) {
      const status = error instanceof UploadRefused ? error.status : 0;
      this.problems.set([
        status === 413
          ? 'reporting.evidence.problems.tooLarge'
          : status === 400
            ? 'reporting.evidence.problems.type'
            : 'reporting.evidence.problems.upload',
      ]);
    } finally {
      this.uploading.set(false);
      field.value = '';
    }
  }
}
