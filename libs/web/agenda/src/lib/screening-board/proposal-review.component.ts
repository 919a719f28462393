import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { PROPOSAL_LIMITS } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, LocalNumberPipe } from '@canopy/web/core';
import {
  DeferProposalDocument,
  MergeProposalDocument,
  RejectProposalDocument,
  type ReviewedProposalFragment,
  ScoreProposalDocument,
  ScreenProposalDocument,
  SelectProposalDocument,
} from '../graphql/generated';
import { TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import {
  everyCriterionScored,
  SCORE_CHOICES,
  type ScoreDraft,
  toScoreDraft,
  toScoreInputs,
} from './screening';

export type Decision = 'select' | 'merge' | 'defer' | 'reject';

const REFETCH = ['ScreeningBoard'];

/** One proposal on the screening board: the reviewer's scores, screening, and the decision on it. */
@Component({
  selector: 'canopy-proposal-review',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    LocalNumberPipe,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './proposal-review.component.html',
  styleUrls: ['../agenda.css', './proposal-review.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalReviewComponent {
  private readonly apollo = inject(Apollo);

  readonly proposal = input.required<ReviewedProposalFragment>();
  readonly criteria = input.required<readonly { key: string; name: string; description: string }[]>();
  /** The other proposals on the board, which this one may be merged into. */
  readonly others = input.required<readonly ReviewedProposalFragment[]>();
  /** A decision took the proposal off the board: the translation key saying what became of it. */
  readonly decided = output<string>();

  protected readonly choices = SCORE_CHOICES;
  protected readonly reasonMaxLength = PROPOSAL_LIMITS.reasonMaxLength;
  protected readonly titleMaxLength = PROPOSAL_LIMITS.titleMaxLength;
  protected readonly runner = new ActionRunner();
  protected readonly scores = signal<ScoreDraft>({});
  protected readonly scoresIncomplete = signal(false);
  protected readonly decision = signal<Decision | ''>('');
  protected readonly agendaTitle = signal('');
  protected readonly mergeTarget = signal('');
  protected readonly reason = signal('');
  protected readonly decisionProblem = signal<'reasonRequired' | 'targetRequired' | null>(null);

  protected readonly canScreen = computed(
    () =>
      this.proposal().state === 'SUBMITTED' &&
      everyCriterionScored(this.criteria(), this.proposal().scoreSummary.byCriterion),
  );
  protected readonly decisions = computed((): Decision[] =>
    this.proposal().state === 'SCREENED' ? ['select', 'merge', 'defer', 'reject'] : ['merge', 'reject'],
  );
  protected readonly mergeTargets = computed(() =>
    this.others().filter((other) => other.id !== this.proposal().id),
  );

  constructor() {
    // The reviewer's saved scores, whenever the board is refreshed.
    effect(() => this.scores.set(toScoreDraft(this.criteria(), this.proposal().myScores)));
  }

  /** Runs a decision; once done, the board is told and refreshes itself, which takes this card away. */
  private async conclude(key: string, action: Parameters<ActionRunner['run']>[1]): Promise<void> {
    if (await this.runner.run({ key }, action)) this.decided.emit(key);
  }

  protected setScore(key: string, value: string): void {
    this.scores.update((scores) => ({ ...scores, [key]: value ? Number(value) : null }));
  }

  protected async saveScores(): Promise<void> {
    const scores = toScoreInputs(this.criteria(), this.scores());
    this.scoresIncomplete.set(!scores);
    if (!scores) return;
    await this.runner.run({ key: 'screening.scored' }, () =>
      this.apollo.mutate({
        mutation: ScoreProposalDocument,
        variables: { input: { proposalId: this.proposal().id, scores } },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );
  }

  protected async screen(): Promise<void> {
    await this.runner.run({ key: 'screening.screened' }, () =>
      this.apollo.mutate({
        mutation: ScreenProposalDocument,
        variables: { input: { proposalId: this.proposal().id } },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );
  }

  protected async decide(): Promise<void> {
    const decision = this.decision();
    const proposalId = this.proposal().id;
    const reason = this.reason().trim() || null;
    this.decisionProblem.set(null);
    if (decision === 'reject' && !reason) return this.decisionProblem.set('reasonRequired');
    if (decision === 'merge' && !this.mergeTarget()) return this.decisionProblem.set('targetRequired');
    switch (decision) {
      case 'select':
        await this.conclude('screening.selected', () =>
          this.apollo.mutate({
            mutation: SelectProposalDocument,
            variables: { input: { proposalId, title: this.agendaTitle().trim() || null } },
          }),
        );
        return;
      case 'merge':
        await this.conclude('screening.merged', () =>
          this.apollo.mutate({
            mutation: MergeProposalDocument,
            variables: { input: { proposalId, intoProposalId: this.mergeTarget(), reason } },
          }),
        );
        return;
      case 'defer':
        await this.conclude('screening.deferred', () =>
          this.apollo.mutate({
            mutation: DeferProposalDocument,
            variables: { input: { proposalId, reason } },
          }),
        );
        return;
      case 'reject':
        await this.conclude('screening.rejected', () =>
          this.apollo.mutate({
            mutation: RejectProposalDocument,
            variables: { input: { proposalId, reason } },
          }),
        );
        return;
    }
  }
}
