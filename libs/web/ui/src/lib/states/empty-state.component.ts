import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Nothing to show: says so, and offers a way on through projected actions. */
@Component({
  selector: 'canopy-empty-state',
  template: `
    <div class="state" role="status" data-testid="empty-state">
      <p class="message">{{ message() }}</p>
      <ng-content />
    </div>
  `,
  styles: `
    .state {
      padding: 1.5rem;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 12px;
    }
    .message {
      margin-block: 0 0.75rem;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyStateComponent {
  readonly message = input.required<string>();
}
