import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/** The spinner is decoration; the status text is what assistive technology announces. */
@Component({
  selector: 'canopy-loading-state',
  imports: [MatProgressSpinner],
  template: `
    <div class="state" role="status" data-testid="loading-state">
      <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
      <p class="message">{{ message() }}</p>
    </div>
  `,
  styles: `
    .state {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding-block: 1.5rem;
    }
    .message {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingStateComponent {
  readonly message = input.required<string>();
}
