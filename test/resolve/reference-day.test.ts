import { extract } from '../../src';
import { referenceDay } from '../../src/reference-date-format';

describe('referenceDay', () => {
  it.each([
    ['2013-02-12', '2013-02-12'],
    ['2013-02-12T04:30', '2013-02-12'],
    ['2013-02-12T04:30:00', '2013-02-12'],
    ['2013-02-12T04:30:00.000Z', '2013-02-12'],
    ['2013-02-12T04:30:00-02:00', '2013-02-12'],
    ['2013-02-12 04:30', '2013-02-12'],
  ])('%s is the day %s', (input, day) => {
    expect(referenceDay(input)).toBe(day);
  });

  it.each(['2013-02-30', '2013-02-30T04:30', '2013-02-12T25:00', '2013-02-12T04', 'yesterday', '2013-02-12Tnoon'])('%s is no reference date', (input) => {
    expect(referenceDay(input)).toBeNull();
  });

  it('resolves against the day of a reference instant', () => {
    const result = extract('We met yesterday.', { referenceDate: '2013-02-12T04:30:00' });
    expect(result.referenceDate).toBe('2013-02-12');
    expect(result.facts.map((f) => f.value)).toEqual(['2013-02-11']);
  });
});
