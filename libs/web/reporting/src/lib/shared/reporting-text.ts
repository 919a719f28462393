import type { AssessmentStatus } from '../graphql/generated';

export interface Localized {
  readonly language: string;
  readonly text: string;
}

/** A catalogue text in the reader's language, else English, else the first there is. */
export function localized(texts: readonly Localized[], language: string): string {
  return (
    texts.find((text) => text.language === language)?.text ??
    texts.find((text) => text.language === 'en')?.text ??
    texts[0]?.text ??
    ''
  );
}

/** The statuses in the order tables and charts show them; not applicable last, apart. */
export const STATUSES: readonly AssessmentStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'LARGELY_ACHIEVED',
  'ACHIEVED',
  'NOT_APPLICABLE',
];

/** The WHO regions in the order the dashboard lists them, after the whole world. */
export const REGION_GROUPS = ['WORLD', 'AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const;

/** A version number from the address, or null when there is none. */
export function positiveNumber(value: string | undefined | null): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}
