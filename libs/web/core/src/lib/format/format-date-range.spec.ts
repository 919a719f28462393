import { formatDateRange } from './format-date-range';

describe('formatDateRange', () => {
  it('formats a sitting over several days as one range in the reader language', () => {
    // ICU versions differ in the spaces around the dash.
    expect(formatDateRange('2023-12-12', '2023-12-14', 'en-GB')).toMatch(/^12\s?–\s?14 December 2023$/);
    expect(formatDateRange('2023-12-12', '2023-12-14', 'ar')).toContain('ديسمبر');
  });

  it('shows the known date alone when the other is missing', () => {
    expect(formatDateRange('2024-03-02', null, 'en-GB')).toBe('2 March 2024');
    expect(formatDateRange(null, '2024-03-02', 'en-GB')).toBe('2 March 2024');
  });

  it('never shifts a calendar date across time zones', () => {
    expect(formatDateRange('2024-01-01', null, 'en-US')).toBe('January 1, 2024');
  });

  it('gives nothing for missing or malformed dates', () => {
    expect(formatDateRange(null, undefined, 'en')).toBe('');
    expect(formatDateRange('12/12/2023', 'soon', 'en')).toBe('');
  });
});
