import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The one h1 of a page, with an optional lead paragraph and actions projected below. The heading is
 * isolated because it may be a name from the data, written in another script than the page.
 */
@Component({
  selector: 'canopy-page-header',
  template: `
    <h1 class="heading" [attr.data-testid]="headingTestId()">
      <bdi>{{ heading() }}</bdi>
    </h1>
    @if (lead()) {
      <p class="lead">{{ lead() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: 1.5rem;
    }
    .heading {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .lead {
      margin-block: 0.5rem 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
      max-inline-size: 65ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string>();
  readonly headingTestId = input<string>();
}
