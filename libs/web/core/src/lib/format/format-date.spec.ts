import { formatDate } from './format-date';

describe('formatDate', () => {
  it('shows a moment as a long date in the reader language', () => {
    expect(formatDate('2026-03-02T12:00:00.000Z', 'en-GB')).toBe('2 March 2026');
    expect(formatDate('2026-03-02T12:00:00.000Z', 'ar')).toContain('مارس');
  });

  it('shows a calendar date as that day, whatever the time zone', () => {
    // Read as midnight UTC, "2026-03-31" would be 30 March west of Greenwich.
    expect(formatDate('2026-03-31', 'en-GB')).toBe('31 March 2026');
    expect(formatDate('2026-01-01', 'en-US')).toBe('January 1, 2026');
  });

  it('gives nothing for a missing or malformed moment', () => {
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('soon', 'en')).toBe('');
  });
});
