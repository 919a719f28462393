import { ChangeDetectionStrategy, Component } from '@angular/core';

/** A tree crown over a trunk: the canopy that shelters the grassroots. Decorative next to the name. */
@Component({
  selector: 'canopy-logo',
  template: `
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M16 3c-5 0-9 3.6-9 8 0 .8.1 1.5.4 2.2A6 6 0 0 0 10 24h4.5v5h3v-5H22a6 6 0 0 0 2.6-10.8c.3-.7.4-1.4.4-2.2 0-4.4-4-8-9-8Z"
      />
    </svg>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CanopyLogoComponent {}
