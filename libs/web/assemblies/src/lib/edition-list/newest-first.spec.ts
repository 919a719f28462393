import { newestFirst } from './newest-first';

describe('newestFirst', () => {
  it('orders editions from the latest sitting back, without touching the input', () => {
    const editions = [{ number: 14 }, { number: 16 }, { number: 15 }];
    expect(newestFirst(editions).map((edition) => edition.number)).toEqual([16, 15, 14]);
    expect(editions.map((edition) => edition.number)).toEqual([14, 16, 15]);
  });
});
