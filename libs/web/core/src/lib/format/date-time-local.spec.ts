import { fromDateTimeLocal, toDateTimeLocal } from './date-time-local';

describe('datetime-local values', () => {
  it('show an instant on the reader’s clock and read it back', () => {
    const date = new Date(2027, 2, 1, 9, 30);
    expect(toDateTimeLocal(date)).toBe('2027-03-01T09:30');
    expect(fromDateTimeLocal('2027-03-01T09:30')).toBe(date.toISOString());
  });

  it('are no instant when blank or not a time', () => {
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('tomorrow')).toBeNull();
  });
});
