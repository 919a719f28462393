import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LocalNumberPipe, PluralPipe } from '@canopy/web/core';
import type { ConsultationSummaryFragment } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { CommentThreadsComponent } from '../comments/comment-threads.component';
import type { ConsultationCommentsSource } from '../comments/consultation-comments-source';
import type { TextUnitLabels } from '../text-unit-labels';

/**
 * Beside one numbered unit of the text: how many comments it has, and a button that opens its threads
 * below it. The threads are asked for only once opened.
 */
@Component({
  selector: 'canopy-paragraph-comments',
  imports: [CommentThreadsComponent, LocalNumberPipe, MatButton, PluralPipe, TranslocoPipe],
  template: `
    @let number = paragraph();
    <button
      mat-button
      type="button"
      class="paragraph-toggle"
      data-testid="paragraph-comments-toggle"
      [attr.aria-expanded]="expanded()"
      [attr.aria-controls]="regionId()"
      (click)="expanded.set(!expanded())"
    >
      {{ labels().comments | plural: count() : { number: (number | localNumber) } }}
    </button>
    <div
      class="paragraph-comments"
      role="region"
      [id]="regionId()"
      [attr.aria-label]="labels().region | transloco: { number: (number | localNumber) }"
      [hidden]="!expanded()"
    >
      @if (expanded()) {
        <canopy-comment-threads
          [consultation]="consultation()"
          [source]="source()"
          [paragraph]="number"
          [returnUrl]="returnUrl()"
          (posted)="posted.emit()"
        />
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .paragraph-comments {
      margin-block-start: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParagraphCommentsComponent {
  readonly consultation =
    input.required<Pick<ConsultationSummaryFragment, 'id' | 'state' | 'paragraphCounts'>>();
  /** The subject's query that reaches the consultation's comments. */
  readonly source = input.required<ConsultationCommentsSource>();
  /** The unit's number, from 1. */
  readonly paragraph = input.required<number>();
  readonly labels = input.required<TextUnitLabels>();
  /** Where signing in brings the person back to. */
  readonly returnUrl = input.required<string>();
  /** A comment or reply was posted: counts elsewhere on the page are out of date. */
  readonly posted = output<void>();

  protected readonly expanded = signal(false);
  protected readonly regionId = computed(() => `paragraph-${this.paragraph()}-comments`);
  protected readonly count = computed(
    () =>
      this.consultation().paragraphCounts.find((count) => count.paragraph === this.paragraph())?.comments ??
      0,
  );
}
