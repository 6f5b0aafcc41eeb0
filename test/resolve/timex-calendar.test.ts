import { parseQuarterValue, parseWeekValue } from '../../src/resolve/timex-calendar';

describe('parseQuarterValue', () => {
  it.each([
    ['2024-Q3', { y: 2024, q: 3, fiscal: false }],
    ['1988-Q1', { y: 1988, q: 1, fiscal: false }],
    ['XXXX-Q4', { y: null, q: 4, fiscal: false }],
    ['FY1990-Q1', { y: 1990, q: 1, fiscal: true }],
  ])('reads %s', (value, expected) => {
    expect(parseQuarterValue(value)).toEqual(expected);
  });

  it.each(['2024-Q5', '2024-03', '2024-H1', 'FY2024', 'FY2024-H1', 'P3M', '2024-Q3TMO'])('reads no quarter in %s', (value) => {
    expect(parseQuarterValue(value)).toBeNull();
  });
});

describe('parseWeekValue', () => {
  it.each([
    ['2024-W07', { y: 2024, m: 2, d: 12 }],
    ['2024-W07-WE', { y: 2024, m: 2, d: 12 }],
    ['2021-W01', { y: 2021, m: 1, d: 4 }],
    ['2020-W53', { y: 2020, m: 12, d: 28 }],
  ])('reads the Monday of %s', (value, expected) => {
    expect(parseWeekValue(value)).toEqual(expected);
  });

  it.each(['XXXX-WXX', '2024-W07-3', '2024-02', 'P2W'])('reads no week in %s', (value) => {
    expect(parseWeekValue(value)).toBeNull();
  });
});
