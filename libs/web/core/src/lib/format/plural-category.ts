import { pluralRules } from './intl-formats';

/**
 * The CLDR plural category of a count ("one", "two", "few", "many", "other", "zero"): Arabic uses all
 * six, English two. Translation files hold one string per category.
 */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}
