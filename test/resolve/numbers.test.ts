import { MAX_INTEGER_DIGITS, parseDigitNumeral, parseNumberWords, parseNumeral, scaleValue } from '../../src/resolve/numbers';

describe('parseDigitNumeral', () => {
  it.each([
    ['42', 42],
    ['1,250', 1250],
    ['1,234,567.89', 1234567.89],
    ['12,34,567.89', 1234567.89],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['2,5', 2.5],
    ['0.75', 0.75],
  ])('%s → %d', (numeral, value) => expect(parseDigitNumeral(numeral)).toBe(value));

  it.each(['1,1,1', '1.2.3', '12,3456', '1,23,4', '', 'abc', '1..2'])('refuses %p', (numeral) => expect(parseDigitNumeral(numeral)).toBeNull());

  it('refuses integer parts longer than MAX_INTEGER_DIGITS instead of returning huge values', () => {
    expect(parseDigitNumeral('9'.repeat(MAX_INTEGER_DIGITS))).toBe(Number('9'.repeat(MAX_INTEGER_DIGITS)));
    expect(parseDigitNumeral('9'.repeat(MAX_INTEGER_DIGITS + 1))).toBeNull();
    expect(parseDigitNumeral('9'.repeat(10000))).toBeNull();
  });
});

describe('parseNumeral', () => {
  it.each([
    ['twenty-five', 25],
    ['forty five', 45],
    ['three hundred thousand', 300000],
    ['one hundred and five', 105],
    ['five million two hundred thousand', 5200000],
    ['a billion', 1e9],
    ['half a million', 500000],
    ['a quarter', 0.25],
    ['three quarters', 0.75],
    ['one and a half', 1.5],
    ['two and a half million', 2500000],
    ['5 million', 5e6],
    ['2.5bn', 2.5e9],
    ['35 lakh', 3.5e6],
    ['2 crore', 2e7],
    ['1.5 trillion', 1.5e12],
    ['10k', 10000],
  ])('%s → %d', (text, value) => expect(parseNumeral(text)).toBe(value));

  it.each(['a', 'half', 'hundred', 'one one', 'million', 'five apples', '5 apples', '1,1,1'])('refuses %p', (text) =>
    expect(parseNumeral(text)).toBeNull(),
  );
});

describe('parseNumberWords', () => {
  it('reads the longest number and says how many words it used', () => {
    expect(parseNumberWords(['thirteen', 'dollars'])).toEqual({ value: 13, length: 1 });
    expect(parseNumberWords(['one', 'one'])).toEqual({ value: 1, length: 1 });
    expect(parseNumberWords(['the', 'one'], 1)).toEqual({ value: 1, length: 1 });
  });

  it('stays bounded on long runs of number words', () => {
    const words = Array.from({ length: 100000 }, () => 'one');
    expect(parseNumberWords(words)).toEqual({ value: 1, length: 1 });
  });
});

describe('scaleValue', () => {
  it.each([
    ['thousand', 1e3],
    ['m', 1e6],
    ['mln', 1e6],
    ['bn', 1e9],
    ['b', 1e9],
    ['tn', 1e12],
    ['crore', 1e7],
    ['lakh', 1e5],
  ])('%s → %d', (word, value) => expect(scaleValue(word)).toBe(value));
  it('knows no other words', () => expect(scaleValue('apples')).toBeUndefined());
});
