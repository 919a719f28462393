import { pluralCategory } from './plural-category';

describe('pluralCategory', () => {
  it('uses the two English forms', () => {
    expect([0, 1, 2, 26].map((count) => pluralCategory(count, 'en'))).toEqual([
      'other',
      'one',
      'other',
      'other',
    ]);
  });

  it('uses the six Arabic forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => pluralCategory(count, 'ar'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
});
