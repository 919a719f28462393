import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface BarChartBar {
  readonly label: string;
  readonly value: number;
  /** The value as the reader's language writes it. */
  readonly text: string;
}

export interface BarChartGroup {
  readonly label: string;
  /** A short remark shown beside the group's label ("all three sectors"). */
  readonly note?: string;
  readonly bars: readonly BarChartBar[];
}

/**
 * Grouped horizontal bars drawn with CSS alone: no script to download, nothing to lay out on a slow
 * phone, right to left for free through logical properties. The drawing is hidden from assistive
 * technology, which reads the same numbers as a table instead.
 */
@Component({
  selector: 'canopy-bar-chart',
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ caption() }}</figcaption>
      <div class="groups" aria-hidden="true">
        @for (group of groups(); track group.label) {
          <div class="group">
            <p class="group-label">
              {{ group.label }}
              @if (group.note) {
                <span class="note">{{ group.note }}</span>
              }
            </p>
            @for (bar of group.bars; track bar.label; let index = $index) {
              <div class="row">
                <span class="bar-label">{{ bar.label }}</span>
                <span class="track">
                  <span
                    class="bar"
                    [class]="'bar series-' + index"
                    [style.inline-size.%]="share(bar.value)"
                  ></span>
                </span>
                <span class="value">{{ bar.text }}</span>
              </div>
            }
          </div>
        }
      </div>
      <!-- A table ignores the 1px width of visually hidden content: its wrapper clips it. -->
      <div class="cdk-visually-hidden">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ groupHeading() }}</th>
              @for (bar of groups()[0]?.bars ?? []; track bar.label) {
                <th scope="col">{{ bar.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (group of groups(); track group.label) {
              <tr>
                <th scope="row">
                  {{ group.label }}
                  @if (group.note) {
                    , {{ group.note }}
                  }
                </th>
                @for (bar of group.bars; track bar.label) {
                  <td>{{ bar.text }}</td>
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
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1rem 1.5rem;
    }
    .group-label {
      margin-block: 0 0.375rem;
      font: var(--mat-sys-title-small);
    }
    .note {
      margin-inline-start: 0.375rem;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-primary);
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr 2.5rem;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 1.75rem;
      font: var(--mat-sys-body-medium);
    }
    .track {
      block-size: 0.875rem;
      border-radius: 4px;
      background-color: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .bar {
      display: block;
      block-size: 100%;
      min-inline-size: 0;
      background-color: var(--mat-sys-primary);
    }
    .series-1 {
      background-color: var(--mat-sys-tertiary);
    }
    .series-2 {
      background-color: var(--mat-sys-secondary);
    }
    .series-3 {
      background-color: var(--mat-sys-outline);
    }
    .value {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChartComponent {
  readonly caption = input.required<string>();
  /** The heading of the table's first column: what the groups are. */
  readonly groupHeading = input.required<string>();
  readonly groups = input.required<readonly BarChartGroup[]>();
  /** The value a full bar stands for; the largest value by default. */
  readonly max = input<number>();

  protected share(value: number): number {
    const max =
      this.max() ?? Math.max(0, ...this.groups().flatMap((group) => group.bars.map((bar) => bar.value)));
    return max > 0 ? Math.round((100 * value) / max) : 0;
  }
}
