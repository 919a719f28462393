import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export type NoticeKind = 'error' | 'success' | 'info';

/**
 * A message about what just happened, at the top of a form or section: an error is announced at once
 * (`role="alert"`), a success or a note politely (`role="status"`).
 */
@Component({
  selector: 'canopy-notice',
  template: `
    <div class="notice" [class]="kind()" [attr.role]="kind() === 'error' ? 'alert' : 'status'">
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .notice {
      padding-block: 0.75rem;
      padding-inline: 1rem;
      border-radius: 8px;
      font: var(--mat-sys-body-large);
      overflow-wrap: anywhere;
    }
    .error {
      background-color: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .success {
      background-color: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .info {
      background-color: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoticeComponent {
  readonly kind = input<NoticeKind>('info');
}
