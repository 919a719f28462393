import { regionNames } from './intl-formats';

/** A country's name in the reader's language from its ISO 3166-1 alpha-2 code, else its recorded name. */
export function regionName(iso2: string | null | undefined, fallback: string, locale: string): string {
  if (!iso2) return fallback;
  try {
    const name = regionNames(locale).of(iso2.toUpperCase());
    return name ?? fallback;
  } catch {
    return fallback;
  }
}
