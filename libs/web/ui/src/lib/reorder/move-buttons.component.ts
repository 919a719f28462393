import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type Injector,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';

/** The words of the buttons, in the reader's language; `item` names the item for screen readers. */
export interface MoveButtonLabels {
  readonly up: string;
  readonly down: string;
  readonly remove: string;
  readonly item: string;
}

/**
 * Move up, move down and remove, for one item of an ordered list. Buttons work the same by keyboard,
 * pointer and screen reader; `focusMoveButton` keeps focus with the item once it has moved.
 */
@Component({
  selector: 'canopy-move-buttons',
  imports: [MatButton],
  template: `
    <button
      mat-button
      type="button"
      data-move="up"
      [attr.data-move-key]="moveKey()"
      [attr.data-testid]="testId() + '-up'"
      [disabled]="first()"
      (click)="moved.emit(-1)"
    >
      {{ labels().up }} <span class="cdk-visually-hidden">{{ labels().item }}</span>
    </button>
    <button
      mat-button
      type="button"
      data-move="down"
      [attr.data-move-key]="moveKey()"
      [attr.data-testid]="testId() + '-down'"
      [disabled]="last()"
      (click)="moved.emit(1)"
    >
      {{ labels().down }} <span class="cdk-visually-hidden">{{ labels().item }}</span>
    </button>
    <button mat-button type="button" [attr.data-testid]="testId() + '-remove'" (click)="removed.emit()">
      {{ labels().remove }} <span class="cdk-visually-hidden">{{ labels().item }}</span>
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveButtonsComponent {
  /** Identifies the item across moves (its key in the list), for `focusMoveButton`. */
  readonly moveKey = input.required<string | number>();
  readonly labels = input.required<MoveButtonLabels>();
  readonly first = input(false);
  readonly last = input(false);
  readonly testId = input('item');
  readonly moved = output<-1 | 1>();
  readonly removed = output<void>();
}

/**
 * After the next render, focuses the button that moved the item `key` again (or the other one once the
 * item reached an end and that button is disabled), so a keyboard user can keep moving it.
 */
export function focusMoveButton(
  host: HTMLElement,
  key: string | number,
  offset: number,
  injector: Injector,
): void {
  const same = offset < 0 ? 'up' : 'down';
  const other = offset < 0 ? 'down' : 'up';
  afterNextRender(
    () => {
      const button = (direction: string, enabled: boolean) =>
        host.querySelector<HTMLButtonElement>(
          `[data-move="${direction}"][data-move-key="${key}"]${enabled ? ':not([disabled])' : ''}`,
        );
      (button(same, true) ?? button(other, false))?.focus();
    },
    { injector },
  );
}
