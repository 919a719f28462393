import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Hidden until focused; with a router, following "#main" would navigate, so focus moves by hand. */
@Component({
  selector: 'canopy-skip-link',
  imports: [TranslocoPipe],
  template: `
    <a class="skip-link" href="#main" data-testid="skip-link" (click)="onClick($event)">
      {{ 'app.skipToContent' | transloco }}
    </a>
  `,
  styles: `
    .skip-link {
      position: absolute;
      inset-block-start: 0.5rem;
      inset-inline-start: 0.5rem;
      z-index: 1000;
      padding: 0.75rem 1rem;
      border-radius: 4px;
      background-color: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
      font: var(--mat-sys-label-large);
      transform: translateY(-200%);
    }
    .skip-link:focus {
      transform: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkipLinkComponent {
  readonly skip = output<void>();

  protected onClick(event: MouseEvent): void {
    event.preventDefault();
    this.skip.emit();
  }
}
