import { exportFileName } from './download';

describe('exportFileName', () => {
  it('names the export after the platform and the day it was made', () => {
    expect(exportFileName(new Date('2026-05-09T23:10:00.000Z'))).toBe('canopy-my-data-2026-05-09.json');
  });
});
