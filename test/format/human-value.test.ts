import { humanValue } from '../../src/format/human-value';
import type { DateFact, Fact, MoneyValue, PercentFact } from '../../src/types';

const span = { text: 'x', start: 0, end: 1, sentence: 0, rule: 'test/rule' };
const date = (value: string, extra: Partial<DateFact> = {}): Fact => ({ ...span, kind: 'date', value, timexType: 'DATE', ...extra });
const money = (value: MoneyValue): Fact => ({ ...span, kind: 'money', value });
const percent = (value: number, extra: Partial<PercentFact> = {}): Fact => ({ ...span, kind: 'percent', value, unit: 'percent', ...extra });

describe('dates read as a person would say them', () => {
  it.each([
    ['2024-02-15', 'Thu 15 Feb 2024'],
    ['2024-02-15T15:00', 'Thu 15 Feb 2024, 15:00'],
    ['2024-02-15T15:00:30Z', 'Thu 15 Feb 2024, 15:00:30 UTC'],
    ['2024-02-15T09:30-05:00', 'Thu 15 Feb 2024, 09:30 UTC-05:00'],
    ['2024-02-15TMO', 'Thu 15 Feb 2024, morning'],
    ['T15:00', '15:00'],
    ['2024-02', 'Feb 2024'],
    ['2024', '2024'],
    ['XXXX-02-15', '15 Feb'],
    ['XXXX-12', 'Dec'],
    ['2024-W07', 'week 7 of 2024'],
    ['2024-W07-WE', 'the weekend, week 7 of 2024'],
    ['XXXX-WXX-4', 'Thursday'],
    ['XXXX-WXX-7', 'Sunday'],
    ['2024-Q1', 'Q1 2024'],
    ['2024-H2', 'H2 2024'],
    ['2024-SU', 'summer 2024'],
    ['XXXX-WI', 'winter'],
    ['199X', 'the 1990s'],
    ['199', 'the 1990s'],
    ['19XX', 'the 1900s'],
    ['PRESENT_REF', 'now'],
    ['PAST_REF', 'the past'],
    ['FUTURE_REF', 'the future'],
  ])('%s → %s', (value, expected) => {
    expect(humanValue(date(value))).toBe(expected);
  });

  it.each([
    ['P3M', '3 months'],
    ['P1Y', '1 year'],
    ['P1Y6M', '1 year 6 months'],
    ['P2.5Y', '2.5 years'],
    ['PXM', 'some months'],
    ['PXY', 'some years'],
    ['P2W', '2 weeks'],
    ['P10D', '10 days'],
    ['P1DE', '1 decade'],
    ['P2CE', '2 centuries'],
    ['PT2H', '2 hours'],
    ['PT1H30M', '1 hour 30 minutes'],
    ['PT45S', '45 seconds'],
    ['P1DT12H', '1 day 12 hours'],
  ])('duration %s → %s', (value, expected) => {
    expect(humanValue(date(value, { timexType: 'DURATION' }))).toBe(expected);
  });

  it.each([
    ['P1W', 'every week'],
    ['P1D', 'every day'],
    ['P2W', 'every 2 weeks'],
    ['XXXX-WXX-1', 'every Monday'],
    ['TMO', 'every morning'],
  ])('set %s → %s', (value, expected) => {
    expect(humanValue(date(value, { timexType: 'SET' }))).toBe(expected);
  });

  it.each([
    ['2024', 'START', 'early 2024'],
    ['2024', 'MID', 'mid-2024'],
    ['2024-12', 'END', 'late Dec 2024'],
    ['P3Y', 'MORE_THAN', 'more than 3 years'],
    ['P2W', 'LESS_THAN', 'less than 2 weeks'],
    ['2024-02-15', 'BEFORE', 'before Thu 15 Feb 2024'],
    ['P1M', 'APPROX', 'about 1 month'],
  ] as const)('%s with mod %s → %s', (value, mod, expected) => {
    expect(humanValue(date(value, { mod }))).toBe(expected);
  });

  it('says which end of a range a date is, and flags an ambiguous one', () => {
    expect(humanValue(date('2024-03', { range: { id: 'r1', role: 'start' } }))).toBe('from Mar 2024');
    expect(humanValue(date('2024-05', { range: { id: 'r1', role: 'end' } }))).toBe('to May 2024');
    expect(humanValue(date('2024-03-02', { ambiguous: true }))).toBe('Sat 2 Mar 2024 (ambiguous)');
  });

  it.each(['2024-13-01', 'P', 'PT', 'P3Z', 'XXXX-WXX-9', 'nonsense', '2024-02-15Tlate'])('leaves the unknown shape %s as it is', (value) => {
    expect(humanValue(date(value))).toBe(value);
  });
});

describe('money', () => {
  it.each<[MoneyValue, string]>([
    [{ amount: 3.8e11, currency: 'USD' }, 'US$380 billion'],
    [{ amount: 1.5e6, currency: 'EUR' }, '€1.5 million'],
    [{ amount: 2e12, currency: 'GBP' }, '£2 trillion'],
    [{ amount: 12000, currency: 'JPY' }, '¥12,000'],
    [{ amount: 1250.5, currency: 'USD' }, 'US$1,250.50'],
    [{ amount: 40, currency: 'CHF' }, 'CHF 40'],
    [{ amount: 5e9, currency: 'CNY' }, 'CN¥5 billion'],
    [{ amount: 7e8, currency: 'INR' }, '₹700 million'],
    [{ amount: 3e6, currency: 'CAD' }, 'CA$3 million'],
    [{ amount: 5, currency: null }, '5 (currency unknown)'],
    [{ amount: 7.5e6, currency: 'USD', min: 5e6, max: 1e7 }, 'US$5–10 million'],
    [{ amount: 5.5e5, currency: 'USD', min: 1e5, max: 1e6 }, 'US$100,000–1 million'],
    [{ amount: 7.5e10, currency: 'USD', approximate: true }, 'about US$75 billion'],
    [{ amount: 6e11, currency: 'USD', qualifier: 'more-than' }, 'more than US$600 billion'],
    [{ amount: 1e6, currency: 'USD', qualifier: 'up-to' }, 'up to US$1 million'],
    [{ amount: 4, currency: 'USD', per: 'share' }, 'US$4 per share'],
    [{ amount: 15.5, currency: 'GBP', per: 'hour' }, '£15.50 per hour'],
  ])('%j → %s', (value, expected) => {
    expect(humanValue(money(value))).toBe(expected);
  });
});

describe('percentages', () => {
  it.each<[number, Partial<PercentFact>, string]>([
    [2, {}, '2%'],
    [2.5, {}, '2.5%'],
    [1200, {}, '1,200%'],
    [2.5, { min: 2, max: 3 }, '2–3%'],
    [1, { unit: 'percentage-point' }, '1 percentage point'],
    [3, { unit: 'percentage-point' }, '3 percentage points'],
    [0.25, { unit: 'basis-point' }, '25 basis points'],
    [0.01, { unit: 'basis-point' }, '1 basis point'],
    [0.25, { unit: 'basis-point', min: 0.25, max: 0.5 }, '25–50 basis points'],
    [2, { qualifier: 'more-than' }, 'more than 2%'],
    [10, { approximate: true }, 'about 10%'],
  ])('%d %j → %s', (value, extra, expected) => {
    expect(humanValue(percent(value, extra))).toBe(expected);
  });
});

describe('entities', () => {
  it('show their canonical name', () => {
    expect(humanValue({ ...span, kind: 'person', value: 'Jens Stoltenberg', entityId: 'e1', canonical: 'Jens Stoltenberg' })).toBe('Jens Stoltenberg');
  });
});
