import { SCORE_MAX, SCORE_MIN } from '@canopy/domain';
import type { CriterionScoreInput } from '../graphql/generated';

export const SCORE_CHOICES: readonly number[] = Array.from(
  { length: SCORE_MAX - SCORE_MIN + 1 },
  (_, index) => SCORE_MIN + index,
);

/** A reviewer's scores being chosen: criterion key → score, null where none is chosen yet. */
export type ScoreDraft = Readonly<Record<string, number | null>>;

/** The reviewer's saved scores, one per published criterion, none where they have not scored yet. */
export function toScoreDraft(
  criteria: readonly { readonly key: string }[],
  myScores: readonly { readonly criterionKey: string; readonly score: number }[] | null | undefined,
): ScoreDraft {
  return Object.fromEntries(
    criteria.map((criterion) => [
      criterion.key,
      myScores?.find((score) => score.criterionKey === criterion.key)?.score ?? null,
    ]),
  );
}

/** What `scoreProposal` takes; null until every criterion has a score from 1 to 5. */
export function toScoreInputs(
  criteria: readonly { readonly key: string }[],
  draft: ScoreDraft,
): CriterionScoreInput[] | null {
  const inputs = criteria.map((criterion) => ({ criterionKey: criterion.key, score: draft[criterion.key] }));
  if (inputs.some(({ score }) => typeof score !== 'number' || score < SCORE_MIN || score > SCORE_MAX))
    return null;
  return inputs as CriterionScoreInput[];
}

/** The API screens a proposal once every published criterion has at least one score. */
export function everyCriterionScored(
  criteria: readonly { readonly key: string }[],
  byCriterion: readonly { readonly criterionKey: string; readonly scores: number }[],
): boolean {
  return criteria.every((criterion) =>
    byCriterion.some((score) => score.criterionKey === criterion.key && score.scores > 0),
  );
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a `datetime-local` input shows it: the reader's own clock, to the minute. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
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
