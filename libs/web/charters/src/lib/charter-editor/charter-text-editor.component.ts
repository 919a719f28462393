import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CHARTER_LIMITS } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, fieldProblems } from '@canopy/web/core';
import { SaveCharterTextDocument } from '../graphql/generated';
import { focusMoveButton, MoveButtonsComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import {
  addActor,
  addClause,
  addSection,
  changeActor,
  changeClause,
  changeIndicator,
  changeSection,
  type ClauseDraft,
  clauseAtEnd,
  clauseNumber,
  draftProblems,
  type IndicatorDraft,
  type LocatedProblem,
  locateProblems,
  moveClause,
  moveSection,
  removeActor,
  removeClause,
  removeSection,
  type SavedSection,
  type SectionDraft,
  toSectionsInput,
  toTextDraft,
  withIndicator,
} from './charter-text-draft';

export interface NamedOrganization {
  readonly id: string;
  readonly name: string;
}

const FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
const DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const;

/**
 * The text of an edition being drafted: sections (definitions first) holding clauses numbered through
 * the whole text, each with who is responsible and, optionally, an indicator to monitor. Everything
 * moves by buttons, with focus following; the whole text is saved at once, against the revision it
 * started from, so a save never overwrites someone else's.
 */
@Component({
  selector: 'canopy-charter-text-editor',
  imports: [
    ActionOutcomeComponent,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MoveButtonsComponent,
    NgTemplateOutlet,
    TranslocoPipe,
  ],
  templateUrl: './charter-text-editor.component.html',
  styleUrls: ['../charters-desk.css', './charter-text-editor.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterTextEditorComponent {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly editionId = input.required<string>();
  readonly revision = input.required<number>();
  readonly saved = input.required<readonly SavedSection[]>();
  readonly chapters = input<readonly { code: string; title: string }[]>([]);
  readonly organizations = input<readonly NamedOrganization[]>([]);
  /** Asks the page for the text as saved now (after someone else saved). */
  readonly reload = output<void>();

  /** Starts again from the saved text whenever a new revision of it arrives. */
  protected readonly sections = linkedSignal<number, SectionDraft[]>({
    source: () => this.revision(),
    computation: () => toTextDraft(this.saved()),
  });
  protected readonly problems = signal<Record<string, LocatedProblem>>({});
  protected readonly stale = signal(false);
  protected readonly runner = new ActionRunner();
  protected readonly limits = CHARTER_LIMITS;
  protected readonly frequencies = FREQUENCIES;
  protected readonly directions = DIRECTIONS;
  protected readonly announcement = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  protected readonly clauseCount = computed(() =>
    this.sections().reduce((sum, section) => sum + section.clauses.length, 0),
  );

  protected clauseNumberAt(section: number, clause: number): number {
    return clauseNumber(this.sections(), section, clause);
  }

  protected atEnd(section: number, clause: number, offset: -1 | 1): boolean {
    return clauseAtEnd(this.sections(), section, clause, offset);
  }

  protected problem(place: string): LocatedProblem | undefined {
    return this.problems()[place];
  }

  /** The id of the message under a field, for `aria-describedby`, when there is one. */
  protected problemId(place: string): string | null {
    return this.problems()[place] ? `problem-${place.replace(/[^\w-]/g, '-')}` : null;
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected setSection(index: number, change: Partial<Omit<SectionDraft, 'key' | 'clauses'>>): void {
    this.sections.update((sections) => changeSection(sections, index, change));
  }

  protected setClause(section: number, clause: number, change: (draft: ClauseDraft) => ClauseDraft): void {
    this.sections.update((sections) => changeClause(sections, section, clause, change));
  }

  protected setText(section: number, clause: number, text: string): void {
    this.setClause(section, clause, (draft) => ({ ...draft, text }));
  }

  protected setActor(
    section: number,
    clause: number,
    actor: number,
    change: { name?: string; organizationId?: string },
  ): void {
    this.setClause(section, clause, (draft) => changeActor(draft, actor, change));
  }

  protected addActor(section: number, clause: number): void {
    this.setClause(section, clause, addActor);
    const key = this.sections()[section].clauses[clause].key;
    this.focusAfterRender(`[data-clause-key="${key}"] [data-testid="actor-name"]:last-of-type`, true);
  }

  protected removeActor(section: number, clause: number, actor: number): void {
    this.setClause(section, clause, (draft) => removeActor(draft, actor));
    const key = this.sections()[section].clauses[clause].key;
    this.focusAfterRender(`[data-clause-key="${key}"] [data-testid="actor-add"]`);
  }

  protected toggleIndicator(section: number, clause: number, on: boolean): void {
    this.setClause(section, clause, (draft) => withIndicator(draft, on));
  }

  protected setIndicator(section: number, clause: number, change: Partial<IndicatorDraft>): void {
    this.setClause(section, clause, (draft) => changeIndicator(draft, change));
  }

  protected addSection(): void {
    this.sections.update(addSection);
    this.announce('charterEditor.text.sectionAdded', { number: this.sections().length });
    this.focusAfterRender('[data-testid="section-draft"]:last-of-type [data-testid="section-title"]');
  }

  protected removeSection(index: number): void {
    this.sections.update((sections) => removeSection(sections, index));
    this.announce('charterEditor.text.sectionRemoved', { number: index + 1 });
    this.focusAfterRender('[data-testid="section-add"]');
  }

  protected moveSection(index: number, offset: -1 | 1): void {
    const key = this.sections()[index]?.key;
    this.sections.update((sections) => moveSection(sections, index, offset));
    const at = this.sections().findIndex((section) => section.key === key);
    this.announce('charterEditor.text.sectionMoved', { from: index + 1, to: at + 1 });
    focusMoveButton(this.host.nativeElement, `section-${key}`, offset, this.injector);
  }

  protected addClause(section: number): void {
    this.sections.update((sections) => addClause(sections, section));
    const key = this.sections()[section].key;
    const number = this.clauseNumberAt(section, this.sections()[section].clauses.length - 1);
    this.announce('charterEditor.text.clauseAdded', { number });
    this.focusAfterRender(
      `[data-section-key="${key}"] [data-testid="clause-draft"]:last-of-type [data-testid="clause-text"]`,
    );
  }

  protected removeClause(section: number, clause: number): void {
    const number = this.clauseNumberAt(section, clause);
    this.sections.update((sections) => removeClause(sections, section, clause));
    this.announce('charterEditor.text.clauseRemoved', { number });
    const key = this.sections()[section].key;
    this.focusAfterRender(`[data-section-key="${key}"] [data-testid="clause-add"]`);
  }

  protected moveClause(section: number, clause: number, offset: -1 | 1): void {
    const from = this.clauseNumberAt(section, clause);
    const key = this.sections()[section].clauses[clause].key;
    this.sections.update((sections) => moveClause(sections, section, clause, offset));
    const to = this.sections()
      .flatMap((draft) => draft.clauses)
      .findIndex((draft) => draft.key === key);
    this.announce('charterEditor.text.clauseMoved', { from, to: to + 1 });
    focusMoveButton(this.host.nativeElement, `clause-${key}`, offset, this.injector);
  }

  protected async save(): Promise<void> {
    const sent = this.sections();
    this.stale.set(false);
    this.problems.set(draftProblems(sent));
    if (Object.keys(this.problems()).length) {
      this.runner.clear();
      this.focusAfterRender('[aria-invalid="true"]');
      return;
    }
    const done = await this.runner.run({ key: 'charterEditor.text.saved' }, () =>
      this.apollo.mutate({
        mutation: SaveCharterTextDocument,
        variables: {
          input: {
            editionId: this.editionId(),
            expectedRevision: this.revision(),
            sections: toSectionsInput(sent),
          },
        },
        refetchQueries: ['CharterEditor'],
        awaitRefetchQueries: true,
      }),
    );
    if (done) return;
    const outcome = this.runner.outcome();
    const refused = outcome?.kind === 'failed' ? fieldProblems(outcome.error) : [];
    this.stale.set(refused.some((problem) => problem.reason === 'STALE_TEXT'));
    this.problems.set(
      locateProblems(
        sent,
        refused.filter((problem) => problem.field.startsWith('sections')),
      ),
    );
  }

  protected reloadText(): void {
    this.stale.set(false);
    this.runner.clear();
    this.reload.emit();
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set({ key, params });
  }

  private focusAfterRender(selector: string, last = false): void {
    afterNextRender(
      () => {
        const found = this.host.nativeElement.querySelectorAll<HTMLElement>(selector);
        (last ? found[found.length - 1] : found[0])?.focus();
      },
      { injector: this.injector },
    );
  }
}
