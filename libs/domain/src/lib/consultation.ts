/**
 * Public consultation on a text (a resolution's version, a charter's edition): a window in time,
 * one vote per person, threaded comments with a stance, flags, moderation and one appeal.
 */

export enum VoteChoice {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  ABSTAIN = 'ABSTAIN',
}

export enum Stance {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  NEUTRAL = 'NEUTRAL',
}

export enum ConsultationWindowState {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum FlagReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  MISINFORMATION = 'MISINFORMATION',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OTHER = 'OTHER',
}

export enum AppealState {
  PENDING = 'PENDING',
  /** Another moderator agreed with the hiding. */
  UPHELD = 'UPHELD',
  /** Another moderator made the comment visible again. */
  REINSTATED = 'REINSTATED',
}

export const CONSULTATION_LIMITS = {
  /** A reply to a reply to a comment is as deep as a thread goes (depth 0, 1, 2). */
  maxCommentDepth: 2,
  commentMaxLength: 5000,
  reasonMaxLength: 1000,
  /** Counter rows a tally is spread over, so concurrent votes rarely wait on one row. */
  tallySlots: 16,
  /** A window may not last longer than this many days. */
  maxWindowDays: 366,
} as const;

export interface ConsultationWindow {
  opensAt: Date;
  closesAt: Date;
}

export function consultationWindowState(window: ConsultationWindow, now: Date): ConsultationWindowState {
  if (now < window.opensAt) return ConsultationWindowState.UPCOMING;
  if (now < window.closesAt) return ConsultationWindowState.OPEN;
  return ConsultationWindowState.CLOSED;
}

/** Null when the window can be opened, else what is wrong with it. */
export function windowProblem(window: ConsultationWindow, now: Date): string | null {
  if (window.closesAt <= window.opensAt) return 'must end after it starts';
  if (window.closesAt <= now) return 'must end in the future';
  const days = (window.closesAt.getTime() - window.opensAt.getTime()) / 86_400_000;
  if (days > CONSULTATION_LIMITS.maxWindowDays) {
    return `must last at most ${CONSULTATION_LIMITS.maxWindowDays} days`;
  }
  return null;
}

export interface Tally {
  support: number;
  oppose: number;
  abstain: number;
}

export const EMPTY_TALLY: Tally = { support: 0, oppose: 0, abstain: 0 };

/** How a tally moves when a vote is cast (previous null) or changed. */
export function tallyDelta(previous: VoteChoice | null, next: VoteChoice): Tally {
  const delta = { ...EMPTY_TALLY };
  if (previous === next) return delta;
  if (previous) delta[tallyKey(previous)] -= 1;
  delta[tallyKey(next)] += 1;
  return delta;
}

export function tallyKey(choice: VoteChoice): keyof Tally {
  return choice === VoteChoice.SUPPORT ? 'support' : choice === VoteChoice.OPPOSE ? 'oppose' : 'abstain';
}

/** Which counter row a person's vote moves: fixed per person, spread evenly over the slots. */
export function tallySlot(userId: string): number {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) | 0;
  return Math.abs(hash) % CONSULTATION_LIMITS.tallySlots;
}

/** A comment's text as stored: plain text, trimmed, line ends unified, control characters removed. */
export function plainCommentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type CommentProblem = 'EMPTY' | 'TOO_LONG' | 'TOO_DEEP';

export function commentProblem(text: string, parentDepth: number | null): CommentProblem | null {
  if (!text) return 'EMPTY';
  if (text.length > CONSULTATION_LIMITS.commentMaxLength) return 'TOO_LONG';
  if (parentDepth !== null && parentDepth + 1 > CONSULTATION_LIMITS.maxCommentDepth) return 'TOO_DEEP';
  return null;
}
