import { numberFormat } from './intl-formats';

/** Numbers in the reader's locale; edition numbers and years pass `{ useGrouping: false }` (2025, not 2,025). */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}
