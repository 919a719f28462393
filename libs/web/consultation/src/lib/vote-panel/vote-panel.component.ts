import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  ActionOutcomeComponent,
  ActionRunner,
  formatNumber,
  LanguageService,
  LocalDatePipe,
} from '@canopy/web/core';
import {
  CastVoteDocument,
  type ConsultationSummaryFragment,
  LiveTallyFragmentDoc,
  TallyChangedDocument,
  type VoteChoice,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { TagComponent } from '@canopy/web/ui';
import { type BarChartGroup, BarChartComponent } from '@canopy/web/ui/charts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { meetsVerification } from './meets-verification';

export const VOTE_CHOICES: readonly VoteChoice[] = ['SUPPORT', 'OPPOSE', 'ABSTAIN'];

/**
 * Why the person cannot vote now, if they cannot; `subject` when the text consulted on says so (a
 * charter's hearing is for residents of its place), in its own words (`myVoteProblem`).
 */
type Blocked = 'signedOut' | 'UPCOMING' | 'CLOSED' | 'verification' | 'subject';

/**
 * The consultation window, the person's one vote (changeable while the window is open) and the live
 * tally, whatever the text consulted on. The tally is the consultation's own: the vote's receipt carries
 * the consultation back, and while the window is open the API sends the tally after everyone's votes
 * (subscription `tallyChanged`), so the cache, and with it these numbers, follow every vote at once.
 */
@Component({
  selector: 'canopy-vote-panel',
  imports: [
    ActionOutcomeComponent,
    BarChartComponent,
    FormsModule,
    LocalDatePipe,
    MatButton,
    MatRadioButton,
    MatRadioGroup,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './vote-panel.component.html',
  styleUrls: ['../consultation.css', './vote-panel.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VotePanelComponent {
  private readonly apollo = inject(Apollo);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly session = inject(SessionService);

  readonly consultation = input.required<ConsultationSummaryFragment>();
  /** Where signing in brings the person back to. */
  readonly returnUrl = input.required<string>();
  /** What the subject calls its consultation ("Public hearing"); "Public consultation" if not given. */
  readonly heading = input<string>();

  protected readonly choices = VOTE_CHOICES;
  protected readonly runner = new ActionRunner();
  /** The choice on screen: the stored vote until the person picks another. */
  protected readonly selected = linkedSignal<VoteChoice | null>(() => this.consultation().myVote ?? null);

  /** The consultation whose tally is followed live: the open one shown, if it is open. */
  protected readonly live = computed(() =>
    this.consultation().state === 'OPEN' ? this.consultation().id : null,
  );

  constructor() {
    effect((onCleanup) => {
      const consultationId = this.live();
      if (!consultationId) return;
      const subscription = this.apollo
        .subscribe({ query: TallyChangedDocument, variables: { consultationId } })
        .subscribe((result) => {
          const update = result.data?.tallyChanged;
          if (!update) return;
          const cache = this.apollo.client.cache;
          cache.writeFragment({
            id: cache.identify({ __typename: 'Consultation', id: update.consultationId }),
            fragment: LiveTallyFragmentDoc,
            data: { tally: update.tally },
          });
        });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected readonly blocked = computed((): Blocked | null => {
    const consultation = this.consultation();
    if (consultation.state !== 'OPEN') return consultation.state;
    const me = this.session.me();
    if (!me) return 'signedOut';
    if (!meetsVerification(me.verificationLevel, consultation.votingLevel)) return 'verification';
    return consultation.myVoteProblem ? 'subject' : null;
  });

  protected readonly chartCaption = computed(() =>
    this.translate('consultation.vote.tallyCaption', {
      total: formatNumber(this.consultation().tally.total, this.language.formatLocale()),
    }),
  );
  protected readonly chartHeading = computed(() => this.translate('consultation.vote.tallyHeading'));
  protected readonly tallyGroups = computed((): BarChartGroup[] => {
    const tally = this.consultation().tally;
    const locale = this.language.formatLocale();
    const counts: Record<VoteChoice, number> = {
      SUPPORT: tally.support,
      OPPOSE: tally.oppose,
      ABSTAIN: tally.abstain,
    };
    return [
      {
        label: this.translate('consultation.vote.tallyGroup'),
        bars: this.choices.map((choice) => ({
          label: this.translate(`consultation.vote.choice.${choice}`),
          value: counts[choice],
          text: formatNumber(counts[choice], locale),
        })),
      },
    ];
  });

  protected async vote(): Promise<void> {
    const choice = this.selected();
    if (!choice || this.blocked()) return;
    const changed = !!this.consultation().myVote;
    await this.runner.run(
      {
        key: changed ? 'consultation.vote.changed' : 'consultation.vote.cast',
        params: { choice: this.choiceName(choice) },
      },
      () =>
        this.apollo.mutate({
          mutation: CastVoteDocument,
          variables: { input: { consultationId: this.consultation().id, choice } },
        }),
    );
  }

  private choiceName(choice: VoteChoice): string {
    return this.translate(`consultation.vote.choice.${choice}`);
  }

  /** Read in a computed, so the figures follow a language switch. */
  private translate(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.code());
  }
}
