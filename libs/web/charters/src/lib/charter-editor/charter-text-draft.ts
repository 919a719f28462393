import {
  type CharterSectionDraft,
  CharterSectionKind,
  charterTextProblems,
  IndicatorDirection,
  IndicatorFrequency,
  moveItem,
} from '@canopy/domain';
import type { CharterSectionInput } from '../graphql/generated';

/**
 * The committee's working copy of an edition's text: sections holding clauses, each with the people or
 * organizations responsible and an optional indicator. Every item has a key that stays with it when it
 * moves (its fields and focus follow); a clause already saved keeps its `id`, and with it its lineage.
 */
export interface ActorDraft {
  readonly key: number;
  readonly name: string;
  /** '' for a named actor that is not an organization on Canopy. */
  readonly organizationId: string;
}

export interface IndicatorDraft {
  readonly name: string;
  /** As typed: checked to be a number before it is sent. */
  readonly target: string;
  readonly unit: string;
  readonly frequency: `${IndicatorFrequency}`;
  readonly direction: `${IndicatorDirection}`;
}

export interface ClauseDraft {
  readonly key: number;
  readonly id: string | null;
  readonly text: string;
  readonly responsible: readonly ActorDraft[];
  readonly indicator: IndicatorDraft | null;
}

export interface SectionDraft {
  readonly key: number;
  readonly kind: `${CharterSectionKind}`;
  readonly title: string;
  /** '' for none. */
  readonly statuteChapter: string;
  readonly clauses: readonly ClauseDraft[];
}

/** An edition's text as the API gives it. */
export interface SavedSection {
  readonly kind: `${CharterSectionKind}`;
  readonly title: string;
  readonly statuteChapter?: string | null;
  readonly clauses: readonly {
    readonly id: string;
    readonly text: string;
    readonly responsible: readonly {
      readonly name: string;
      readonly organization?: { readonly id: string } | null;
    }[];
    readonly indicator?: {
      readonly name: string;
      readonly target: number;
      readonly unit: string;
      readonly frequency: `${IndicatorFrequency}`;
      readonly direction: `${IndicatorDirection}`;
    } | null;
  }[];
}

let nextKey = 1;
const key = () => nextKey++;

export function toTextDraft(sections: readonly SavedSection[]): SectionDraft[] {
  return sections.map((section) => ({
    key: key(),
    kind: section.kind,
    title: section.title,
    statuteChapter: section.statuteChapter ?? '',
    clauses: section.clauses.map((clause) => ({
      key: key(),
      id: clause.id,
      text: clause.text,
      responsible: clause.responsible.map((actor) => ({
        key: key(),
        name: actor.name,
        organizationId: actor.organization?.id ?? '',
      })),
      indicator: clause.indicator
        ? {
            name: clause.indicator.name,
            target: String(clause.indicator.target),
            unit: clause.indicator.unit,
            frequency: clause.indicator.frequency,
            direction: clause.indicator.direction,
          }
        : null,
    })),
  }));
}

export function newClause(): ClauseDraft {
  return { key: key(), id: null, text: '', responsible: [], indicator: null };
}

/** A definitions section can only come first, so a text that has one gets provisions next. */
export function addSection(sections: readonly SectionDraft[]): SectionDraft[] {
  const kind = sections.length ? CharterSectionKind.PROVISIONS : CharterSectionKind.DEFINITIONS;
  return [...sections, { key: key(), kind, title: '', statuteChapter: '', clauses: [newClause()] }];
}

export function removeSection(sections: readonly SectionDraft[], index: number): SectionDraft[] {
  return sections.filter((_, at) => at !== index);
}

export function moveSection(
  sections: readonly SectionDraft[],
  index: number,
  offset: number,
): SectionDraft[] {
  return moveItem(sections, index, offset);
}

export function changeSection(
  sections: readonly SectionDraft[],
  index: number,
  change: Partial<Omit<SectionDraft, 'key' | 'clauses'>>,
): SectionDraft[] {
  return sections.map((section, at) => (at === index ? { ...section, ...change } : section));
}

function withClauses(
  sections: readonly SectionDraft[],
  index: number,
  clauses: (clauses: readonly ClauseDraft[]) => readonly ClauseDraft[],
): SectionDraft[] {
  return sections.map((section, at) =>
    at === index ? { ...section, clauses: clauses(section.clauses) } : section,
  );
}

export function addClause(sections: readonly SectionDraft[], section: number): SectionDraft[] {
  return withClauses(sections, section, (clauses) => [...clauses, newClause()]);
}

export function removeClause(
  sections: readonly SectionDraft[],
  section: number,
  clause: number,
): SectionDraft[] {
  return withClauses(sections, section, (clauses) => clauses.filter((_, at) => at !== clause));
}

export function changeClause(
  sections: readonly SectionDraft[],
  section: number,
  clause: number,
  change: (clause: ClauseDraft) => ClauseDraft,
): SectionDraft[] {
  return withClauses(sections, section, (clauses) =>
    clauses.map((draft, at) => (at === clause ? change(draft) : draft)),
  );
}

/**
 * Moves a clause one place up or down. Past the first or last clause of its section it crosses into
 * the section before (as its last clause) or after (as its first); past either end of the text it
 * stays. Numbering runs through the whole text, so this is one step either way.
 */
export function moveClause(
  sections: readonly SectionDraft[],
  section: number,
  clause: number,
  offset: -1 | 1,
): SectionDraft[] {
  const clauses = sections[section]?.clauses;
  if (!clauses?.[clause]) return [...sections];
  const target = clause + offset;
  if (target >= 0 && target < clauses.length) {
    return withClauses(sections, section, (list) => moveItem(list, clause, offset));
  }
  const neighbour = section + offset;
  if (neighbour < 0 || neighbour >= sections.length) return [...sections];
  const moving = clauses[clause];
  const without = removeClause(sections, section, clause);
  return withClauses(without, neighbour, (list) => (offset < 0 ? [...list, moving] : [moving, ...list]));
}

/** Whether a clause is the first (or last) of the whole text: it can move no further that way. */
export function clauseAtEnd(
  sections: readonly SectionDraft[],
  section: number,
  clause: number,
  offset: -1 | 1,
): boolean {
  if (offset < 0) return section === 0 && clause === 0;
  return section === sections.length - 1 && clause === sections[section].clauses.length - 1;
}

/** The number a clause will have: clauses are numbered through the whole text. */
export function clauseNumber(sections: readonly SectionDraft[], section: number, clause: number): number {
  return sections.slice(0, section).reduce((sum, draft) => sum + draft.clauses.length, 0) + clause + 1;
}

export function addActor(clause: ClauseDraft): ClauseDraft {
  return { ...clause, responsible: [...clause.responsible, { key: key(), name: '', organizationId: '' }] };
}

export function removeActor(clause: ClauseDraft, index: number): ClauseDraft {
  return { ...clause, responsible: clause.responsible.filter((_, at) => at !== index) };
}

export function changeActor(
  clause: ClauseDraft,
  index: number,
  change: Partial<Omit<ActorDraft, 'key'>>,
): ClauseDraft {
  return {
    ...clause,
    responsible: clause.responsible.map((actor, at) => (at === index ? { ...actor, ...change } : actor)),
  };
}

export function withIndicator(clause: ClauseDraft, on: boolean): ClauseDraft {
  if (!on) return { ...clause, indicator: null };
  return {
    ...clause,
    indicator: clause.indicator ?? {
      name: '',
      target: '',
      unit: '',
      frequency: IndicatorFrequency.YEARLY,
      direction: IndicatorDirection.AT_LEAST,
    },
  };
}

export function changeIndicator(clause: ClauseDraft, change: Partial<IndicatorDraft>): ClauseDraft {
  return clause.indicator ? { ...clause, indicator: { ...clause.indicator, ...change } } : clause;
}

function target(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value.replace(',', '.'));
}

/** The text as `saveCharterText` takes it: trimmed, clauses with their ids, blank optional parts left out. */
export function toSectionsInput(sections: readonly SectionDraft[]): CharterSectionInput[] {
  return sections.map((section) => ({
    kind: section.kind,
    title: section.title.trim(),
    statuteChapter: section.statuteChapter || null,
    clauses: section.clauses.map((clause) => ({
      ...(clause.id ? { id: clause.id } : {}),
      text: clause.text.trim(),
      responsible: clause.responsible.map((actor) => ({
        name: actor.name.trim(),
        organizationId: actor.organizationId || null,
      })),
      indicator: clause.indicator
        ? {
            name: clause.indicator.name.trim(),
            target: target(clause.indicator.target),
            unit: clause.indicator.unit.trim(),
            frequency: clause.indicator.frequency,
            direction: clause.indicator.direction,
          }
        : null,
    })),
  }));
}

/** What a problem with the text is about, in words the editor translates. */
export type TextProblemKind =
  'empty' | 'number' | 'definitionsFirst' | 'noClause' | 'tooLong' | 'tooMany' | 'other';

export interface LocatedProblem {
  readonly kind: TextProblemKind;
  /** The API's own words, for a problem the editor has no translation for. */
  readonly message: string;
}

function problemKind(message: string): TextProblemKind {
  if (message === 'must not be empty') return 'empty';
  if (message === 'must be a number') return 'number';
  if (message.startsWith('definitions come first')) return 'definitionsFirst';
  if (message === 'must hold a clause') return 'noClause';
  if (message.includes('characters long')) return 'tooLong';
  if (
    message.startsWith('must be at most') ||
    message.startsWith('must hold at most') ||
    message.startsWith('must name at most')
  )
    return 'tooMany';
  return 'other';
}

/**
 * Places problems named by their path in the input (`sections.1.clauses.0.text`, as the API and the
 * domain's check name them) on the items of the draft, by key: `section:<key>:title`,
 * `clause:<key>:indicator.target`, `actor:<key>:name`. A problem of the whole text is under `text`.
 * The paths are those of the draft as it was sent, so this is done right when the answer comes.
 */
export function locateProblems(
  sections: readonly SectionDraft[],
  problems: readonly { readonly field: string; readonly message: string }[],
): Record<string, LocatedProblem> {
  const located: Record<string, LocatedProblem> = {};
  for (const problem of problems) {
    const where = placeOf(sections, problem.field.replace(/^input\./, ''));
    located[where] ??= { kind: problemKind(problem.message), message: problem.message };
  }
  return located;
}

function placeOf(sections: readonly SectionDraft[], path: string): string {
  const match = /^sections\.(\d+)(?:\.(kind|title|statuteChapter|clauses)(?:\.(\d+)(?:\.(.+))?)?)?$/.exec(
    path,
  );
  const section = match ? sections[Number(match[1])] : undefined;
  if (!match || !section) return 'text';
  const [, , field, clauseAt, rest] = match;
  if (field !== 'clauses') return `section:${section.key}:${field ?? 'title'}`;
  const clause = clauseAt === undefined ? undefined : section.clauses[Number(clauseAt)];
  if (!clause) return `section:${section.key}:clauses`;
  const actor = /^responsible\.(\d+)\.(\w+)$/.exec(rest ?? '');
  if (actor) {
    const named = clause.responsible[Number(actor[1])];
    if (named) return `actor:${named.key}:${actor[2]}`;
  }
  return `clause:${clause.key}:${rest ?? 'text'}`;
}

/** The problems the domain finds before anything is sent, placed like the API's. */
export function draftProblems(sections: readonly SectionDraft[]): Record<string, LocatedProblem> {
  return locateProblems(sections, charterTextProblems(toSectionsInput(sections) as CharterSectionDraft[]));
}
