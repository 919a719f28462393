/** Levels of a jurisdiction (keys are the GraphQL names), from the country down to a community (sub-district). */
export enum JurisdictionLevel {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  DISTRICT = 'DISTRICT',
  COMMUNITY = 'COMMUNITY',
}

/** The six WHO regions a member state belongs to. */
export enum WhoRegion {
  AFR = 'AFR',
  AMR = 'AMR',
  SEAR = 'SEAR',
  EUR = 'EUR',
  EMR = 'EMR',
  WPR = 'WPR',
}

const LEVEL_DEPTH: Record<JurisdictionLevel, number> = {
  [JurisdictionLevel.COUNTRY]: 0,
  [JurisdictionLevel.REGION]: 1,
  [JurisdictionLevel.DISTRICT]: 2,
  [JurisdictionLevel.COMMUNITY]: 3,
};

/** A jurisdiction sits strictly below its parent: a district under a region or a country, never the reverse. */
export function canNestUnder(child: JurisdictionLevel, parent: JurisdictionLevel): boolean {
  return LEVEL_DEPTH[child] > LEVEL_DEPTH[parent];
}

const ISO_ALPHA2 = /^[A-Z]{2}$/;
const ISO_ALPHA3 = /^[A-Z]{3}$/;

export function isIsoAlpha2(code: string): boolean {
  return ISO_ALPHA2.test(code);
}

export function isIsoAlpha3(code: string): boolean {
  return ISO_ALPHA3.test(code);
}
