import {
  assemblyFiltersToParams,
  hasAssemblyFilters,
  NO_ASSEMBLY_FILTERS,
  readAssemblyFilters,
  sameAssemblyFilters,
} from './assembly-filters';

function queryParams(values: Record<string, string>) {
  return { get: (name: string) => values[name] ?? null };
}

describe('assembly filters in the URL', () => {
  it('reads a shared link back into filters', () => {
    expect(readAssemblyFilters(queryParams({ kind: 'NATIONAL', country: 'TH' }))).toEqual({
      kind: 'NATIONAL',
      countryCode: 'TH',
    });
  });

  it('accepts hand-typed lower case', () => {
    expect(readAssemblyFilters(queryParams({ kind: 'area', country: 'ke' }))).toEqual({
      kind: 'AREA',
      countryCode: 'KE',
    });
  });

  it('ignores values that are not a kind or a country code', () => {
    expect(readAssemblyFilters(queryParams({ kind: 'GLOBAL', country: 'Thailand' }))).toEqual(
      NO_ASSEMBLY_FILTERS,
    );
  });

  it('writes only the filters that are set', () => {
    expect(assemblyFiltersToParams({ kind: 'ISSUE', countryCode: null })).toEqual({ kind: 'ISSUE' });
    expect(assemblyFiltersToParams(NO_ASSEMBLY_FILTERS)).toEqual({});
  });

  it('compares filters by value', () => {
    expect(
      sameAssemblyFilters({ kind: 'AREA', countryCode: 'BR' }, { kind: 'AREA', countryCode: 'BR' }),
    ).toBe(true);
    expect(
      sameAssemblyFilters({ kind: 'AREA', countryCode: 'BR' }, { kind: 'AREA', countryCode: null }),
    ).toBe(false);
    expect(hasAssemblyFilters(NO_ASSEMBLY_FILTERS)).toBe(false);
    expect(hasAssemblyFilters({ kind: null, countryCode: 'TH' })).toBe(true);
  });
});
