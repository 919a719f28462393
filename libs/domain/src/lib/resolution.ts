/**
 * A resolution from its first draft to its follow-up: immutable versions of numbered paragraphs,
 * a consultation, the sitting's outcome, and the commitments that answer it.
 */

export enum ResolutionState {
  DRAFTING = 'DRAFTING',
  CONSULTATION = 'CONSULTATION',
  FINAL_DRAFT = 'FINAL_DRAFT',
  TABLED = 'TABLED',
  ADOPTED = 'ADOPTED',
  DEFERRED = 'DEFERRED',
  TRANSMITTED = 'TRANSMITTED',
  IMPLEMENTING = 'IMPLEMENTING',
  CLOSED = 'CLOSED',
}

export enum ResolutionEvent {
  OPEN_CONSULTATION = 'OPEN_CONSULTATION',
  CLOSE_CONSULTATION = 'CLOSE_CONSULTATION',
  TABLE = 'TABLE',
  ADOPT = 'ADOPT',
  DEFER = 'DEFER',
  REDRAFT = 'REDRAFT',
  TRANSMIT = 'TRANSMIT',
  START_IMPLEMENTING = 'START_IMPLEMENTING',
  CLOSE = 'CLOSE',
}

const TRANSITIONS: Record<ResolutionEvent, Partial<Record<ResolutionState, ResolutionState>>> = {
  [ResolutionEvent.OPEN_CONSULTATION]: { [ResolutionState.DRAFTING]: ResolutionState.CONSULTATION },
  [ResolutionEvent.CLOSE_CONSULTATION]: { [ResolutionState.CONSULTATION]: ResolutionState.FINAL_DRAFT },
  [ResolutionEvent.TABLE]: {
    [ResolutionState.DRAFTING]: ResolutionState.TABLED,
    [ResolutionState.FINAL_DRAFT]: ResolutionState.TABLED,
  },
  [ResolutionEvent.ADOPT]: { [ResolutionState.TABLED]: ResolutionState.ADOPTED },
  [ResolutionEvent.DEFER]: { [ResolutionState.TABLED]: ResolutionState.DEFERRED },
  [ResolutionEvent.REDRAFT]: { [ResolutionState.DEFERRED]: ResolutionState.DRAFTING },
  [ResolutionEvent.TRANSMIT]: { [ResolutionState.ADOPTED]: ResolutionState.TRANSMITTED },
  [ResolutionEvent.START_IMPLEMENTING]: { [ResolutionState.TRANSMITTED]: ResolutionState.IMPLEMENTING },
  [ResolutionEvent.CLOSE]: { [ResolutionState.IMPLEMENTING]: ResolutionState.CLOSED },
};

/** The state an event leads to, or null when it is not allowed from `from`. */
export function resolutionTransition(from: ResolutionState, event: ResolutionEvent): ResolutionState | null {
  return TRANSITIONS[event][from] ?? null;
}

/** States in which a new version may be written: before consultation opens, and after it closes. */
export function acceptsNewVersion(state: ResolutionState): boolean {
  return state === ResolutionState.DRAFTING || state === ResolutionState.FINAL_DRAFT;
}

/** Adopted and after: what the assembly decided, and what is done about it. */
export function isAdopted(state: ResolutionState): boolean {
  return [
    ResolutionState.ADOPTED,
    ResolutionState.TRANSMITTED,
    ResolutionState.IMPLEMENTING,
    ResolutionState.CLOSED,
  ].includes(state);
}

/** The follow-up statuses of the Thai National Health Assembly's public record, and "not started". */
export enum CommitmentStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_GOING = 'ON_GOING',
  ACHIEVED = 'ACHIEVED',
  TO_BE_REVISITED = 'TO_BE_REVISITED',
  NEEDS_MECHANISM = 'NEEDS_MECHANISM',
  ENDED = 'ENDED',
}

export const RESOLUTION_LIMITS = {
  titleMaxLength: 300,
  paragraphs: 200,
  paragraphMaxLength: 10_000,
  changeNoteMaxLength: 2000,
  reservationMaxLength: 4000,
  commitments: 50,
  commitmentTextMaxLength: 1000,
  narrativeMaxLength: 10_000,
  evidenceLinks: 10,
  prefixMaxLength: 20,
} as const;

/** "NHA 16.2": the assembly's prefix, the edition's number, the agenda item's number. */
export function resolutionCode(prefix: string, editionNumber: number, itemNumber: number): string {
  return `${prefix} ${editionNumber}.${itemNumber}`;
}

/** The initials of an assembly's name: "National Health Assembly" numbers its resolutions "NHA". */
export function defaultResolutionPrefix(assemblyName: string): string {
  const initials = assemblyName
    .split(/[\s\-–]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return (initials || assemblyName.replace(/\s+/g, '').slice(0, 3).toUpperCase() || 'R').slice(
    0,
    RESOLUTION_LIMITS.prefixMaxLength,
  );
}

/** Paragraph text as stored: trimmed, line ends unified, never empty. */
export function normalizeParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((text) => text.replace(/\r\n?/g, '\n').trim());
}

export enum ParagraphChange {
  UNCHANGED = 'UNCHANGED',
  CHANGED = 'CHANGED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

export interface ParagraphComparison {
  change: ParagraphChange;
  /** 1-based number in the earlier version; null for an added paragraph. */
  beforeNumber: number | null;
  afterNumber: number | null;
  before: string | null;
  after: string | null;
}

/**
 * Lines two versions up paragraph by paragraph: the longest common run of identical paragraphs stays
 * unchanged, and between two such anchors a removed paragraph followed by an added one is a change.
 */
export function compareParagraphs(
  before: readonly string[],
  after: readonly string[],
): ParagraphComparison[] {
  const n = before.length;
  const m = after.length;
  const common: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i][j] =
        before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const result: ParagraphComparison[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      result.push(entry(ParagraphChange.CHANGED, removed[k], added[k]));
    }
    removed.slice(pairs).forEach((i) => result.push(entry(ParagraphChange.REMOVED, i, null)));
    added.slice(pairs).forEach((j) => result.push(entry(ParagraphChange.ADDED, null, j)));
    removed = [];
    added = [];
  };
  const entry = (change: ParagraphChange, i: number | null, j: number | null): ParagraphComparison => ({
    change,
    beforeNumber: i === null ? null : i + 1,
    afterNumber: j === null ? null : j + 1,
    before: i === null ? null : before[i],
    after: j === null ? null : after[j],
  });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      flush();
      result.push(entry(ParagraphChange.UNCHANGED, i, j));
      i++;
      j++;
    } else if (j < m && (i === n || common[i][j + 1] >= common[i + 1][j])) {
      added.push(j++);
    } else {
      removed.push(i++);
    }
  }
  flush();
  return result;
}
