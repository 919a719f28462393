import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ParagraphChange } from '@canopy/domain';
import { LocalNumberPipe } from '@canopy/web/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** One numbered unit (paragraph, clause) lined up across two versions of a text. */
export interface TextComparisonRow {
  readonly change: `${ParagraphChange}`;
  readonly before?: string | null;
  readonly beforeNumber?: number | null;
  readonly after?: string | null;
  readonly afterNumber?: number | null;
}

/** How the subject names its units: translation keys given `number`, and `before`/`after` when moved. */
export interface ComparisonUnitLabels {
  readonly unit: string;
  readonly moved: string;
}

/**
 * Two versions of a consulted text lined up unit by unit, each marked in words (added, removed, changed,
 * unchanged) as well as by colour, the old wording struck through and the new one inserted, side by side
 * on a wide screen and one above the other on a phone.
 */
@Component({
  selector: 'canopy-text-comparison',
  imports: [LocalNumberPipe, TranslocoPipe],
  template: `
    <ol class="rows" data-testid="comparison">
      @for (row of rows(); track $index) {
        <li
          class="row"
          data-testid="comparison-row"
          [class]="'row ' + row.change.toLowerCase()"
          [attr.data-change]="row.change"
        >
          <p class="change">
            <span class="change-kind">{{ 'compare.change.' + row.change | transloco }}</span>
            <span class="numbers">
              @if (moved(row)) {
                {{
                  labels().moved
                    | transloco
                      : { before: (row.beforeNumber! | localNumber), after: (row.afterNumber! | localNumber) }
                }}
              } @else if (row.afterNumber ?? row.beforeNumber; as number) {
                {{ labels().unit | transloco: { number: (number | localNumber) } }}
              }
            </span>
          </p>
          @switch (row.change) {
            @case ('CHANGED') {
              <div class="sides">
                <div class="side before">
                  <p class="side-label">{{ 'compare.before' | transloco }}</p>
                  <del class="text" dir="auto">{{ row.before }}</del>
                </div>
                <div class="side after">
                  <p class="side-label">{{ 'compare.after' | transloco }}</p>
                  <ins class="text" dir="auto">{{ row.after }}</ins>
                </div>
              </div>
            }
            @case ('ADDED') {
              <ins class="text" dir="auto">{{ row.after }}</ins>
            }
            @case ('REMOVED') {
              <del class="text" dir="auto">{{ row.before }}</del>
            }
            @default {
              <p class="text" dir="auto">{{ row.after ?? row.before }}</p>
            }
          }
        </li>
      }
    </ol>
  `,
  styleUrl: './text-comparison.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextComparisonComponent {
  readonly rows = input.required<readonly TextComparisonRow[]>();
  readonly labels = input.required<ComparisonUnitLabels>();

  protected moved(row: TextComparisonRow): boolean {
    return (
      row.beforeNumber !== null &&
      row.beforeNumber !== undefined &&
      row.afterNumber !== null &&
      row.afterNumber !== undefined &&
      row.beforeNumber !== row.afterNumber
    );
  }
}
