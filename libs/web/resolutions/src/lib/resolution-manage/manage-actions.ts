import {
  acceptsNewVersion,
  isAdopted,
  ResolutionEvent,
  ResolutionState,
  resolutionTransition,
} from '@canopy/domain';

/** What the secretariat may do next, as the domain's state machine allows it; the API checks again. */
export interface ManageActions {
  readonly revise: boolean;
  readonly openConsultation: boolean;
  readonly closeConsultation: boolean;
  readonly table: boolean;
  readonly decide: boolean;
  readonly transmit: boolean;
  readonly addCommitment: boolean;
  readonly close: boolean;
}

export function manageActions(
  state: `${ResolutionState}`,
  consultation: { readonly state: string } | null | undefined,
): ManageActions {
  const current = state as ResolutionState;
  const allows = (event: ResolutionEvent) => resolutionTransition(current, event) !== null;
  return {
    revise: acceptsNewVersion(current),
    // One consultation per resolution: once held, it is not opened again.
    openConsultation: allows(ResolutionEvent.OPEN_CONSULTATION) && !consultation,
    closeConsultation: allows(ResolutionEvent.CLOSE_CONSULTATION),
    // A window that has run out is settled by the API when the resolution is tabled.
    table:
      allows(ResolutionEvent.TABLE) ||
      (current === ResolutionState.CONSULTATION && consultation?.state === 'CLOSED'),
    decide: allows(ResolutionEvent.ADOPT) && allows(ResolutionEvent.DEFER),
    transmit: allows(ResolutionEvent.TRANSMIT),
    addCommitment: isAdopted(current) && current !== ResolutionState.CLOSED,
    close: allows(ResolutionEvent.CLOSE),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a `datetime-local` input shows it: the reader's own clock, to the minute. */
export function toDateTimeLocal(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** What a `datetime-local` input holds (the reader's clock) as an ISO instant; null if it is not a time. */
export function fromDateTimeLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The rows of a repeatable group (reservations, commitments) worth sending: entirely blank rows are
 * left out, and `incomplete` says a row started but misses one of its required fields.
 */
export function filledRows<T extends object>(
  rows: readonly T[],
  required: readonly (keyof T)[],
): { rows: T[]; incomplete: boolean } {
  const blank = (value: unknown) => !String(value ?? '').trim();
  const filled = rows.filter((row) => Object.values(row).some((value) => !blank(value)));
  return { rows: filled, incomplete: filled.some((row) => required.some((key) => blank(row[key]))) };
}
