import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export interface LanguageOption {
  readonly code: string;
  readonly endonym: string;
}

let nextId = 0;

/** A native select: it works with every keyboard, screen reader and phone without extra code. */
@Component({
  selector: 'canopy-language-switcher',
  imports: [TranslocoPipe],
  template: `
    <label class="label" [for]="selectId">
      <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.95a15.7 15.7 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.9 8ZM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96ZM4.26 14a8.2 8.2 0 0 1 0-4h3.38a16.5 16.5 0 0 0 0 4H4.26Zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.99 7.99 0 0 1 5.08 16Zm2.95-8H5.08a7.99 7.99 0 0 1 4.33-3.56A15.7 15.7 0 0 0 8.03 8ZM12 19.96A14.1 14.1 0 0 1 10.09 16h3.82A14.1 14.1 0 0 1 12 19.96ZM14.34 14H9.66a14.7 14.7 0 0 1 0-4h4.68a14.7 14.7 0 0 1 0 4Zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56ZM16.36 14a16.5 16.5 0 0 0 0-4h3.38a8.2 8.2 0 0 1 0 4h-3.38Z"
        />
      </svg>
      <span class="cdk-visually-hidden">{{ 'language.label' | transloco }}</span>
    </label>
    <select
      class="select"
      data-testid="language-switcher"
      [id]="selectId"
      [value]="value()"
      (change)="onChange($event)"
    >
      @for (language of languages(); track language.code) {
        <option [value]="language.code" [attr.lang]="language.code" [selected]="language.code === value()">
          {{ language.endonym }}
        </option>
      }
    </select>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    .label {
      display: inline-flex;
      color: inherit;
    }
    @media (max-width: 399px) {
      .icon {
        display: none;
      }
    }
    .select {
      font: inherit;
      font-size: 1rem;
      color: var(--mat-sys-on-surface);
      background-color: var(--mat-sys-surface);
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      min-block-size: 2.5rem;
      padding-inline: 0.25rem;
      cursor: pointer;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitcherComponent {
  readonly languages = input.required<readonly LanguageOption[]>();
  readonly value = input.required<string>();
  readonly languageChange = output<string>();

  protected readonly selectId = `canopy-language-${nextId++}`;

  protected onChange(event: Event): void {
    this.languageChange.emit((event.target as HTMLSelectElement).value);
  }
}
