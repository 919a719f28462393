import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CONSULTATION_LIMITS } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, LocalDatePipe } from '@canopy/web/core';
import {
  AppealHidingDocument,
  type ConsultationCommentFragment,
  EditCommentDocument,
  FlagCommentDocument,
  type FlagReason,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { CommentFormComponent } from './comment-form.component';

export const FLAG_REASONS: readonly FlagReason[] = [
  'SPAM',
  'ABUSE',
  'OFF_TOPIC',
  'MISINFORMATION',
  'PERSONAL_DATA',
  'OTHER',
];

type Mode = 'read' | 'reply' | 'edit' | 'flag' | 'appeal';

/**
 * One comment: who wrote it (or for which organization), its stance, its text or why a moderator hid
 * it, its earlier wordings, and what the reader may do with it: reply, reword their own, report it.
 */
@Component({
  selector: 'canopy-comment',
  imports: [
    ActionOutcomeComponent,
    CommentFormComponent,
    FormsModule,
    LocalDatePipe,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './comment.component.html',
  styleUrls: ['../consultation.css', './comment.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentComponent {
  private readonly apollo = inject(Apollo);
  protected readonly session = inject(SessionService);

  readonly comment = input.required<ConsultationCommentFragment>();
  readonly consultationId = input.required<string>();
  /** Whether the window is open: replies and edits are taken only then. */
  readonly open = input.required<boolean>();
  /** Whether the reader may write (signed in with a confirmed e-mail address). */
  readonly mayWrite = input.required<boolean>();
  /** A reply (or an edit) was saved: the thread is asked again. */
  readonly changed = output<void>();

  protected readonly maxLength = CONSULTATION_LIMITS.commentMaxLength;
  protected readonly flagReasons = FLAG_REASONS;
  protected readonly mode = signal<Mode>('read');
  protected readonly runner = new ActionRunner();
  protected readonly draft = signal('');
  protected readonly flagReason = signal<FlagReason | ''>('');
  protected readonly flagNote = signal('');

  protected readonly mayReply = computed(
    () => this.open() && this.mayWrite() && this.comment().depth < CONSULTATION_LIMITS.maxCommentDepth,
  );
  protected readonly mayEdit = computed(() => this.open() && this.comment().mine && !this.comment().hidden);
  protected readonly mayFlag = computed(
    () => this.session.signedIn() && !this.comment().mine && !this.comment().hidden,
  );

  /** Its author may ask, once, for a hidden comment to be shown again; another moderator decides. */
  protected readonly mayAppeal = computed(
    () => this.comment().mine && this.comment().hidden && !this.comment().appeal,
  );

  protected show(mode: Mode): void {
    this.runner.clear();
    if (mode === 'edit') this.draft.set(this.comment().body ?? '');
    if (mode === 'appeal') this.draft.set('');
    if (mode === 'flag') {
      this.flagReason.set('');
      this.flagNote.set('');
    }
    this.mode.set(mode);
  }

  protected replied(): void {
    this.mode.set('read');
    this.changed.emit();
  }

  protected async saveEdit(): Promise<void> {
    const body = this.draft().trim();
    if (!body) return;
    const saved = await this.runner.run({ key: 'consultation.comments.edited' }, () =>
      this.apollo.mutate({
        mutation: EditCommentDocument,
        variables: { input: { commentId: this.comment().id, body } },
      }),
    );
    if (saved) this.mode.set('read');
  }

  protected async appeal(): Promise<void> {
    const argument = this.draft().trim();
    if (!argument) return;
    const sent = await this.runner.run({ key: 'consultation.comments.appealSent' }, () =>
      this.apollo.mutate({
        mutation: AppealHidingDocument,
        variables: { input: { commentId: this.comment().id, argument } },
      }),
    );
    if (sent) this.mode.set('read');
  }

  protected async flag(): Promise<void> {
    const reason = this.flagReason();
    if (!reason) return;
    const flagged = await this.runner.run({ key: 'consultation.comments.flagged' }, () =>
      this.apollo.mutate({
        mutation: FlagCommentDocument,
        variables: {
          input: { commentId: this.comment().id, reason, note: this.flagNote().trim() || null },
        },
      }),
    );
    if (flagged) this.mode.set('read');
  }
}
