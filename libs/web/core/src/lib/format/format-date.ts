import { dateTimeFormat } from './intl-formats';
import { parseIsoDate } from './iso-date';

/**
 * A moment (ISO 8601 date-time) as a calendar date in the reader's language and time zone; a calendar
 * date (YYYY-MM-DD) as that very day, wherever the reader is.
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const day = parseIsoDate(value);
  if (day) return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
