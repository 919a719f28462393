import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { PROPOSAL_LIMITS } from '@canopy/domain';
import {
  applyServerErrors,
  completeData,
  FailureMessagePipe,
  type FieldProblem,
  fieldProblems,
  ProblemMessagePipe,
  focusFirstInvalid,
  LocalDatePipe,
  requireData,
  toQueryView,
  ValidationMessagePipe,
} from '@canopy/web/core';
import { MyOrganizationsDocument } from '../graphql/generated';
import {
  DraftProposalDocument,
  ProposalDocument,
  type ProposalDetailsFragment,
  ProposalFormEditionDocument,
  SubmitProposalDocument,
  UpdateProposalDocument,
} from '../graphql/generated';
import { NoticeComponent, PageHeaderComponent, LoadingStateComponent, TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, firstValueFrom, map, switchMap } from 'rxjs';
import { missingForSubmission, toProposalDraftFields, toProposalDraftValue } from './proposal-draft';
import {
  affectedGroupsValidator,
  evidenceLinksValidator,
  notBlankValidator,
} from './proposal-draft.validators';

/**
 * Writing a proposal: a new draft for an edition and one of the person's organizations (or a deferred or
 * rejected one proposed again), saved as often as wanted, then submitted while the window is open.
 */
@Component({
  selector: 'canopy-proposal-form-page',
  imports: [
    FailureMessagePipe,
    LoadingStateComponent,
    LocalDatePipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TagComponent,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './proposal-form-page.component.html',
  styleUrl: '../agenda.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalFormPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** A new draft: the edition, from the route. */
  readonly editionId = input<string>();
  /** A saved draft to continue, from the route. */
  readonly proposalId = input<string>();
  /** Query parameters of a new draft: the organization, and the proposal it proposes again. */
  readonly organizationId = input<string>();
  readonly previousProposalId = input<string>();
  /** `1` right after the first save. */
  readonly saved = input<string>();

  protected readonly limits = PROPOSAL_LIMITS;

  private readonly draft = toSignal(
    toObservable(this.proposalId).pipe(
      switchMap((id) =>
        id
          ? this.apollo
              .watchQuery({ query: ProposalDocument, variables: { id }, fetchPolicy: 'network-only' })
              .valueChanges.pipe(map((result) => toQueryView(result, (data) => data.proposal)))
          : EMPTY,
      ),
    ),
  );
  private readonly previous = toSignal(
    toObservable(this.previousProposalId).pipe(
      switchMap((id) =>
        id
          ? this.apollo
              .watchQuery({ query: ProposalDocument, variables: { id } })
              .valueChanges.pipe(map((result) => toQueryView(result, (data) => data.proposal)))
          : EMPTY,
      ),
    ),
  );
  /** The edition the proposal goes to: the route's, or the saved draft's. */
  private readonly targetEditionId = computed(() => {
    const draft = this.draft();
    return this.editionId() ?? (draft?.status === 'ready' ? draft.data.edition.id : undefined);
  });
  private readonly editionResult = toSignal(
    toObservable(this.targetEditionId).pipe(
      switchMap((id) =>
        id
          ? this.apollo
              .watchQuery({
                query: ProposalFormEditionDocument,
                variables: { id },
                fetchPolicy: 'cache-and-network',
              })
              .valueChanges.pipe(map((result) => toQueryView(result, (data) => data.edition)))
          : EMPTY,
      ),
    ),
  );
  protected readonly edition = computed(() => {
    const view = this.editionResult();
    return view?.status === 'ready' ? view.data : null;
  });
  protected readonly editionMissing = computed(() => this.editionResult()?.status === 'not-found');
  private readonly memberships = toSignal(
    this.apollo.watchQuery({ query: MyOrganizationsDocument, fetchPolicy: 'cache-and-network' }).valueChanges,
  );
  protected readonly organizations = computed(() =>
    (completeData(this.memberships())?.myOrganizations ?? []).flatMap((membership) =>
      membership.organization ? [membership.organization] : [],
    ),
  );
  /** The saved draft, once there is one. */
  protected readonly saved$ = signal<ProposalDetailsFragment | null>(null);
  protected readonly loading = computed(() => {
    if (this.proposalId()) return !this.saved$() && this.draft()?.status !== 'not-found';
    return !this.edition() && !this.editionMissing();
  });
  protected readonly notEditable = computed(() => {
    const draft = this.draft();
    if (draft?.status === 'not-found') return true;
    return draft?.status === 'ready' && draft.data.state !== 'DRAFT';
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    organizationId: ['', [Validators.required]],
    title: ['', [notBlankValidator, Validators.maxLength(PROPOSAL_LIMITS.titleMaxLength)]],
    problem: ['', [Validators.maxLength(PROPOSAL_LIMITS.textMaxLength)]],
    proposedAction: ['', [Validators.maxLength(PROPOSAL_LIMITS.textMaxLength)]],
    expectedEffect: ['', [Validators.maxLength(PROPOSAL_LIMITS.textMaxLength)]],
    evidenceLinks: ['', [evidenceLinksValidator]],
    affectedGroups: ['', [affectedGroupsValidator]],
  });
  protected readonly busy = signal<'saving' | 'submitting' | null>(null);
  protected readonly failure = signal<unknown>(null);
  /** Refusals no field shows (the window is closed, the organization is not a constituency…). */
  protected readonly reasons = signal<readonly FieldProblem[]>([]);
  protected readonly savedNow = signal(false);

  constructor() {
    // A saved draft fills the form once; later refetches leave what is being typed alone.
    effect(() => {
      const draft = this.draft();
      if (draft?.status !== 'ready' || untracked(this.saved$)) return;
      this.saved$.set(draft.data);
      this.form.reset({ organizationId: draft.data.organization.id, ...toProposalDraftValue(draft.data) });
      this.form.controls.organizationId.disable();
    });
    effect(() => {
      const previous = this.previous();
      if (previous?.status !== 'ready' || untracked(this.saved$)) return;
      this.form.patchValue({
        ...toProposalDraftValue(previous.data),
        organizationId: previous.data.organization.id,
      });
    });
    effect(() => {
      const organizationId = this.organizationId();
      const organizations = this.organizations();
      if (untracked(this.saved$)) return;
      if (organizationId && organizations.some((organization) => organization.id === organizationId)) {
        this.form.controls.organizationId.setValue(organizationId);
      } else if (organizations.length === 1 && !untracked(() => this.form.controls.organizationId.value)) {
        this.form.controls.organizationId.setValue(organizations[0].id);
      }
    });
  }

  protected save(): Promise<void> {
    return this.persist('saving').then(() => undefined);
  }

  protected async submit(): Promise<void> {
    const missing = missingForSubmission(this.form.getRawValue());
    for (const field of missing) this.form.controls[field].setErrors({ neededToSubmit: true });
    if (missing.length) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    const proposal = await this.persist('submitting');
    if (!proposal) return;
    this.busy.set('submitting');
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: SubmitProposalDocument,
            variables: { input: { proposalId: proposal.id } },
            refetchQueries: ['EditionProposals', 'OrganizationAgenda'],
          }),
        ),
      );
      await this.router.navigate(['/proposals', proposal.id], { queryParams: { submitted: '1' } });
    } catch (error) {
      this.showFailure(error);
    } finally {
      this.busy.set(null);
    }
  }

  /** Saves the draft (creating it the first time); the saved proposal, or null when refused. */
  private async persist(busy: 'saving' | 'submitting'): Promise<ProposalDetailsFragment | null> {
    if (this.busy()) return null;
    this.failure.set(null);
    this.reasons.set([]);
    this.savedNow.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return null;
    }
    this.busy.set(busy);
    const fields = toProposalDraftFields(this.form.getRawValue());
    const existing = this.saved$();
    try {
      if (existing) {
        const { updateProposal } = requireData(
          await firstValueFrom(
            this.apollo.mutate({
              mutation: UpdateProposalDocument,
              variables: { input: { proposalId: existing.id, ...fields } },
            }),
          ),
        );
        this.saved$.set(updateProposal);
        this.savedNow.set(busy === 'saving');
        if (busy === 'saving') this.focusAfterRender('[data-testid="proposal-saved"]');
        return updateProposal;
      }
      const editionId = this.targetEditionId();
      if (!editionId) return null;
      const { draftProposal } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: DraftProposalDocument,
            variables: {
              input: {
                editionId,
                organizationId: this.form.getRawValue().organizationId,
                previousProposalId: this.previousProposalId() ?? null,
                ...fields,
              },
            },
            refetchQueries: ['OrganizationAgenda'],
          }),
        ),
      );
      this.saved$.set(draftProposal);
      this.form.controls.organizationId.disable();
      if (busy === 'saving') {
        await this.router.navigate(['/proposals', draftProposal.id, 'edit'], {
          queryParams: { saved: '1' },
          replaceUrl: true,
        });
      }
      return draftProposal;
    } catch (error) {
      this.showFailure(error);
      return null;
    } finally {
      this.busy.set(null);
    }
  }

  private showFailure(error: unknown): void {
    this.reasons.set(applyServerErrors(this.form, fieldProblems(error)));
    this.failure.set(error);
    this.focusAfterRender('[data-testid="proposal-form-error"]');
    focusFirstInvalid(this.host.nativeElement, this.injector);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
