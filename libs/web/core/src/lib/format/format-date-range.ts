import { dateTimeFormat } from './intl-formats';
import { parseIsoDate } from './iso-date';

/** "12–14 December 2023" in the reader's language; one date alone when the other is unknown. */
export function formatDateRange(
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
  locale: string,
): string {
  const start = parseIsoDate(startsOn);
  const end = parseIsoDate(endsOn);
  const format = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  if (start && end) return format.formatRange(start, end);
  const single = start ?? end;
  return single ? format.format(single) : '';
}
