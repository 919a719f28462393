import {
  addParagraph,
  moveParagraph,
  paragraphsProblem,
  paragraphTexts,
  removeParagraph,
  toParagraphDrafts,
} from './paragraph-drafts';

describe('paragraph drafts', () => {
  const texts = (drafts: readonly { text: string }[]) => drafts.map((draft) => draft.text);

  it('moves a paragraph up or down, and leaves the list alone past either end', () => {
    const drafts = toParagraphDrafts(['a', 'b', 'c']);
    expect(texts(moveParagraph(drafts, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(texts(moveParagraph(drafts, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(texts(moveParagraph(drafts, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(texts(moveParagraph(drafts, 2, 1))).toEqual(['a', 'b', 'c']);
  });

  it('keeps each paragraph its key when it moves, and gives a new one a fresh key', () => {
    const drafts = toParagraphDrafts(['a', 'b']);
    const moved = moveParagraph(drafts, 1, -1);
    expect(moved.map((draft) => draft.key)).toEqual([drafts[1].key, drafts[0].key]);
    const added = addParagraph(drafts);
    expect(new Set(added.map((draft) => draft.key)).size).toBe(3);
  });

  it('removes the paragraph at a position', () => {
    expect(texts(removeParagraph(toParagraphDrafts(['a', 'b', 'c']), 1))).toEqual(['a', 'c']);
  });

  it('asks for at least one paragraph, none of them blank', () => {
    expect(paragraphsProblem([])).toBe('none');
    expect(paragraphsProblem(toParagraphDrafts(['a', '  ']))).toBe('blank');
    expect(paragraphsProblem(toParagraphDrafts(['a', 'b']))).toBeNull();
  });

  it('sends the paragraphs trimmed, in order', () => {
    expect(paragraphTexts(toParagraphDrafts([' a ', 'b\n']))).toEqual(['a', 'b']);
  });
});
