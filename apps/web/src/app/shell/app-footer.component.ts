import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'canopy-app-footer',
  imports: [TranslocoPipe],
  template: `
    <footer class="footer">
      <p class="text">{{ 'footer.mission' | transloco }}</p>
      <p class="text">{{ 'footer.openData' | transloco }}</p>
    </footer>
  `,
  styles: `
    .footer {
      padding-block: 1.5rem;
      padding-inline: 1rem;
      background-color: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      max-inline-size: 72rem;
      margin-block: 0 0.25rem;
      margin-inline: auto;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppFooterComponent {}
