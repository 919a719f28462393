import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** A failure the reader can act on: plain words and a retry button. */
@Component({
  selector: 'canopy-error-state',
  imports: [MatButton, TranslocoPipe],
  template: `
    <div class="state" role="alert" data-testid="error-state">
      <p class="message">{{ message() }}</p>
      <button mat-flat-button type="button" data-testid="retry" (click)="retry.emit()">
        {{ 'ui.retry' | transloco }}
      </button>
    </div>
  `,
  styles: `
    .state {
      padding: 1.5rem;
      border-radius: 12px;
      background-color: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .message {
      margin-block: 0 1rem;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorStateComponent {
  readonly message = input.required<string>();
  readonly retry = output<void>();
}
