import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  ActionOutcomeComponent,
  ActionRunner,
  LocalDatePipe,
  LocalNumberPipe,
  PluralPipe,
} from '@canopy/web/core';
import {
  DecideAppealDocument,
  DismissFlagsDocument,
  HideCommentDocument,
  type ModeratedCommentFragment,
} from '../graphql/generated';
import { TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import type { TextUnitLabels } from '../text-unit-labels';

/**
 * One comment in a moderation queue: what it says, why people flagged it, and the moderator's choices:
 * hide it with a reason or dismiss the flags; for a hidden comment under appeal, the author's argument
 * and the decision (which the API leaves to another moderator than the one who hid it).
 */
@Component({
  selector: 'canopy-moderated-comment',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    LocalDatePipe,
    LocalNumberPipe,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    PluralPipe,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './moderated-comment.component.html',
  styleUrls: ['../consultation.css', './moderated-comment.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModeratedCommentComponent {
  private readonly apollo = inject(Apollo);

  readonly comment = input.required<ModeratedCommentFragment>();
  /** How the subject names the unit of text the comment is on. */
  readonly labels = input.required<TextUnitLabels>();
  /**
   * What was done, as a translation key: the page says it and asks for the queue again, which the
   * comment then leaves (so it is not refetched here, where the component would be gone before it
   * could tell).
   */
  readonly handled = output<string>();

  protected readonly appealPending = computed(() => this.comment().appeal?.state === 'PENDING');
  protected readonly openFlags = computed(() =>
    (this.comment().flags ?? []).filter((flag) => !flag.handledAt),
  );
  protected readonly hideReason = signal('');
  protected readonly hideProblem = signal(false);
  protected readonly decisionReason = signal('');
  protected readonly decisionProblem = signal(false);
  protected readonly runner = new ActionRunner();

  protected async hide(): Promise<void> {
    const reason = this.hideReason().trim();
    this.hideProblem.set(!reason);
    if (!reason) return;
    const done = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: HideCommentDocument,
        variables: { input: { commentId: this.comment().id, reason } },
      }),
    );
    if (done) this.handled.emit('consultation.moderation.hidden');
  }

  protected async dismiss(): Promise<void> {
    const done = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: DismissFlagsDocument,
        variables: { input: { commentId: this.comment().id } },
      }),
    );
    if (done) this.handled.emit('consultation.moderation.dismissed');
  }

  protected async decide(reinstate: boolean): Promise<void> {
    const reason = this.decisionReason().trim();
    this.decisionProblem.set(!reason);
    if (!reason) return;
    const done = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: DecideAppealDocument,
        variables: { input: { commentId: this.comment().id, reinstate, reason } },
      }),
    );
    if (done)
      this.handled.emit(reinstate ? 'consultation.moderation.reinstated' : 'consultation.moderation.upheld');
  }
}
