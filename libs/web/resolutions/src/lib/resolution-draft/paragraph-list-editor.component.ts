import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  model,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { focusMoveButton, MoveButtonsComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  addParagraph,
  changeParagraph,
  moveParagraph,
  type ParagraphDraft,
  removeParagraph,
} from './paragraph-drafts';

/**
 * The paragraphs of a draft, in order: write, add, remove, and move each up or down. Moving is done with
 * buttons, so it works the same by keyboard, pointer and screen reader; focus stays with the paragraph
 * moved, and the new position is announced.
 */
@Component({
  selector: 'canopy-paragraph-list-editor',
  imports: [MatButton, MatFormField, MatInput, MatLabel, MoveButtonsComponent, TranslocoPipe],
  template: `
    <fieldset class="paragraphs">
      <legend class="legend">{{ 'resolutionDraft.paragraphs' | transloco }}</legend>
      <p class="note">{{ 'resolutionDraft.paragraphsHint' | transloco }}</p>
      <ol class="list">
        @for (
          paragraph of paragraphs();
          track paragraph.key;
          let index = $index, first = $first, last = $last
        ) {
          <li class="paragraph" data-testid="paragraph-draft" [attr.data-key]="paragraph.key">
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
              <mat-label>{{ 'resolutionDraft.paragraph' | transloco: { number: index + 1 } }}</mat-label>
              <textarea
                matInput
                rows="3"
                required
                data-testid="paragraph-text"
                [attr.aria-invalid]="showProblems() && !paragraph.text.trim()"
                [value]="paragraph.text"
                (input)="change(index, $event)"
              ></textarea>
            </mat-form-field>
            <canopy-move-buttons
              testId="paragraph"
              [moveKey]="paragraph.key"
              [first]="first"
              [last]="last"
              [labels]="{
                up: 'resolutionDraft.moveUp' | transloco,
                down: 'resolutionDraft.moveDown' | transloco,
                remove: 'resolutionDraft.remove' | transloco,
                item: 'resolutionDraft.paragraph' | transloco: { number: index + 1 },
              }"
              (moved)="move(index, $event)"
              (removed)="remove(index)"
            />
          </li>
        }
      </ol>
      <button mat-stroked-button type="button" data-testid="paragraph-add" (click)="add()">
        {{ 'resolutionDraft.addParagraph' | transloco }}
      </button>
      <p class="cdk-visually-hidden" aria-live="polite">
        @if (announcement(); as announcement) {
          {{ announcement.key | transloco: announcement.params }}
        }
      </p>
    </fieldset>
  `,
  styles: `
    .paragraphs {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .legend {
      padding: 0;
      margin-block-end: 0.25rem;
      font: var(--mat-sys-title-medium);
    }
    .note {
      margin-block: 0 0.75rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      margin: 0 0 0.75rem;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 0.75rem;
    }
    .field {
      inline-size: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParagraphListEditorComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly paragraphs = model.required<ParagraphDraft[]>();
  /** Marks blank paragraphs once the form was sent. */
  readonly showProblems = input(false);

  protected readonly announcement = signal<{ key: string; params: Record<string, unknown> } | null>(null);

  protected change(index: number, event: Event): void {
    this.paragraphs.update((drafts) =>
      changeParagraph(drafts, index, (event.target as HTMLTextAreaElement).value),
    );
  }

  protected add(): void {
    this.paragraphs.update(addParagraph);
    const count = this.paragraphs().length;
    this.announcement.set({ key: 'resolutionDraft.added', params: { number: count } });
    this.focusAfterRender(`[data-testid="paragraph-draft"]:last-child textarea`);
  }

  protected remove(index: number): void {
    this.paragraphs.update((drafts) => removeParagraph(drafts, index));
    this.announcement.set({ key: 'resolutionDraft.removed', params: { number: index + 1 } });
    const count = this.paragraphs().length;
    this.focusAfterRender(
      count === 0
        ? '[data-testid="paragraph-add"]'
        : `[data-testid="paragraph-draft"]:nth-child(${Math.min(index + 1, count)}) textarea`,
    );
  }

  protected move(index: number, offset: number): void {
    const key = this.paragraphs()[index]?.key;
    this.paragraphs.update((drafts) => moveParagraph(drafts, index, offset));
    const at = this.paragraphs().findIndex((draft) => draft.key === key);
    this.announcement.set({ key: 'resolutionDraft.moved', params: { from: index + 1, to: at + 1 } });
    focusMoveButton(this.host.nativeElement, key, offset, this.injector);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
