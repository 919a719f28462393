import { moveItem, RESOLUTION_LIMITS } from '@canopy/domain';

/** A paragraph being written; the key keeps its field (and focus) with it when it moves. */
export interface ParagraphDraft {
  readonly key: number;
  readonly text: string;
}

let nextKey = 1;

export function toParagraphDrafts(texts: readonly string[]): ParagraphDraft[] {
  return texts.map((text) => ({ key: nextKey++, text }));
}

export function addParagraph(drafts: readonly ParagraphDraft[]): ParagraphDraft[] {
  return [...drafts, { key: nextKey++, text: '' }];
}

export function removeParagraph(drafts: readonly ParagraphDraft[], index: number): ParagraphDraft[] {
  return drafts.filter((_, at) => at !== index);
}

export function changeParagraph(
  drafts: readonly ParagraphDraft[],
  index: number,
  text: string,
): ParagraphDraft[] {
  return drafts.map((draft, at) => (at === index ? { ...draft, text } : draft));
}

/** Moves the paragraph at `index` by `offset` places (−1 up, +1 down); unchanged at either end. */
export function moveParagraph(
  drafts: readonly ParagraphDraft[],
  index: number,
  offset: number,
): ParagraphDraft[] {
  return moveItem(drafts, index, offset);
}

export type ParagraphsProblem = 'none' | 'blank' | 'tooMany' | 'tooLong';

/** Why the paragraphs cannot be sent as they are, if they cannot: the API numbers them by position. */
export function paragraphsProblem(drafts: readonly ParagraphDraft[]): ParagraphsProblem | null {
  if (drafts.length === 0) return 'none';
  if (drafts.length > RESOLUTION_LIMITS.paragraphs) return 'tooMany';
  if (drafts.some((draft) => !draft.text.trim())) return 'blank';
  if (drafts.some((draft) => draft.text.trim().length > RESOLUTION_LIMITS.paragraphMaxLength))
    return 'tooLong';
  return null;
}

export function paragraphTexts(drafts: readonly ParagraphDraft[]): string[] {
  return drafts.map((draft) => draft.text.trim());
}
