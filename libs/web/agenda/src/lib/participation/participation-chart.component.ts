import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatNumber, LanguageService } from '@canopy/web/core';
import { BarChartComponent, type BarChartGroup } from '@canopy/web/ui/charts';
import { TranslocoService } from '@jsverse/transloco';
import { type ParticipationRow, toParticipationChart } from './participation-chart';

/** The triangle of an edition: organizations per sector at each stage, as bars and as a table. */
@Component({
  selector: 'canopy-participation-chart',
  imports: [BarChartComponent],
  template: `
    <canopy-bar-chart
      data-testid="participation-chart"
      [caption]="caption()"
      [groupHeading]="groupHeading()"
      [groups]="groups()"
      [max]="max()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipationChartComponent {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly participation = input.required<readonly ParticipationRow[]>();

  private readonly chart = computed(() => toParticipationChart(this.participation()));
  protected readonly max = computed(() => this.chart().max);
  protected readonly caption = computed(() => this.translate('participation.caption'));
  protected readonly groupHeading = computed(() => this.translate('participation.stage'));
  protected readonly groups = computed((): BarChartGroup[] => {
    const locale = this.language.formatLocale();
    return this.chart().stages.map((stage) => ({
      label: this.translate(`participationStage.${stage.stage}`),
      note: stage.triangle ? this.translate('participation.triangle') : undefined,
      bars: stage.counts.map((cell) => ({
        label: this.translate(`sector.${cell.sector}`),
        value: cell.organizations,
        text: formatNumber(cell.organizations, locale),
      })),
    }));
  });

  /** Read in a computed, so the chart follows a language switch. */
  private translate(key: string): string {
    return this.transloco.translate(key, {}, this.language.code());
  }
}
