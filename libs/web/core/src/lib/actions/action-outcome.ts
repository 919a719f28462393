import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { fieldProblems } from '../graphql/graphql-problems';
import { requireData } from '../graphql/require-data';
import { FailureMessagePipe } from '../pipes/failure-message.pipe';
import { ProblemMessagePipe } from '../pipes/problem-message.pipe';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom, type Observable } from 'rxjs';

export type Outcome =
  | { readonly kind: 'done'; readonly key: string; readonly params?: Record<string, unknown> }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * One action at a time (a vote, a screening, a follow), and what came of the last one. A refusal is
 * explained in the reader's language when the API gives a reason code, with its figures ("3 of 7
 * members…", "the window closed").
 */
export class ActionRunner {
  readonly outcome = signal<Outcome | null>(null);
  readonly busy = signal(false);

  async run<T>(
    done: { key: string; params?: Record<string, unknown> } | null,
    action: () => Observable<{ data?: T | null; error?: unknown }>,
  ): Promise<T | null> {
    if (this.busy()) return null;
    this.busy.set(true);
    this.outcome.set(null);
    try {
      const data = requireData(await firstValueFrom(action()));
      this.outcome.set(done ? { kind: 'done', ...done } : null);
      return data;
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  clear(): void {
    this.outcome.set(null);
  }
}

/** The last action's outcome: a success note, or the failure with the API's own reason. */
@Component({
  selector: 'canopy-action-outcome',
  imports: [FailureMessagePipe, NoticeComponent, ProblemMessagePipe, TranslocoPipe],
  template: `
    @if (outcome(); as outcome) {
      @if (outcome.kind === 'done') {
        <canopy-notice class="notice" kind="success" [attr.data-testid]="testId() + '-done'">{{
          outcome.key | transloco: outcome.params ?? {}
        }}</canopy-notice>
      } @else {
        <canopy-notice class="notice" kind="error" [attr.data-testid]="testId() + '-error'">
          {{ outcome.error | failureMessage: form() }}
          @for (problem of problems(outcome.error); track $index) {
            <bdi>{{ problem | problemMessage }}</bdi>
          }
        </canopy-notice>
      }
    }
  `,
  styles: `
    .notice {
      display: block;
      margin-block: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionOutcomeComponent {
  readonly outcome = input.required<Outcome | null>();
  readonly testId = input('action');
  readonly form = input<string>();

  /** The refusals the API explains (conflicts and bad input name a field), if any. */
  protected problems(error: unknown) {
    return fieldProblems(error);
  }
}
