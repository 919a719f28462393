import type { AgeBand, DemographicsInput, DisabilityStatus, Gender } from '../graphql/generated';

/** Youngest first. */
export const AGE_BANDS: readonly AgeBand[] = [
  'UNDER_18',
  'FROM_18_TO_24',
  'FROM_25_TO_34',
  'FROM_35_TO_44',
  'FROM_45_TO_54',
  'FROM_55_TO_64',
  'FROM_65',
];
export const GENDERS: readonly Gender[] = ['WOMAN', 'MAN', 'NON_BINARY', 'OTHER'];
export const DISABILITY_STATUSES: readonly DisabilityStatus[] = ['WITH_DISABILITY', 'WITHOUT_DISABILITY'];

/** The form's values: an empty string is a question left unanswered. */
export interface DemographicsFormValue {
  readonly ageBand: string;
  readonly gender: string;
  readonly disability: string;
  readonly populationGroup: string;
  readonly residenceJurisdictionId: string;
}

export interface RecordedDemographics {
  readonly ageBand: AgeBand | null;
  readonly gender: Gender | null;
  readonly disability: DisabilityStatus | null;
  readonly populationGroup: string | null;
  readonly residence: { readonly id: string } | null;
}

function oneOf<T extends string>(choices: readonly T[], value: string): T | null {
  return choices.includes(value as T) ? (value as T) : null;
}

/** What the API records: every unanswered question as null, never a guess. */
export function toDemographicsInput(value: DemographicsFormValue): DemographicsInput {
  return {
    ageBand: oneOf(AGE_BANDS, value.ageBand),
    gender: oneOf(GENDERS, value.gender),
    disability: oneOf(DISABILITY_STATUSES, value.disability),
    populationGroup: value.populationGroup.trim() || null,
    residenceJurisdictionId: value.residenceJurisdictionId || null,
  };
}

export function toDemographicsFormValue(
  recorded: RecordedDemographics | null | undefined,
): DemographicsFormValue {
  return {
    ageBand: recorded?.ageBand ?? '',
    gender: recorded?.gender ?? '',
    disability: recorded?.disability ?? '',
    populationGroup: recorded?.populationGroup ?? '',
    residenceJurisdictionId: recorded?.residence?.id ?? '',
  };
}

export function hasAnswers(recorded: RecordedDemographics | null | undefined): boolean {
  return Object.values(toDemographicsFormValue(recorded)).some((answer) => answer !== '');
}
