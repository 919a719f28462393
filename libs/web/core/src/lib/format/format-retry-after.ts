/**
 * When someone may try again, relative to now and in the reader's language: "in 45 seconds", "in
 * 15 minutes", "خلال ساعتين". Rounded up, so the wait never reads shorter than it is.
 */
export function formatRetryAfter(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const wait = Math.max(1, Math.ceil(seconds));
  if (wait < 60) return format.format(wait, 'second');
  if (wait < 3600) return format.format(Math.ceil(wait / 60), 'minute');
  return format.format(Math.ceil(wait / 3600), 'hour');
}
