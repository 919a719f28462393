export interface NumberedEdition {
  readonly number: number;
}

/** Newest first, whatever order the editions arrive in. */
export function newestFirst<T extends NumberedEdition>(editions: readonly T[]): T[] {
  return [...editions].sort((a, b) => b.number - a.number);
}
