import { dateTimeFormat, numberFormat, pluralRules, regionNames } from './intl-formats';

describe('Intl formatters', () => {
  it('are made once per locale and options', () => {
    expect(numberFormat('en')).toBe(numberFormat('en'));
    expect(numberFormat('en', { useGrouping: false })).toBe(numberFormat('en', { useGrouping: false }));
    expect(numberFormat('en', { useGrouping: false })).not.toBe(numberFormat('en'));
    expect(numberFormat('ar')).not.toBe(numberFormat('en'));
    expect(dateTimeFormat('en', { dateStyle: 'long' })).toBe(dateTimeFormat('en', { dateStyle: 'long' }));
    expect(pluralRules('ar')).toBe(pluralRules('ar'));
    expect(regionNames('en')).toBe(regionNames('en'));
  });

  it('format as a new formatter would', () => {
    expect(numberFormat('en', { useGrouping: false }).format(2026)).toBe('2026');
    expect(numberFormat('en').format(1234567)).toBe(new Intl.NumberFormat('en').format(1234567));
    expect(pluralRules('ar').select(2)).toBe('two');
    expect(regionNames('en').of('TH')).toBe('Thailand');
  });
});
