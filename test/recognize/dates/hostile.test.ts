import { extract } from '../../../src';

describe('dates on hostile input', () => {
  it('survives a long line made only of clock times', () => {
    const text = '12:30 '.repeat(40_000);
    const facts = extract(text, { referenceDate: '2024-02-16', kinds: ['date'] }).facts;
    expect(facts).toHaveLength(40_000);
  });

  it.each([
    ['digits', '1'.repeat(200_000)],
    ['dots', '.'.repeat(200_000)],
    ['spaced counts', '1 '.repeat(100_000)],
    ['year dashes', '2014-'.repeat(40_000)],
  ])('finds no date in a long run of %s, in linear time', (_name, text) => {
    const started = process.hrtime.bigint();
    const facts = extract(text, { referenceDate: '2024-02-16', kinds: ['date'] }).facts;
    expect(facts.filter((f) => f.kind === 'date' && f.rule !== 'date/year-range')).toEqual([]);
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20);
  });
});
