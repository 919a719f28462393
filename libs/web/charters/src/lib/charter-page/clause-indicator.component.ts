import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatDate, formatNumber, LanguageService, LocalNumberPipe } from '@canopy/web/core';
import type { CharterEditionPageFragment } from '../graphql/generated';
import { TrendChartComponent, type TrendPoint } from '@canopy/web/ui/charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

type Clause = CharterEditionPageFragment['sections'][number]['clauses'][number];

/**
 * What a clause's indicator measures, its target, and its trend: the latest reading of each period,
 * marked as meeting the target or not.
 */
@Component({
  selector: 'canopy-clause-indicator',
  imports: [LocalNumberPipe, TranslocoPipe, TrendChartComponent],
  template: `
    @let indicator = clause().indicator!;
    @let points = trend();
    <div class="indicator" data-testid="clause-indicator">
      <p class="name">
        <span class="label">{{ 'charter.indicator.label' | transloco }}</span>
        <bdi>{{ indicator.name }}</bdi>
      </p>
      <p class="facts">
        {{
          'charter.indicator.target.' + indicator.direction
            | transloco: { target: (indicator.target | localNumber), unit: indicator.unit }
        }}
        · {{ 'charterEditor.frequency.' + indicator.frequency | transloco }}
      </p>
      @if (points.length) {
        @let latest = clause().trend[clause().trend.length - 1];
        <p class="latest" data-testid="indicator-latest" [attr.data-meets]="latest.meetsTarget">
          {{
            (latest.meetsTarget ? 'charter.indicator.latestMeets' : 'charter.indicator.latestMisses')
              | transloco
                : {
                    value: points[points.length - 1].text,
                    unit: indicator.unit,
                    period: points[points.length - 1].label,
                  }
          }}
        </p>
        <canopy-trend-chart
          data-testid="indicator-trend"
          [caption]="caption()"
          [points]="points"
          [target]="indicator.target"
          [periodHeading]="'charter.indicator.period' | transloco"
          [valueHeading]="'charter.indicator.value' | transloco: { unit: indicator.unit }"
          [targetHeading]="'charter.indicator.targetColumn' | transloco"
          [meetsText]="'charter.indicator.meets' | transloco"
          [missesText]="'charter.indicator.misses' | transloco"
        />
      } @else {
        <p class="facts" data-testid="indicator-no-readings">
          {{ 'charter.indicator.noReadings' | transloco }}
        </p>
      }
    </div>
  `,
  styles: `
    .indicator {
      display: grid;
      gap: 0.25rem;
      margin-block-start: 0.5rem;
      padding: 0.75rem;
      border-radius: 8px;
      background-color: var(--mat-sys-surface-container-low);
    }
    .name,
    .facts,
    .latest {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .label {
      margin-inline-end: 0.375rem;
      font: var(--mat-sys-label-large);
    }
    .facts {
      color: var(--mat-sys-on-surface-variant);
    }
    .latest {
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClauseIndicatorComponent {
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  readonly clause = input.required<Clause>();

  protected readonly trend = computed<TrendPoint[]>(() => {
    const locale = this.language.formatLocale();
    return this.clause().trend.map((point) => ({
      label: formatDate(point.periodEnd, locale),
      value: point.value,
      text: formatNumber(point.value, locale),
      meetsTarget: point.meetsTarget,
    }));
  });

  protected readonly caption = computed(() => {
    const indicator = this.clause().indicator!;
    return this.transloco.translate(
      'charter.indicator.caption',
      {
        name: indicator.name,
        target: formatNumber(indicator.target, this.language.formatLocale()),
        unit: indicator.unit,
      },
      this.language.code(),
    );
  });
}
