import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DateRangePipe, LocalNumberPipe } from '@canopy/web/core';
import { EmptyStateComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { newestFirst } from './newest-first';

export interface EditionSummary {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly startsOn?: string | null;
  readonly endsOn?: string | null;
}

@Component({
  selector: 'canopy-edition-list',
  imports: [DateRangePipe, EmptyStateComponent, LocalNumberPipe, RouterLink, TranslocoPipe],
  templateUrl: './edition-list.component.html',
  styleUrl: './edition-list.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionListComponent {
  readonly editions = input.required<readonly EditionSummary[]>();

  protected readonly sorted = computed(() => newestFirst(this.editions()));
}
