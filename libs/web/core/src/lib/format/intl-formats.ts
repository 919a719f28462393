/**
 * Intl formatters, made once per locale and options. Building one costs far more than using it (the
 * locale's data is looked up each time), and pages format every number, date and plural on each
 * render: a resolution page with its tally and comments builds hundreds otherwise.
 */
const formatters = new Map<string, unknown>();

function once<T>(kind: string, locale: string, options: object | undefined, create: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  once('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  once('dateTime', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string) =>
  once('plural', locale, undefined, () => new Intl.PluralRules(locale));

export const regionNames = (locale: string) =>
  once(
    'region',
    locale,
    undefined,
    () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
  );
