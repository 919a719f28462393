/** What an assembly gathers around: a whole country, an area within it, or one issue. */
export enum AssemblyKind {
  NATIONAL = 'NATIONAL',
  AREA = 'AREA',
  ISSUE = 'ISSUE',
}

export const ASSEMBLY_LIMITS = {
  nameMaxLength: 200,
  descriptionMaxLength: 4000,
} as const;

export interface DateRange {
  startsOn: string | null;
  endsOn: string | null;
}

/** An edition's dates may be unknown, but when both are set the sitting cannot end before it starts. */
export function isOrderedDateRange({ startsOn, endsOn }: DateRange): boolean {
  return startsOn === null || endsOn === null || startsOn <= endsOn;
}
