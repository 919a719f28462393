import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Whether a platform admin has verified the organization, in words and not by colour alone. */
@Component({
  selector: 'canopy-verified-badge',
  imports: [TranslocoPipe],
  template: `
    <span
      class="badge"
      data-testid="organization-verified"
      [class.verified]="verified()"
      [attr.data-verified]="verified()"
    >
      @if (verified()) {
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z" />
        </svg>
        {{ 'organization.verified' | transloco }}
      } @else {
        {{ 'organization.unverified' | transloco }}
      }
    </span>
  `,
  styles: `
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding-block: 0.125rem;
      padding-inline: 0.625rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 999px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .verified {
      border-color: transparent;
      background-color: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifiedBadgeComponent {
  readonly verified = input.required<boolean>();
}
