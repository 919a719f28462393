import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { attendanceProblem, CHARTER_LIMITS, type SectorAttendance } from '@canopy/domain';
import type { OrganizationSector, RecordCharterAdoptionInput } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';

export type Adoption = Omit<RecordCharterAdoptionInput, 'editionId'>;

const SECTORS: OrganizationSector[] = ['GOVERNMENT', 'ACADEMIC_PROFESSIONAL', 'CIVIL_SOCIETY', 'PRIVATE'];

/** The community forum that adopted the edition: when, where, who came from each sector, how it decided. */
@Component({
  selector: 'canopy-charter-adoption-form',
  imports: [FormsModule, MatButton, MatFormField, MatHint, MatInput, MatLabel, TranslocoPipe],
  template: `
    <form class="form" data-testid="adoption-form" novalidate (ngSubmit)="submit()">
      <div class="pair">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'charterEditor.adoption.forumDate' | transloco }}</mat-label>
          <input
            matInput
            type="date"
            name="forumDate"
            required
            data-testid="adoption-forum-date"
            [attr.aria-invalid]="problem() === 'forumDate'"
            [ngModel]="forumDate()"
            (ngModelChange)="forumDate.set($event)"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'charterEditor.adoption.effectiveDate' | transloco }}</mat-label>
          <input
            matInput
            type="date"
            name="effectiveDate"
            required
            data-testid="adoption-effective-date"
            [attr.aria-invalid]="problem() === 'effectiveDate'"
            [ngModel]="effectiveDate()"
            (ngModelChange)="effectiveDate.set($event)"
          />
          <mat-hint>{{ 'charterEditor.adoption.effectiveDateHint' | transloco }}</mat-hint>
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'charterEditor.adoption.forumPlace' | transloco }}</mat-label>
        <input
          matInput
          name="forumPlace"
          required
          data-testid="adoption-forum-place"
          [maxlength]="limits.placeMaxLength"
          [attr.aria-invalid]="problem() === 'forumPlace'"
          [ngModel]="forumPlace()"
          (ngModelChange)="forumPlace.set($event)"
        />
      </mat-form-field>
      <fieldset class="repeat">
        <legend>{{ 'charterEditor.adoption.attendance' | transloco }}</legend>
        <div class="pair">
          @for (sector of sectors; track sector) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
              <mat-label>{{ 'sector.' + sector | transloco }}</mat-label>
              <input
                matInput
                type="number"
                min="0"
                step="1"
                inputmode="numeric"
                [name]="'attendance' + sector"
                [attr.data-testid]="'adoption-attendance-' + sector"
                [attr.aria-invalid]="problem() === 'attendance'"
                [ngModel]="attendance()[sector]"
                (ngModelChange)="setAttendance(sector, $event)"
              />
            </mat-form-field>
          }
        </div>
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          name="byConsensus"
          data-testid="adoption-consensus"
          [checked]="byConsensus()"
          (change)="byConsensus.set($any($event.target).checked)"
        />
        {{ 'charterEditor.adoption.byConsensus' | transloco }}
      </label>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'charterEditor.adoption.note' | transloco }}</mat-label>
        <textarea
          matInput
          name="note"
          rows="2"
          data-testid="adoption-note"
          [maxlength]="limits.noteMaxLength"
          [ngModel]="note()"
          (ngModelChange)="note.set($event)"
        ></textarea>
      </mat-form-field>
      @if (problem(); as problem) {
        <p class="problem" role="alert" data-testid="adoption-problem">
          {{ 'charterEditor.adoption.needs.' + problem | transloco }}
        </p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="adoption-submit" [disabled]="busy()">
          {{ 'charterEditor.adoption.submit' | transloco }}
        </button>
      </div>
    </form>
  `,
  styleUrl: '../charters-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdoptionFormComponent {
  readonly busy = input(false);
  readonly adopt = output<Adoption>();

  protected readonly limits = CHARTER_LIMITS;
  protected readonly sectors = SECTORS;
  protected readonly forumDate = signal(new Date().toISOString().slice(0, 10));
  protected readonly effectiveDate = signal(new Date().toISOString().slice(0, 10));
  protected readonly forumPlace = signal('');
  protected readonly attendance = signal<Record<OrganizationSector, number | null>>({
    GOVERNMENT: null,
    ACADEMIC_PROFESSIONAL: null,
    CIVIL_SOCIETY: null,
    PRIVATE: null,
  });
  protected readonly byConsensus = signal(true);
  protected readonly note = signal('');
  protected readonly problem = signal<'forumDate' | 'effectiveDate' | 'forumPlace' | 'attendance' | null>(
    null,
  );

  protected setAttendance(sector: OrganizationSector, count: number | null): void {
    this.attendance.update((counts) => ({ ...counts, [sector]: count }));
  }

  protected submit(): void {
    const attendance = this.sectors.map((sector) => ({
      sector,
      count: Number(this.attendance()[sector] ?? 0),
    }));
    this.problem.set(
      !this.forumDate()
        ? 'forumDate'
        : !this.effectiveDate()
          ? 'effectiveDate'
          : !this.forumPlace().trim()
            ? 'forumPlace'
            : attendanceProblem(attendance as SectorAttendance[])
              ? 'attendance'
              : null,
    );
    if (this.problem()) return;
    this.adopt.emit({
      forumDate: this.forumDate(),
      effectiveDate: this.effectiveDate(),
      forumPlace: this.forumPlace().trim(),
      attendance,
      byConsensus: this.byConsensus(),
      note: this.note().trim() || null,
    });
  }
}
