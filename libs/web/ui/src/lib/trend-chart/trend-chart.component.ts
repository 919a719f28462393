import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TREND_HEIGHT, TREND_WIDTH, trendGeometry, type TrendPoint } from './trend-geometry';

export type { TrendPoint } from './trend-geometry';

/**
 * A small line of a measured value over time against its target, drawn as inline SVG (nothing to
 * download, crisp on any screen). Time runs in the reading direction: the drawing is mirrored right to
 * left. Assistive technology reads the same figures from a table instead of the drawing.
 */
@Component({
  selector: 'canopy-trend-chart',
  template: `
    <figure class="figure">
      <figcaption class="caption">{{ caption() }}</figcaption>
      @let shape = geometry();
      <svg
        class="drawing"
        aria-hidden="true"
        focusable="false"
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
      >
        @if (shape.targetY !== null) {
          <line class="target" x1="0" [attr.x2]="width" [attr.y1]="shape.targetY" [attr.y2]="shape.targetY" />
        }
        @if (shape.dots.length > 1) {
          <polyline class="line" [attr.points]="shape.line" />
        }
        @for (dot of shape.dots; track $index) {
          <circle
            [class]="dot.meetsTarget ? 'dot meets' : 'dot misses'"
            [attr.cx]="dot.x"
            [attr.cy]="dot.y"
            r="3.5"
          />
        }
      </svg>
      @if (points().length) {
        <p class="ends" aria-hidden="true">
          <span>{{ points()[0].label }}</span>
          @if (points().length > 1) {
            <span>{{ points()[points().length - 1].label }}</span>
          }
        </p>
      }
      <div class="cdk-visually-hidden">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ periodHeading() }}</th>
              <th scope="col">{{ valueHeading() }}</th>
              <th scope="col">{{ targetHeading() }}</th>
            </tr>
          </thead>
          <tbody>
            @for (point of points(); track $index) {
              <tr>
                <th scope="row">{{ point.label }}</th>
                <td>{{ point.text }}</td>
                <td>{{ point.meetsTarget ? meetsText() : missesText() }}</td>
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
      margin-block-end: 0.25rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .drawing {
      display: block;
      inline-size: 100%;
      max-inline-size: 20rem;
      aspect-ratio: 240 / 72;
      overflow: visible;
    }
    :host-context([dir='rtl']) .drawing {
      transform: scaleX(-1);
    }
    .target {
      stroke: var(--mat-sys-outline);
      stroke-width: 1;
      stroke-dasharray: 4 3;
      vector-effect: non-scaling-stroke;
    }
    .line {
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }
    .dot {
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }
    .meets {
      fill: var(--mat-sys-primary);
      stroke: var(--mat-sys-primary);
    }
    .misses {
      fill: var(--mat-sys-surface);
      stroke: var(--mat-sys-error);
    }
    .ends {
      display: flex;
      justify-content: space-between;
      max-inline-size: 20rem;
      margin-block: 0.25rem 0;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChartComponent {
  readonly caption = input.required<string>();
  /** Oldest first. */
  readonly points = input.required<readonly TrendPoint[]>();
  readonly target = input<number | null>(null);
  /** Column headings and the words for a period that meets or misses the target, for the table. */
  readonly periodHeading = input.required<string>();
  readonly valueHeading = input.required<string>();
  readonly targetHeading = input.required<string>();
  readonly meetsText = input.required<string>();
  readonly missesText = input.required<string>();

  protected readonly width = TREND_WIDTH;
  protected readonly height = TREND_HEIGHT;
  protected readonly geometry = computed(() => trendGeometry(this.points(), this.target()));
}
