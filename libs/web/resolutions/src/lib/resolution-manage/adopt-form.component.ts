import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RESOLUTION_LIMITS } from '@canopy/domain';
import type { CommitmentInput, ReservationInput } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { filledRows } from './manage-actions';

export interface OrganizationChoice {
  readonly id: string;
  readonly name: string;
}

interface ReservationRow {
  organizationId: string;
  text: string;
}

interface CommitmentRow {
  actor: string;
  action: string;
  dueOn: string;
}

const blankReservation = (): ReservationRow => ({ organizationId: '', text: '' });
const blankCommitment = (): CommitmentRow => ({ actor: '', action: '', dueOn: '' });

export interface Adoption {
  readonly reservations: ReservationInput[];
  readonly commitments: CommitmentInput[];
}

/**
 * The sitting adopts the resolution by consensus: the reservations organizations asked to record, and
 * the commitments (who does what by when) it makes. Both repeat; blank rows are left out. The page
 * records it: once adopted, this form is gone, and the page is where the outcome can still be said.
 */
@Component({
  selector: 'canopy-adopt-form',
  imports: [FormsModule, MatButton, MatFormField, MatHint, MatInput, MatLabel, TranslocoPipe],
  template: `
    <form class="form" data-testid="adopt-form" novalidate (ngSubmit)="submit()">
      <fieldset class="repeat">
        <legend>{{ 'resolutionManage.adopt.reservations' | transloco }}</legend>
        <p class="note">{{ 'resolutionManage.adopt.reservationsHint' | transloco }}</p>
        @for (row of reservations(); track $index; let index = $index) {
          <div class="form" data-testid="reservation-row">
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
              <mat-label>{{
                'resolutionManage.adopt.organization' | transloco: { number: index + 1 }
              }}</mat-label>
              <select
                matNativeControl
                [name]="'reservationOrganization' + index"
                data-testid="reservation-organization"
                [ngModel]="row.organizationId"
                (ngModelChange)="setReservation(index, 'organizationId', $event)"
              >
                <option value="">{{ 'resolutionManage.adopt.chooseOrganization' | transloco }}</option>
                @for (organization of organizations(); track organization.id) {
                  <option [value]="organization.id">{{ organization.name }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
              <mat-label>{{
                'resolutionManage.adopt.reservationText' | transloco: { number: index + 1 }
              }}</mat-label>
              <textarea
                matInput
                rows="2"
                [name]="'reservationText' + index"
                data-testid="reservation-text"
                [maxlength]="limits.reservationMaxLength"
                [ngModel]="row.text"
                (ngModelChange)="setReservation(index, 'text', $event)"
              ></textarea>
            </mat-form-field>
            <div class="actions">
              <button mat-button type="button" (click)="removeReservation(index)">
                {{ 'resolutionManage.adopt.removeReservation' | transloco: { number: index + 1 } }}
              </button>
            </div>
          </div>
        }
        <button mat-stroked-button type="button" data-testid="add-reservation" (click)="addReservation()">
          {{ 'resolutionManage.adopt.addReservation' | transloco }}
        </button>
      </fieldset>

      <fieldset class="repeat">
        <legend>{{ 'resolutionManage.adopt.commitments' | transloco }}</legend>
        <p class="note">{{ 'resolutionManage.adopt.commitmentsHint' | transloco }}</p>
        @for (row of commitments(); track $index; let index = $index) {
          <div class="form" data-testid="commitment-row">
            <div class="pair">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
                <mat-label>{{
                  'resolutionManage.commitment.actor' | transloco: { number: index + 1 }
                }}</mat-label>
                <input
                  matInput
                  [name]="'commitmentActor' + index"
                  data-testid="commitment-actor"
                  [maxlength]="limits.commitmentTextMaxLength"
                  [ngModel]="row.actor"
                  (ngModelChange)="setCommitment(index, 'actor', $event)"
                />
                <mat-hint>{{ 'resolutionManage.commitment.actorHint' | transloco }}</mat-hint>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
                <mat-label>{{
                  'resolutionManage.commitment.dueOn' | transloco: { number: index + 1 }
                }}</mat-label>
                <input
                  matInput
                  type="date"
                  [name]="'commitmentDueOn' + index"
                  data-testid="commitment-due"
                  [ngModel]="row.dueOn"
                  (ngModelChange)="setCommitment(index, 'dueOn', $event)"
                />
              </mat-form-field>
            </div>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
              <mat-label>{{
                'resolutionManage.commitment.action' | transloco: { number: index + 1 }
              }}</mat-label>
              <textarea
                matInput
                rows="2"
                [name]="'commitmentAction' + index"
                data-testid="commitment-action"
                [maxlength]="limits.commitmentTextMaxLength"
                [ngModel]="row.action"
                (ngModelChange)="setCommitment(index, 'action', $event)"
              ></textarea>
            </mat-form-field>
            <div class="actions">
              <button mat-button type="button" (click)="removeCommitment(index)">
                {{ 'resolutionManage.adopt.removeCommitment' | transloco: { number: index + 1 } }}
              </button>
            </div>
          </div>
        }
        <button mat-stroked-button type="button" data-testid="add-commitment-row" (click)="addCommitment()">
          {{ 'resolutionManage.adopt.addCommitment' | transloco }}
        </button>
      </fieldset>

      @if (incomplete()) {
        <p class="problem" role="alert" data-testid="adopt-problem">
          {{ 'resolutionManage.adopt.incomplete' | transloco }}
        </p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="adopt" [disabled]="busy()">
          {{ 'resolutionManage.adopt.submit' | transloco }}
        </button>
      </div>
    </form>
  `,
  styleUrls: ['../resolutions.css', './desk.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdoptFormComponent {
  readonly organizations = input.required<readonly OrganizationChoice[]>();
  readonly busy = input(false);
  readonly adopt = output<Adoption>();

  protected readonly limits = RESOLUTION_LIMITS;
  protected readonly reservations = signal<ReservationRow[]>([]);
  protected readonly commitments = signal<CommitmentRow[]>([blankCommitment()]);
  protected readonly incomplete = signal(false);

  protected addReservation(): void {
    this.reservations.update((rows) => [...rows, blankReservation()]);
  }

  protected removeReservation(index: number): void {
    this.reservations.update((rows) => rows.filter((_, at) => at !== index));
  }

  protected setReservation(index: number, field: keyof ReservationRow, value: string): void {
    this.reservations.update((rows) =>
      rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)),
    );
  }

  protected addCommitment(): void {
    this.commitments.update((rows) => [...rows, blankCommitment()]);
  }

  protected removeCommitment(index: number): void {
    this.commitments.update((rows) => rows.filter((_, at) => at !== index));
  }

  protected setCommitment(index: number, field: keyof CommitmentRow, value: string): void {
    this.commitments.update((rows) =>
      rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)),
    );
  }

  protected submit(): void {
    const reservations = filledRows(this.reservations(), ['organizationId', 'text']);
    const commitments = filledRows(this.commitments(), ['actor', 'action']);
    this.incomplete.set(reservations.incomplete || commitments.incomplete);
    if (this.incomplete()) return;
    this.adopt.emit({
      reservations: reservations.rows.map((row) => ({
        organizationId: row.organizationId,
        text: row.text.trim(),
      })),
      commitments: commitments.rows.map((row) => ({
        actor: row.actor.trim(),
        action: row.action.trim(),
        dueOn: row.dueOn || null,
      })),
    });
  }
}
