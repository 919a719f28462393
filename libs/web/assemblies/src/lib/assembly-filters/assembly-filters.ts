import type { ParamMap, Params } from '@angular/router';
import type { AssemblyKind } from '../graphql/generated';
import { isAssemblyKind } from '../assembly-kinds';

/** The filters of the assemblies list, kept in the URL as `?kind=NATIONAL&country=TH`. */
export interface AssemblyFilters {
  readonly kind: AssemblyKind | null;
  readonly countryCode: string | null;
}

export const NO_ASSEMBLY_FILTERS: AssemblyFilters = { kind: null, countryCode: null };

const ISO2 = /^[A-Z]{2}$/;

/** Unknown or malformed values are ignored, so a hand-edited link still shows a sensible list. */
export function readAssemblyFilters(params: Pick<ParamMap, 'get'>): AssemblyFilters {
  const kind = params.get('kind')?.toUpperCase();
  const country = params.get('country')?.toUpperCase();
  return {
    kind: isAssemblyKind(kind) ? kind : null,
    countryCode: country && ISO2.test(country) ? country : null,
  };
}

export function assemblyFiltersToParams(filters: AssemblyFilters): Params {
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.countryCode ? { country: filters.countryCode } : {}),
  };
}

export function sameAssemblyFilters(a: AssemblyFilters, b: AssemblyFilters): boolean {
  return a.kind === b.kind && a.countryCode === b.countryCode;
}

export function hasAssemblyFilters(filters: AssemblyFilters): boolean {
  return filters.kind !== null || filters.countryCode !== null;
}
