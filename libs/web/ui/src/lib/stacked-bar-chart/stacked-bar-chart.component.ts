import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface StackedBarSegment {
  /** The series it belongs to: its label in the legend and the table's column. */
  readonly label: string;
  readonly value: number;
  /** The value as the reader's language writes it. */
  readonly text: string;
}

export interface StackedBarRow {
  readonly label: string;
  /** A short text beside the label (a total, say). */
  readonly note?: string;
  /** One segment per series, in the same order on every row. */
  readonly segments: readonly StackedBarSegment[];
}

/**
 * Rows of stacked horizontal bars (how many countries are at each status, per paragraph), drawn with
 * CSS alone like the bar chart: no script, right to left through logical properties, the drawing hidden
 * from assistive technology, which reads the same numbers as a table. Series are told apart by colour
 * and by the order the legend gives, and each segment wide enough shows its number.
 */
@Component({
  selector: 'canopy-stacked-bar-chart',
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ caption() }}</figcaption>
      <div aria-hidden="true">
        <ul class="legend">
          @for (segment of rows()[0]?.segments ?? []; track segment.label; let index = $index) {
            <li class="legend-item">
              <span class="swatch" [class]="'swatch series-' + index"></span>{{ segment.label }}
            </li>
          }
        </ul>
        @for (row of rows(); track row.label) {
          <div class="row">
            <p class="row-label">
              {{ row.label }}
              @if (row.note) {
                <span class="note">{{ row.note }}</span>
              }
            </p>
            <div class="track">
              @for (segment of row.segments; track segment.label; let index = $index) {
                @if (segment.value > 0) {
                  <span
                    class="segment"
                    [class]="'segment series-' + index"
                    [style.inline-size.%]="share(row, segment.value)"
                    >{{ share(row, segment.value) >= 8 ? segment.text : '' }}</span
                  >
                }
              }
            </div>
          </div>
        }
      </div>
      <div class="cdk-visually-hidden">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ rowHeading() }}</th>
              @for (segment of rows()[0]?.segments ?? []; track segment.label) {
                <th scope="col">{{ segment.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.label) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (segment of row.segments; track segment.label) {
                  <td>{{ segment.text }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .figure {
      margin: 0;
    }
    .caption {
      margin-block-end: 0.75rem;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0 0 0.75rem;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-label-large);
    }
    .legend-item {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.875rem;
      block-size: 0.875rem;
      border-radius: 3px;
    }
    .row {
      margin-block-end: 0.625rem;
    }
    .row-label {
      margin-block: 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .note {
      margin-inline-start: 0.375rem;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .track {
      display: flex;
      block-size: 1.5rem;
      border-radius: 4px;
      background-color: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .segment {
      display: flex;
      align-items: center;
      justify-content: center;
      min-inline-size: 0;
      font: var(--mat-sys-label-medium);
      font-variant-numeric: tabular-nums;
    }
    .series-0 {
      background-color: #8c1d18;
      color: #ffffff;
    }
    .series-1 {
      background-color: #f2b8b5;
      color: #1d1b20;
    }
    .series-2 {
      background-color: #a8d5a2;
      color: #1d1b20;
    }
    .series-3 {
      background-color: #1e5a1a;
      color: #ffffff;
    }
    .series-4 {
      background-color: #79747e;
      color: #ffffff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StackedBarChartComponent {
  readonly caption = input.required<string>();
  /** The heading of the table's first column: what the rows are. */
  readonly rowHeading = input.required<string>();
  readonly rows = input.required<readonly StackedBarRow[]>();

  protected share(row: StackedBarRow, value: number): number {
    const total = row.segments.reduce((sum, segment) => sum + segment.value, 0);
    return total > 0 ? Math.round((1000 * value) / total) / 10 : 0;
  }
}
