import { formatRetryAfter } from './format-retry-after';

describe('formatRetryAfter', () => {
  it('says how long to wait in the largest whole unit, rounded up', () => {
    expect(formatRetryAfter(45, 'en')).toBe('in 45 seconds');
    expect(formatRetryAfter(60, 'en')).toBe('in 1 minute');
    expect(formatRetryAfter(61, 'en')).toBe('in 2 minutes');
    expect(formatRetryAfter(900, 'en')).toBe('in 15 minutes');
    expect(formatRetryAfter(3601, 'en')).toBe('in 2 hours');
  });

  it('never promises less than a second', () => {
    expect(formatRetryAfter(0, 'en')).toBe('in 1 second');
  });

  it('speaks the reader language', () => {
    expect(formatRetryAfter(300, 'ar')).toContain('دقائق');
  });
});
