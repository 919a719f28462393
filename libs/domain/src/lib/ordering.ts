/**
 * Moves the item at `index` of an ordered list people rearrange (a resolution's paragraphs, a charter's
 * sections and clauses) by `offset` places (−1 up, +1 down); an unchanged copy past either end.
 */
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item);
  return moved;
}
