/**
 * A community health charter: a community's own agreement on health (the Thai sub-district "health
 * statute"), written by a development committee, heard in public, adopted at a community forum, then
 * in force until its next edition supersedes it. Each edition is made of sections and numbered clauses.
 */
import { OrganizationSector } from './organization';
import { ParagraphChange, ParagraphComparison } from './resolution';

export enum CharterState {
  INITIATED = 'INITIATED',
  DRAFTING = 'DRAFTING',
  PUBLIC_HEARING = 'PUBLIC_HEARING',
  ADOPTED = 'ADOPTED',
  IN_FORCE = 'IN_FORCE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SUPERSEDED = 'SUPERSEDED',
}

export enum CharterEvent {
  START_DRAFTING = 'START_DRAFTING',
  OPEN_HEARING = 'OPEN_HEARING',
  ADOPT = 'ADOPT',
  BRING_INTO_FORCE = 'BRING_INTO_FORCE',
  START_REVIEW = 'START_REVIEW',
  SUPERSEDE = 'SUPERSEDE',
}

const TRANSITIONS: Record<CharterEvent, Partial<Record<CharterState, CharterState>>> = {
  [CharterEvent.START_DRAFTING]: { [CharterState.INITIATED]: CharterState.DRAFTING },
  [CharterEvent.OPEN_HEARING]: { [CharterState.DRAFTING]: CharterState.PUBLIC_HEARING },
  [CharterEvent.ADOPT]: { [CharterState.PUBLIC_HEARING]: CharterState.ADOPTED },
  [CharterEvent.BRING_INTO_FORCE]: { [CharterState.ADOPTED]: CharterState.IN_FORCE },
  [CharterEvent.START_REVIEW]: { [CharterState.IN_FORCE]: CharterState.UNDER_REVIEW },
  [CharterEvent.SUPERSEDE]: { [CharterState.UNDER_REVIEW]: CharterState.SUPERSEDED },
};

/** The state an event leads an edition to, or null when it is not allowed from `from`. */
export function charterTransition(from: CharterState, event: CharterEvent): CharterState | null {
  return TRANSITIONS[event][from] ?? null;
}

/** The events the committee may take on an edition in this state (what the editor offers). */
export function charterEvents(state: CharterState): CharterEvent[] {
  return Object.values(CharterEvent).filter(
    (event) => event !== CharterEvent.SUPERSEDE && charterTransition(state, event) !== null,
  );
}

/** The text may be written only while drafting: from the hearing on, residents must read what is decided. */
export function isCharterTextEditable(state: CharterState): boolean {
  return state === CharterState.DRAFTING;
}

/** Adopted editions (in force, under review, or about to be) are what residents and organizations sign. */
export function isCharterSignable(state: CharterState): boolean {
  return [CharterState.ADOPTED, CharterState.IN_FORCE, CharterState.UNDER_REVIEW].includes(state);
}

/** Editions that were adopted at a forum: the ones another community may start from. */
export function wasCharterAdopted(state: CharterState): boolean {
  return isCharterSignable(state) || state === CharterState.SUPERSEDED;
}

export enum CharterSectionKind {
  DEFINITIONS = 'DEFINITIONS',
  PROVISIONS = 'PROVISIONS',
}

export enum IndicatorFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}

/** Whether a reading meets its target by reaching it or by staying under it. */
export enum IndicatorDirection {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}

export const CHARTER_LIMITS = {
  titleMaxLength: 200,
  sectionTitleMaxLength: 300,
  maxSections: 40,
  maxClauses: 300,
  clauseMaxLength: 4_000,
  maxResponsibleActors: 10,
  actorNameMaxLength: 200,
  indicatorTextMaxLength: 200,
  unitMaxLength: 40,
  placeMaxLength: 300,
  noteMaxLength: 2_000,
  maxAttendance: 1_000_000,
} as const;

export interface CharterIndicator {
  name: string;
  target: number;
  unit: string;
  frequency: IndicatorFrequency;
  direction: IndicatorDirection;
}

export interface CharterClauseDraft {
  text: string;
  indicator?: CharterIndicator | null;
  responsible?: readonly { name: string; organizationId?: string | null }[] | null;
}

export interface CharterSectionDraft {
  kind: CharterSectionKind;
  title: string;
  clauses: readonly CharterClauseDraft[];
}

export interface TextProblem {
  /** Path of the field at fault within the input, e.g. `sections.1.clauses.0.text`. */
  field: string;
  message: string;
}

/** Text as stored: trimmed, line ends unified. */
export function normalizeCharterText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * What is wrong with an edition's text, field by field: a definitions section (at most one) comes
 * first; every section has a title and at least one clause; clauses and indicators stay in bounds.
 */
export function charterTextProblems(sections: readonly CharterSectionDraft[]): TextProblem[] {
  const problems: TextProblem[] = [];
  if (sections.length > CHARTER_LIMITS.maxSections) {
    problems.push({ field: 'sections', message: `must be at most ${CHARTER_LIMITS.maxSections}` });
  }
  const clauses = sections.reduce((sum, section) => sum + section.clauses.length, 0);
  if (clauses > CHARTER_LIMITS.maxClauses) {
    problems.push({ field: 'sections', message: `must hold at most ${CHARTER_LIMITS.maxClauses} clauses` });
  }
  sections.forEach((section, s) => {
    const at = `sections.${s}`;
    if (section.kind === CharterSectionKind.DEFINITIONS && s > 0) {
      problems.push({ field: `${at}.kind`, message: 'definitions come first, in one section' });
    }
    const title = normalizeCharterText(section.title);
    if (!title) problems.push({ field: `${at}.title`, message: 'must not be empty' });
    if (title.length > CHARTER_LIMITS.sectionTitleMaxLength) {
      problems.push({
        field: `${at}.title`,
        message: `must be at most ${CHARTER_LIMITS.sectionTitleMaxLength} characters long`,
      });
    }
    if (!section.clauses.length) problems.push({ field: `${at}.clauses`, message: 'must hold a clause' });
    section.clauses.forEach((clause, c) => {
      const where = `${at}.clauses.${c}`;
      const text = normalizeCharterText(clause.text);
      if (!text) problems.push({ field: `${where}.text`, message: 'must not be empty' });
      if (text.length > CHARTER_LIMITS.clauseMaxLength) {
        problems.push({
          field: `${where}.text`,
          message: `must be at most ${CHARTER_LIMITS.clauseMaxLength} characters long`,
        });
      }
      const responsible = clause.responsible ?? [];
      if (responsible.length > CHARTER_LIMITS.maxResponsibleActors) {
        problems.push({
          field: `${where}.responsible`,
          message: `must name at most ${CHARTER_LIMITS.maxResponsibleActors} actors`,
        });
      }
      responsible.forEach((actor, a) => {
        const name = normalizeCharterText(actor.name);
        if (!name) problems.push({ field: `${where}.responsible.${a}.name`, message: 'must not be empty' });
      });
      const indicator = clause.indicator;
      if (indicator) {
        if (!normalizeCharterText(indicator.name)) {
          problems.push({ field: `${where}.indicator.name`, message: 'must not be empty' });
        }
        if (!Number.isFinite(indicator.target)) {
          problems.push({ field: `${where}.indicator.target`, message: 'must be a number' });
        }
      }
    });
  });
  return problems;
}

/** Who came to the adoption forum, by sector. */
export interface SectorAttendance {
  sector: OrganizationSector;
  count: number;
}

/** The forum's record is sane: counts are whole and not negative, sectors appear once, someone came. */
export function attendanceProblem(attendance: readonly SectorAttendance[]): string | null {
  const sectors = new Set(attendance.map((row) => row.sector));
  if (sectors.size !== attendance.length) return 'must name each sector once';
  if (attendance.some((row) => !Number.isInteger(row.count) || row.count < 0)) {
    return 'counts must be whole numbers, not negative';
  }
  if (attendance.some((row) => row.count > CHARTER_LIMITS.maxAttendance)) return 'counts are too large';
  if (!attendance.some((row) => row.count > 0)) return 'must record who attended';
  return null;
}

/** A date-only value (YYYY-MM-DD) is today or earlier, in UTC. */
export function isOnOrBefore(date: string, now: Date): boolean {
  return date <= now.toISOString().slice(0, 10);
}

export interface ComparableClause {
  /** Stable across editions: a clause copied into the next edition keeps it. */
  lineageId: string;
  text: string;
}

export interface ClauseComparison extends ParagraphComparison {
  lineageId: string;
}

/**
 * Lines two editions up clause by clause. Clauses are matched by lineage (a clause carried into the
 * next edition, however reworded, is the same clause), in the later edition's order; a clause of the
 * earlier edition that is gone is listed where it stood.
 */
export function compareClauses(
  before: readonly ComparableClause[],
  after: readonly ComparableClause[],
): ClauseComparison[] {
  const earlier = new Map(before.map((clause, index) => [clause.lineageId, { clause, index }]));
  const later = new Set(after.map((clause) => clause.lineageId));
  const result: ClauseComparison[] = [];
  let nextBefore = 0;
  const flushRemovedUpTo = (limit: number) => {
    for (; nextBefore < limit; nextBefore++) {
      const gone = before[nextBefore];
      if (later.has(gone.lineageId)) continue;
      result.push({
        lineageId: gone.lineageId,
        change: ParagraphChange.REMOVED,
        beforeNumber: nextBefore + 1,
        afterNumber: null,
        before: gone.text,
        after: null,
      });
    }
  };
  // For each clause of the later edition, where the next carried-over clause stood in the earlier one:
  // clauses dropped before that point are listed ahead of the clauses added in the same gap.
  const nextCarried = new Array<number>(after.length);
  for (let j = after.length - 1, next = before.length; j >= 0; j--) {
    next = earlier.get(after[j].lineageId)?.index ?? next;
    nextCarried[j] = next;
  }
  after.forEach((clause, j) => {
    const match = earlier.get(clause.lineageId);
    if (!match) {
      flushRemovedUpTo(nextCarried[j]);
      result.push({
        lineageId: clause.lineageId,
        change: ParagraphChange.ADDED,
        beforeNumber: null,
        afterNumber: j + 1,
        before: null,
        after: clause.text,
      });
      return;
    }
    flushRemovedUpTo(match.index);
    nextBefore = Math.max(nextBefore, match.index + 1);
    result.push({
      lineageId: clause.lineageId,
      change: match.clause.text === clause.text ? ParagraphChange.UNCHANGED : ParagraphChange.CHANGED,
      beforeNumber: match.index + 1,
      afterNumber: j + 1,
      before: match.clause.text,
      after: clause.text,
    });
  });
  flushRemovedUpTo(before.length);
  return result;
}

export interface IndicatorReadingPoint {
  /** The end of the period measured (YYYY-MM-DD). */
  periodEnd: string;
  value: number;
  recordedAt: Date;
}

/**
 * An indicator's trend: one value per period (a later reading of the same period corrects an earlier
 * one), oldest first, each marked against the target.
 */
export function indicatorTrend(
  readings: readonly IndicatorReadingPoint[],
  target: number,
  direction: IndicatorDirection,
): { periodEnd: string; value: number; meetsTarget: boolean }[] {
  const latest = new Map<string, IndicatorReadingPoint>();
  for (const reading of readings) {
    const kept = latest.get(reading.periodEnd);
    if (!kept || kept.recordedAt <= reading.recordedAt) latest.set(reading.periodEnd, reading);
  }
  return [...latest.values()]
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
    .map(({ periodEnd, value }) => ({
      periodEnd,
      value,
      meetsTarget: direction === IndicatorDirection.AT_LEAST ? value >= target : value <= target,
    }));
}
