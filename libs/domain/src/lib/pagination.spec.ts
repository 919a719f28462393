import { decodeCursor, encodeCursor } from './pagination';

describe('keyset cursors', () => {
  it('round-trip a sort key, including non-Latin text', () => {
    const key = ['สมัชชาสุขภาพ', 'c5b1e0d2-1111-4a4a-9b9b-000000000001'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it('are URL-safe', () => {
    expect(encodeCursor(['???>>>', 'ÿÿÿ'])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([['not a cursor!'], [''], [encodeCursor(['only one'])], [btoa('{"a":1}')], [btoa('[null, {}]')]])(
    'reject %p',
    (cursor) => {
      expect(decodeCursor(cursor, 2)).toBeNull();
    },
  );
});
