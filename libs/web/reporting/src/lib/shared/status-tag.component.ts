import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AssessmentStatus } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';

/** A paragraph's status in words, with a colour that repeats what the words say. */
@Component({
  selector: 'canopy-status-tag',
  imports: [TranslocoPipe],
  template: `<span class="tag" [class]="'tag ' + status().toLowerCase()" [attr.data-status]="status()">{{
    'reporting.status.' + status() | transloco
  }}</span>`,
  styles: `
    .tag {
      display: inline-block;
      padding-block: 0.125rem;
      padding-inline: 0.625rem;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      border: 1px solid transparent;
    }
    .not_started {
      background-color: #fce8e6;
      color: #8c1d18;
      border-color: #8c1d18;
    }
    .in_progress {
      background-color: #fff4e5;
      color: #6b3a00;
    }
    .largely_achieved {
      background-color: #e6f4e4;
      color: #1e5a1a;
    }
    .achieved {
      background-color: #1e5a1a;
      color: #ffffff;
    }
    .not_applicable {
      background-color: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusTagComponent {
  readonly status = input.required<AssessmentStatus>();
}
