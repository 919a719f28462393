export type LanguageCode = 'en' | 'ar';
export type TextDirection = 'ltr' | 'rtl';

export interface Language {
  readonly code: LanguageCode;
  /** The language's name in itself, so a reader finds their language whatever is active. */
  readonly endonym: string;
  readonly direction: TextDirection;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', endonym: 'English', direction: 'ltr' },
  { code: 'ar', endonym: 'العربية', direction: 'rtl' },
];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function findLanguage(code: string | null | undefined): Language | undefined {
  const primary = code?.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.code === primary);
}
