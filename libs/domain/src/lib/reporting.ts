/**
 * WHA77.2 biennial progress reports: a country's report for a reporting cycle holds one assessment per
 * member-state paragraph of the catalogue, goes through internal review and civil society's validation,
 * and is published as an immutable version; a correction publishes the next version with a change note.
 */

/** The first year reports on WHA77.2 are due, and how far ahead a cycle may be opened. */
export const CYCLE_YEARS = { first: 2026, last: 2100 } as const;

/** What is wrong with a new cycle's year or deadline, if anything (the catalogue is checked by lookup). */
export function newCycleProblem(year: number, deadline: string): 'year' | 'deadline' | null {
  if (!Number.isInteger(year) || year < CYCLE_YEARS.first || year > CYCLE_YEARS.last) return 'year';
  return isCalendarDate(deadline) ? null : 'deadline';
}

/** The year a new cycle would most likely be for: two years after the latest (reporting is biennial). */
export function nextCycleYear(existing: readonly number[]): number {
  const latest = Math.max(...existing.filter(Number.isInteger), CYCLE_YEARS.first - 2);
  return Math.min(latest + 2, CYCLE_YEARS.last);
}

export enum ReportState {
  DRAFT = 'DRAFT',
  INTERNAL_REVIEW = 'INTERNAL_REVIEW',
  STAKEHOLDER_VALIDATION = 'STAKEHOLDER_VALIDATION',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
}

export enum ReportEvent {
  SEND_FOR_REVIEW = 'SEND_FOR_REVIEW',
  RETURN_TO_DRAFT = 'RETURN_TO_DRAFT',
  OPEN_VALIDATION = 'OPEN_VALIDATION',
  SUBMIT = 'SUBMIT',
  PUBLISH = 'PUBLISH',
  START_CORRECTION = 'START_CORRECTION',
}

const TRANSITIONS: Record<ReportEvent, Partial<Record<ReportState, ReportState>>> = {
  [ReportEvent.SEND_FOR_REVIEW]: { [ReportState.DRAFT]: ReportState.INTERNAL_REVIEW },
  [ReportEvent.RETURN_TO_DRAFT]: {
    [ReportState.INTERNAL_REVIEW]: ReportState.DRAFT,
    [ReportState.STAKEHOLDER_VALIDATION]: ReportState.DRAFT,
  },
  [ReportEvent.OPEN_VALIDATION]: { [ReportState.INTERNAL_REVIEW]: ReportState.STAKEHOLDER_VALIDATION },
  [ReportEvent.SUBMIT]: { [ReportState.STAKEHOLDER_VALIDATION]: ReportState.SUBMITTED },
  [ReportEvent.PUBLISH]: { [ReportState.SUBMITTED]: ReportState.PUBLISHED },
  // The published version stays as it is; the working copy goes back to drafting for the next one.
  [ReportEvent.START_CORRECTION]: { [ReportState.PUBLISHED]: ReportState.DRAFT },
};

/** The state an event leads a report to, or null when it is not allowed from `from`. */
export function reportTransition(from: ReportState, event: ReportEvent): ReportState | null {
  return TRANSITIONS[event][from] ?? null;
}

/** The events officials may take on a report in this state (what the editor offers). */
export function reportEvents(state: ReportState): ReportEvent[] {
  return Object.values(ReportEvent).filter((event) => reportTransition(state, event) !== null);
}

/** Officials write while drafting and during internal review; from validation on, what is signed is fixed. */
export function isReportEditable(state: ReportState): boolean {
  return state === ReportState.DRAFT || state === ReportState.INTERNAL_REVIEW;
}

/** Civil society signs off or files shadow assessments only while validation is open. */
export function isValidationOpen(state: ReportState): boolean {
  return state === ReportState.STAKEHOLDER_VALIDATION;
}

/** Civil society of the country reads the working copy from validation on; before that it is the government's. */
export function isVisibleToValidators(state: ReportState): boolean {
  return state === ReportState.STAKEHOLDER_VALIDATION || state === ReportState.SUBMITTED;
}

/** How far a paragraph's commitment has come, in order. */
export enum AssessmentStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  LARGELY_ACHIEVED = 'LARGELY_ACHIEVED',
  ACHIEVED = 'ACHIEVED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

/** The statuses in the order charts and tables show them; not applicable stands apart, last. */
export const STATUS_ORDER: readonly AssessmentStatus[] = [
  AssessmentStatus.NOT_STARTED,
  AssessmentStatus.IN_PROGRESS,
  AssessmentStatus.LARGELY_ACHIEVED,
  AssessmentStatus.ACHIEVED,
  AssessmentStatus.NOT_APPLICABLE,
];

/** 0 for not started up to 3 for achieved; null for not applicable, which is not on the scale. */
export function statusRank(status: AssessmentStatus): number | null {
  return status === AssessmentStatus.NOT_APPLICABLE ? null : STATUS_ORDER.indexOf(status);
}

/** The evidence rule: any status past "not started" needs at least one piece of evidence. */
export function needsEvidence(status: AssessmentStatus): boolean {
  return status !== AssessmentStatus.NOT_STARTED;
}

export enum EvidenceKind {
  /** A file uploaded to Canopy. */
  DOCUMENT = 'DOCUMENT',
  LINK = 'LINK',
  /** An assembly run on Canopy, as evidence of a participatory mechanism at work. */
  ASSEMBLY = 'ASSEMBLY',
}

export interface Evidence {
  kind: EvidenceKind;
  description: string;
  /** YYYY-MM-DD: when the document was issued or the event took place. */
  date: string;
  url?: string | null;
  fileId?: string | null;
  assemblyId?: string | null;
}

/** One figure of an indicator: the whole population when `breakdown` is empty, else one group of it. */
export interface IndicatorValue {
  indicator: string;
  year: number;
  value: number;
  /** Breakdown dimension → group, e.g. { sex: 'female', age: '15-24' }. */
  breakdown: Readonly<Record<string, string>>;
}

export interface AssessmentDraft {
  status: AssessmentStatus;
  narrative: string;
  evidence: readonly Evidence[];
  indicatorValues?: readonly IndicatorValue[];
}

export enum MechanismType {
  ASSEMBLY = 'ASSEMBLY',
  COUNCIL = 'COUNCIL',
  CONSULTATION = 'CONSULTATION',
  CITIZENS_JURY = 'CITIZENS_JURY',
  COMMITTEE = 'COMMITTEE',
  OTHER = 'OTHER',
}

export enum MechanismLevel {
  NATIONAL = 'NATIONAL',
  SUBNATIONAL = 'SUBNATIONAL',
  LOCAL = 'LOCAL',
}

export enum MechanismFrequency {
  CONTINUOUS = 'CONTINUOUS',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
  AD_HOC = 'AD_HOC',
}

/** A participatory mechanism the country runs, as its report lists it. */
export interface Mechanism {
  name: string;
  type: MechanismType;
  level: MechanismLevel;
  legalBasis: string;
  frequency: MechanismFrequency;
  /** Yearly budget in `currency`, when there is one. */
  budget?: number | null;
  currency?: string | null;
  participants: string;
  /** The assembly on Canopy this mechanism is, if any. */
  assemblyId?: string | null;
}

export const REPORTING_LIMITS = {
  narrativeMaxLength: 10_000,
  descriptionMaxLength: 500,
  urlMaxLength: 1_000,
  maxEvidence: 20,
  maxIndicatorValues: 200,
  breakdownKeyMaxLength: 40,
  breakdownValueMaxLength: 80,
  maxBreakdownDimensions: 6,
  maxMechanisms: 50,
  mechanismTextMaxLength: 300,
  participantsMaxLength: 1_000,
  changeNoteMaxLength: 2_000,
  /** Evidence files: 10 MB each. */
  fileMaxBytes: 10 * 1024 * 1024,
  fileNameMaxLength: 200,
  minYear: 2000,
  maxYear: 2100,
} as const;

export interface FieldProblem {
  /** Path of the field at fault within the input, e.g. `evidence.0.url`. */
  field: string;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BREAKDOWN_KEY = /^[a-z][A-Za-z0-9]*$/;
const CURRENCY = /^[A-Z]{3}$/;

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An http(s) address a reader can open; anything else (javascript:, data:) is refused. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
  } catch {
    return false;
  }
}

/** Text as stored: line ends unified, trimmed. */
export function normalizeReportText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * What is wrong with a paragraph's assessment, field by field: the evidence rule, each piece of evidence
 * complete for its kind, indicator values for the paragraph's indicators with sane years, broken down
 * only by the dimensions the catalogue gives each indicator.
 */
export function assessmentProblems(
  draft: AssessmentDraft,
  indicators: readonly { code: string; breakdowns: readonly string[] }[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.narrative.length > REPORTING_LIMITS.narrativeMaxLength) {
    problems.push({
      field: 'narrative',
      message: `must be at most ${REPORTING_LIMITS.narrativeMaxLength} characters long`,
    });
  }
  if (needsEvidence(draft.status) && draft.evidence.length === 0) {
    problems.push({
      field: 'evidence',
      message: 'must hold at least one piece for a status past not started',
    });
  }
  if (draft.evidence.length > REPORTING_LIMITS.maxEvidence) {
    problems.push({ field: 'evidence', message: `must hold at most ${REPORTING_LIMITS.maxEvidence} pieces` });
  }
  draft.evidence.forEach((evidence, index) =>
    problems.push(...evidenceProblems(evidence, `evidence.${index}`, today)),
  );
  const values = draft.indicatorValues ?? [];
  if (values.length > REPORTING_LIMITS.maxIndicatorValues) {
    problems.push({
      field: 'indicatorValues',
      message: `must hold at most ${REPORTING_LIMITS.maxIndicatorValues} values`,
    });
  }
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const field = `indicatorValues.${index}`;
    const indicator = indicators.find((candidate) => candidate.code === value.indicator);
    if (!indicator) {
      problems.push({ field: `${field}.indicator`, message: 'must be one of the paragraph’s indicators' });
    }
    if (
      !Number.isInteger(value.year) ||
      value.year < REPORTING_LIMITS.minYear ||
      value.year > REPORTING_LIMITS.maxYear
    ) {
      problems.push({
        field: `${field}.year`,
        message: `must be a year between ${REPORTING_LIMITS.minYear} and ${REPORTING_LIMITS.maxYear}`,
      });
    }
    if (!Number.isFinite(value.value))
      problems.push({ field: `${field}.value`, message: 'must be a number' });
    const dimensions = Object.entries(value.breakdown);
    if (dimensions.length > REPORTING_LIMITS.maxBreakdownDimensions) {
      problems.push({
        field: `${field}.breakdown`,
        message: `must have at most ${REPORTING_LIMITS.maxBreakdownDimensions} dimensions`,
      });
    }
    dimensions.forEach(([key, group]) => {
      if (!BREAKDOWN_KEY.test(key) || key.length > REPORTING_LIMITS.breakdownKeyMaxLength) {
        problems.push({
          field: `${field}.breakdown`,
          message: `has a dimension name that is not a word: ${key}`,
        });
      } else if (indicator && !indicator.breakdowns.includes(key)) {
        problems.push({
          field: `${field}.breakdown`,
          message: `may break down by ${indicator.breakdowns.join(', ') || 'nothing'}, not by ${key}`,
        });
      }
      if (!group.trim() || group.length > REPORTING_LIMITS.breakdownValueMaxLength) {
        problems.push({
          field: `${field}.breakdown`,
          message: `must name each group in at most ${REPORTING_LIMITS.breakdownValueMaxLength} characters`,
        });
      }
    });
    const key = indicatorValueKey(value);
    if (seen.has(key)) {
      problems.push({ field, message: 'repeats a value for the same indicator, year and breakdown' });
    }
    seen.add(key);
  });
  return problems;
}

/** The identity of a figure: indicator, year and breakdown (dimensions in name order). */
export function indicatorValueKey(value: Pick<IndicatorValue, 'indicator' | 'year' | 'breakdown'>): string {
  const breakdown = Object.keys(value.breakdown)
    .sort()
    .map((key) => `${key}=${value.breakdown[key]}`)
    .join('&');
  return `${value.indicator}|${value.year}|${breakdown}`;
}

export function evidenceProblems(evidence: Evidence, field: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const description = evidence.description.trim();
  if (!description) problems.push({ field: `${field}.description`, message: 'must not be empty' });
  if (description.length > REPORTING_LIMITS.descriptionMaxLength) {
    problems.push({
      field: `${field}.description`,
      message: `must be at most ${REPORTING_LIMITS.descriptionMaxLength} characters long`,
    });
  }
  if (!isCalendarDate(evidence.date)) {
    problems.push({ field: `${field}.date`, message: 'must be a date (YYYY-MM-DD)' });
  } else if (evidence.date > today) {
    problems.push({ field: `${field}.date`, message: 'must not be in the future' });
  }
  if (evidence.kind === EvidenceKind.LINK) {
    if (!evidence.url || !isWebAddress(evidence.url) || evidence.url.length > REPORTING_LIMITS.urlMaxLength) {
      problems.push({ field: `${field}.url`, message: 'must be an http(s) address' });
    }
  } else if (evidence.url) {
    problems.push({ field: `${field}.url`, message: 'is only for links' });
  }
  if (evidence.kind === EvidenceKind.DOCUMENT && !evidence.fileId) {
    problems.push({ field: `${field}.fileId`, message: 'must name an uploaded file' });
  } else if (evidence.kind !== EvidenceKind.DOCUMENT && evidence.fileId) {
    problems.push({ field: `${field}.fileId`, message: 'is only for documents' });
  }
  if (evidence.kind === EvidenceKind.ASSEMBLY && !evidence.assemblyId) {
    problems.push({ field: `${field}.assemblyId`, message: 'must name an assembly' });
  } else if (evidence.kind !== EvidenceKind.ASSEMBLY && evidence.assemblyId) {
    problems.push({ field: `${field}.assemblyId`, message: 'is only for assemblies' });
  }
  return problems;
}

export function mechanismProblems(mechanisms: readonly Mechanism[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (mechanisms.length > REPORTING_LIMITS.maxMechanisms) {
    problems.push({ field: 'mechanisms', message: `must hold at most ${REPORTING_LIMITS.maxMechanisms}` });
  }
  mechanisms.forEach((mechanism, index) => {
    const field = `mechanisms.${index}`;
    const text = (name: keyof Mechanism, max: number) => {
      const value = String(mechanism[name] ?? '').trim();
      if (!value) problems.push({ field: `${field}.${name}`, message: 'must not be empty' });
      if (value.length > max)
        problems.push({ field: `${field}.${name}`, message: `must be at most ${max} characters long` });
    };
    text('name', REPORTING_LIMITS.mechanismTextMaxLength);
    text('legalBasis', REPORTING_LIMITS.mechanismTextMaxLength);
    text('participants', REPORTING_LIMITS.participantsMaxLength);
    const hasBudget = mechanism.budget !== null && mechanism.budget !== undefined;
    if (hasBudget && (!Number.isFinite(mechanism.budget) || (mechanism.budget as number) < 0)) {
      problems.push({ field: `${field}.budget`, message: 'must be zero or more' });
    }
    if (hasBudget && !CURRENCY.test(mechanism.currency ?? '')) {
      problems.push({
        field: `${field}.currency`,
        message: 'must be an ISO 4217 code (THB, USD) with a budget',
      });
    }
    if (!hasBudget && mechanism.currency) {
      problems.push({ field: `${field}.currency`, message: 'is only for a budget' });
    }
  });
  return problems;
}

/** A change note is what a correction is made of: required from version 2 on. */
export function changeNoteProblem(versionNumber: number, note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (versionNumber > 1 && !text) return 'must say what this version corrects';
  if (text.length > REPORTING_LIMITS.changeNoteMaxLength) {
    return `must be at most ${REPORTING_LIMITS.changeNoteMaxLength} characters long`;
  }
  return null;
}

/** How far the officials have come: paragraphs with an assessment saved, of all member-state paragraphs. */
export interface ReportProgress {
  assessed: number;
  total: number;
  /** Paragraphs whose status is past not started. */
  started: number;
}

export function reportProgress(
  itemCodes: readonly string[],
  assessments: readonly { itemCode: string; status: AssessmentStatus }[],
): ReportProgress {
  const byCode = new Map(assessments.map((assessment) => [assessment.itemCode, assessment.status]));
  const present = itemCodes.filter((code) => byCode.has(code));
  return {
    assessed: present.length,
    total: itemCodes.length,
    started: present.filter((code) => byCode.get(code) !== AssessmentStatus.NOT_STARTED).length,
  };
}

/** Paragraphs still without an assessment: a report goes to validation only when every one has one. */
export function missingAssessments(itemCodes: readonly string[], assessed: readonly string[]): string[] {
  const done = new Set(assessed);
  return itemCodes.filter((code) => !done.has(code));
}
