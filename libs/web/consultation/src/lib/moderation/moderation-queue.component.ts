import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { completeData, hasErrorCode, PluralPipe } from '@canopy/web/core';
import type { ModeratedCommentFragment } from '../graphql/generated';
import { EmptyStateComponent, NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TextUnitLabels } from '../text-unit-labels';
import { ModeratedCommentComponent } from './moderated-comment.component';

/** A page of a moderation queue, as both an assembly's and a charter's queries answer it. */
export interface ModerationQueuePage {
  readonly totalCount: number;
  readonly pageInfo: { readonly endCursor?: string | null; readonly hasNextPage: boolean };
  readonly edges: readonly { readonly node: ModeratedCommentFragment }[];
}

/**
 * A moderation queue, oldest first, whatever the subject: flagged comments still visible, and hidden
 * comments whose authors appealed. After each decision it says what became of the comment, where focus
 * lands, and the page asks for the queue again. Nothing is deleted: hiding keeps the comment, with its reason.
 */
@Component({
  selector: 'canopy-moderation-queue',
  imports: [
    EmptyStateComponent,
    MatButton,
    ModeratedCommentComponent,
    NoticeComponent,
    PluralPipe,
    TranslocoPipe,
  ],
  template: `
    @if (lastHandled(); as done) {
      <canopy-notice class="notice" kind="success" tabindex="-1" data-testid="moderation-done">{{
        done | transloco
      }}</canopy-notice>
    }
    <section class="section" aria-labelledby="queue-heading" data-testid="moderation-queue">
      <h2 id="queue-heading" class="section-heading" data-testid="moderation-count">
        {{ 'moderation.count' | plural: queue().totalCount }}
      </h2>
      @for (edge of queue().edges; track edge.node.id) {
        <canopy-moderated-comment [comment]="edge.node" [labels]="labels()" (handled)="decided($event)" />
      } @empty {
        <canopy-empty-state [message]="'moderation.empty' | transloco" />
      }
      @if (queue().pageInfo.hasNextPage) {
        <div class="more">
          <button
            mat-stroked-button
            type="button"
            data-testid="moderation-load-more"
            [disabled]="loadingMore()"
            (click)="loadMore.emit(queue().pageInfo.endCursor ?? null)"
          >
            {{ 'moderation.loadMore' | transloco }}
          </button>
          @if (loadMoreFailed()) {
            <p class="problem" role="alert">{{ 'moderation.loadMoreError' | transloco }}</p>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .notice {
      display: block;
      margin-block-end: 1rem;
      max-inline-size: 48rem;
    }
    .section {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .section-heading {
      margin-block: 0 0.75rem;
      font: var(--mat-sys-title-large);
    }
    .more {
      margin-block-start: 1rem;
    }
    .problem {
      margin: 0.5rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
    @media (min-width: 600px) {
      .section {
        padding: 1.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationQueueComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly queue = input.required<ModerationQueuePage>();
  readonly labels = input.required<TextUnitLabels>();
  readonly loadingMore = input(false);
  readonly loadMoreFailed = input(false);
  /** A comment left the queue: the page asks for it again. */
  readonly handled = output<void>();
  /** The next page, after this cursor. */
  readonly loadMore = output<string | null>();

  protected readonly lastHandled = signal<string | null>(null);

  protected decided(key: string): void {
    this.lastHandled.set(key);
    this.handled.emit();
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[data-testid="moderation-done"]')?.focus(),
      { injector: this.injector },
    );
  }
}

/** What a moderation page shows: the queue with its subject, or why it cannot. */
export type ModerationView<S, Q extends ModerationQueuePage> =
  | { readonly status: 'loading' | 'error' | 'forbidden' | 'not-found' }
  | { readonly status: 'ready'; readonly subject: S; readonly queue: Q };

/** A moderation page's state from its query: the subject (assembly, charter) and its queue. */
export function toModerationView<D, S, Q extends ModerationQueuePage>(
  result: { dataState: string; data?: unknown; error?: unknown } | undefined,
  pick: (data: D) => { subject: S | null | undefined; queue: Q },
): ModerationView<S, Q> {
  if (!result) return { status: 'loading' };
  const data = completeData(result) as D | undefined;
  if (data) {
    const { subject, queue } = pick(data);
    return subject ? { status: 'ready', subject, queue } : { status: 'not-found' };
  }
  if (hasErrorCode(result.error, 'FORBIDDEN')) return { status: 'forbidden' };
  if (hasErrorCode(result.error, 'NOT_FOUND')) return { status: 'not-found' };
  return result.error ? { status: 'error' } : { status: 'loading' };
}
