import { regionName } from '../format/region-name';

export interface CountryRecord {
  readonly id: string;
  readonly name: string;
  readonly iso2?: string | null;
}

export interface CountryOption {
  /** The jurisdiction id, what the API takes. */
  readonly id: string;
  readonly label: string;
}

/** Countries as choices, named and sorted in the reader's language. */
export function countryOptions(countries: readonly CountryRecord[], locale: string): CountryOption[] {
  const collator = new Intl.Collator(locale);
  return countries
    .map((country) => ({ id: country.id, label: regionName(country.iso2, country.name, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
