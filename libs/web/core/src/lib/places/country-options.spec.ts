import { countryOptions } from './country-options';

const countries = [
  { id: 'th', name: 'Thailand', iso2: 'TH' },
  { id: 'ke', name: 'Kenya', iso2: 'KE' },
  { id: 'eg', name: 'Egypt', iso2: 'EG' },
];

describe('countryOptions', () => {
  it('names and sorts the countries in the reader language, keeping their ids', () => {
    expect(countryOptions(countries, 'en')).toEqual([
      { id: 'eg', label: 'Egypt' },
      { id: 'ke', label: 'Kenya' },
      { id: 'th', label: 'Thailand' },
    ]);
    expect(countryOptions(countries, 'ar').map((option) => option.label)).toEqual([
      'تايلاند',
      'كينيا',
      'مصر',
    ]);
  });
});
