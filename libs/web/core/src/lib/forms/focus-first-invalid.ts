import { afterNextRender, Injector } from '@angular/core';

/**
 * After a refused submit, moves focus to the first field marked invalid, so a keyboard or screen
 * reader user lands on what needs fixing and hears its message.
 */
export function focusFirstInvalid(host: HTMLElement, injector: Injector): void {
  afterNextRender(() => host.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector });
}
