import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type CharterState as DomainCharterState, isCharterSignable } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, completeData, PluralPipe } from '@canopy/web/core';
import {
  type CharterSignaturesFragment,
  type CharterState,
  MyCharterOrganizationsDocument,
  SignCharterDocument,
  WithdrawCharterSignatureDocument,
} from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';

/**
 * The standing signatures of an edition, counted exactly, and the reader's own: in person (residents of
 * the place), or for an organization they administer. A signature can be withdrawn; the count follows
 * the receipt at once.
 */
@Component({
  selector: 'canopy-charter-signatures',
  imports: [ActionOutcomeComponent, MatAnchor, MatButton, PluralPipe, RouterLink, TranslocoPipe],
  template: `
    @let edition = signatures();
    <p class="count" data-testid="signature-count" [attr.data-people]="edition.signatures.people">
      {{ 'charter.signatures.people' | plural: edition.signatures.people }} ·
      {{ 'charter.signatures.organizations' | plural: edition.signatures.organizations }}
    </p>
    @if (edition.signingOrganizations.length) {
      <p class="note">
        {{ 'charter.signatures.standingBehind' | transloco }}
        @for (organization of edition.signingOrganizations; track organization.id; let last = $last) {
          <bdi>{{ organization.name }}</bdi>{{ last ? '' : ', ' }}
        }
      </p>
    }
    @if (!signable()) {
      <p class="note" data-testid="signature-closed">{{ 'charter.signatures.notSignable' | transloco }}</p>
    } @else if (!session.signedIn()) {
      <a
        mat-flat-button
        routerLink="/login"
        [queryParams]="{ returnUrl: returnUrl() }"
        data-testid="sign-sign-in"
        >{{ 'charter.signatures.signIn' | transloco }}</a
      >
    } @else {
      <p class="note">{{ 'charter.signatures.who' | transloco }}</p>
      <div class="actions">
        @if (edition.signedByMe) {
          <button
            mat-stroked-button
            type="button"
            data-testid="withdraw-signature"
            [disabled]="runner.busy()"
            (click)="withdraw(null)"
          >
            {{ 'charter.signatures.withdraw' | transloco }}
          </button>
        } @else {
          <button
            mat-flat-button
            type="button"
            data-testid="sign"
            [disabled]="runner.busy()"
            (click)="sign(null)"
          >
            {{ 'charter.signatures.sign' | transloco }}
          </button>
        }
        @for (organization of administered(); track organization.id) {
          @if (edition.signedForOrganizations.includes(organization.id)) {
            <button
              mat-stroked-button
              type="button"
              data-testid="withdraw-organization-signature"
              [disabled]="runner.busy()"
              (click)="withdraw(organization.id)"
            >
              {{ 'charter.signatures.withdrawFor' | transloco: { organization: organization.name } }}
            </button>
          } @else {
            <button
              mat-stroked-button
              type="button"
              data-testid="sign-for-organization"
              [disabled]="runner.busy()"
              (click)="sign(organization.id)"
            >
              {{ 'charter.signatures.signFor' | transloco: { organization: organization.name } }}
            </button>
          }
        }
      </div>
      <canopy-action-outcome testId="signature" [outcome]="runner.outcome()" />
    }
  `,
  styles: `
    .count {
      margin-block: 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .note {
      margin-block: 0 0.75rem;
      max-inline-size: 65ch;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterSignaturesComponent {
  private readonly apollo = inject(Apollo);
  protected readonly session = inject(SessionService);

  readonly signatures = input.required<CharterSignaturesFragment>();
  readonly state = input.required<CharterState>();
  /** Where signing in brings the person back to. */
  readonly returnUrl = input.required<string>();

  protected readonly runner = new ActionRunner();
  protected readonly signable = computed(() => isCharterSignable(this.state() as DomainCharterState));

  private readonly mine = toSignal(
    toObservable(computed(() => this.session.signedIn() && this.signable())).pipe(
      switchMap((ask) =>
        ask ? this.apollo.watchQuery({ query: MyCharterOrganizationsDocument }).valueChanges : EMPTY,
      ),
    ),
  );
  /** Verified organizations the reader administers: those they may sign for. */
  protected readonly administered = computed(
    () =>
      completeData(this.mine())
        ?.myOrganizations.filter(
          (membership) => membership.role === 'ADMIN' && membership.organization.verified,
        )
        .map((membership) => membership.organization) ?? [],
  );

  protected async sign(organizationId: string | null): Promise<void> {
    await this.runner.run(
      { key: organizationId ? 'charter.signatures.signedFor' : 'charter.signatures.signed' },
      () =>
        this.apollo.mutate({
          mutation: SignCharterDocument,
          variables: { input: { editionId: this.signatures().id, organizationId } },
        }),
    );
  }

  protected async withdraw(organizationId: string | null): Promise<void> {
    await this.runner.run({ key: 'charter.signatures.withdrawn' }, () =>
      this.apollo.mutate({
        mutation: WithdrawCharterSignatureDocument,
        variables: { input: { editionId: this.signatures().id, organizationId } },
      }),
    );
  }
}
