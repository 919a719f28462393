import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CONSULTATION_LIMITS } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, completeData } from '@canopy/web/core';
import { MyOrganizationsDocument } from '../graphql/generated';
import { PostCommentDocument, type Stance } from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';

export const STANCES: readonly Stance[] = ['FOR', 'AGAINST', 'NEUTRAL'];

/**
 * Writes a comment on the whole text or one paragraph, or a reply. A top comment may be filed as the
 * formal comment of an organization the person belongs to (the API checks it is a constituency).
 */
@Component({
  selector: 'canopy-comment-form',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslocoPipe,
  ],
  template: `
    <form class="form" data-testid="comment-form" (ngSubmit)="post()">
      <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
        <mat-label>{{
          (parentId() ? 'consultation.comments.reply' : 'consultation.comments.body') | transloco
        }}</mat-label>
        <textarea
          matInput
          name="body"
          rows="4"
          data-testid="comment-body"
          required
          [maxlength]="maxLength"
          [ngModel]="body()"
          (ngModelChange)="body.set($event)"
        ></textarea>
        <mat-hint align="end">{{ body().length }} / {{ maxLength }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
        <mat-label>{{ 'consultation.comments.stance' | transloco }}</mat-label>
        <select
          matNativeControl
          name="stance"
          data-testid="comment-stance"
          [ngModel]="stance()"
          (ngModelChange)="stance.set($event)"
        >
          <option value="">{{ 'consultation.comments.noStance' | transloco }}</option>
          @for (option of stances; track option) {
            <option [value]="option">{{ 'consultation.stance.' + option | transloco }}</option>
          }
        </select>
      </mat-form-field>
      @if (!parentId() && organizations().length) {
        <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
          <mat-label>{{ 'consultation.comments.postAs' | transloco }}</mat-label>
          <select
            matNativeControl
            name="organization"
            data-testid="comment-organization"
            [ngModel]="organizationId()"
            (ngModelChange)="organizationId.set($event)"
          >
            <option value="">{{ 'consultation.comments.asMyself' | transloco }}</option>
            @for (organization of organizations(); track organization.id) {
              <option [value]="organization.id">{{ organization.name }}</option>
            }
          </select>
        </mat-form-field>
      }
      <canopy-action-outcome testId="comment-post" form="consultation" [outcome]="runner.outcome()" />
      <div class="actions">
        <button
          mat-flat-button
          type="submit"
          data-testid="comment-submit"
          [disabled]="!body().trim() || runner.busy()"
        >
          {{ (parentId() ? 'consultation.comments.postReply' : 'consultation.comments.post') | transloco }}
        </button>
        @if (parentId()) {
          <button mat-button type="button" (click)="cancelled.emit()">
            {{ 'consultation.comments.cancel' | transloco }}
          </button>
        }
      </div>
    </form>
  `,
  styleUrl: '../consultation.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentFormComponent {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionService);

  readonly consultationId = input.required<string>();
  /** The paragraph the comment is about; null for the whole text (replies take their parent's). */
  readonly paragraph = input<number | null>(null);
  readonly parentId = input<string | null>(null);
  readonly posted = output<void>();
  readonly cancelled = output<void>();

  protected readonly maxLength = CONSULTATION_LIMITS.commentMaxLength;
  protected readonly stances = STANCES;
  protected readonly runner = new ActionRunner();
  protected readonly body = signal('');
  protected readonly stance = signal<Stance | ''>('');
  protected readonly organizationId = signal('');

  private readonly memberships = toSignal(
    toObservable(computed(() => this.session.signedIn() && !this.parentId())).pipe(
      switchMap((wanted) =>
        wanted
          ? this.apollo.watchQuery({ query: MyOrganizationsDocument, fetchPolicy: 'cache-first' })
              .valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly organizations = computed(() =>
    (completeData(this.memberships())?.myOrganizations ?? []).map((membership) => membership.organization),
  );

  protected async post(): Promise<void> {
    const body = this.body().trim();
    if (!body) return;
    const parentId = this.parentId();
    const posted = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: PostCommentDocument,
        variables: {
          input: {
            consultationId: this.consultationId(),
            body,
            stance: this.stance() || null,
            parentId,
            paragraph: parentId ? null : this.paragraph(),
            organizationId: parentId ? null : this.organizationId() || null,
          },
        },
      }),
    );
    if (!posted) return;
    this.body.set('');
    this.stance.set('');
    this.organizationId.set('');
    this.posted.emit();
  }
}
