import { ChangeDetectionStrategy, Component } from '@angular/core';

/** A short category label, such as an assembly's kind. */
@Component({
  selector: 'canopy-tag',
  template: `<ng-content />`,
  styles: `
    :host {
      display: inline-block;
      padding-block: 0.125rem;
      padding-inline: 0.625rem;
      border-radius: 999px;
      background-color: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TagComponent {}
