/** Numbers in the reader's locale; edition numbers and years pass `{ useGrouping: false }` (2025, not 2,025). */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}
