import type { CommitmentStatus, TraceEventKind } from '../graphql/generated';

export interface TraceEventInput {
  readonly kind: TraceEventKind;
  readonly title: string;
  readonly detail?: string | null;
}

/** A step as the page shows it: a translated label, and the words from the record where there are any. */
export interface TraceStep {
  /** `trace.kind.<KIND>`. */
  readonly labelKey: string;
  readonly labelParams: Record<string, unknown>;
  /** A name or a text from the record (a proposal's title, a change note); null when there is none. */
  readonly text: string | null;
  /** For a progress update: the status it reported. */
  readonly status: CommitmentStatus | null;
}

const STATUSES: readonly CommitmentStatus[] = [
  'ACHIEVED',
  'ENDED',
  'NEEDS_MECHANISM',
  'NOT_STARTED',
  'ON_GOING',
  'TO_BE_REVISITED',
];

/**
 * The API writes some steps' titles in English for its own logs ("Version 2", "Adopted by consensus",
 * "support 3, oppose 1…"): the page says those in the reader's language from the kind, and keeps only
 * what is a name or a text from the record. The figures are shown from their own fields elsewhere.
 */
export function toTraceStep(event: TraceEventInput): TraceStep {
  const step = (
    text: string | null,
    params: Record<string, unknown> = {},
    status: CommitmentStatus | null = null,
  ) => ({
    labelKey: `trace.kind.${event.kind}`,
    labelParams: params,
    text,
    status,
  });
  switch (event.kind) {
    case 'VERSION':
      return step(event.detail ?? null, { number: Number(/\d+/.exec(event.title)?.[0] ?? 0) || '' });
    case 'CONSULTATION_OPENED':
    case 'CONSULTATION_CLOSED':
    case 'ADOPTED':
      return step(null);
    case 'DEFERRED':
      return step(event.detail ?? null);
    case 'PROGRESS': {
      const match = /^([A-Z_]+): ([\s\S]*)$/.exec(event.detail ?? '');
      const status =
        match && (STATUSES as readonly string[]).includes(match[1]) ? (match[1] as CommitmentStatus) : null;
      return step(event.title, {}, status);
    }
    default:
      return step(event.title);
  }
}
