import { MONTHS } from '../../lexicon/months';
import { isValidDay, pad4 } from '../../resolve/timex-calendar';
import { monthDayValue, yearForMonthDay } from '../../resolve/timex';
import { DAY, MONTH, YEAR } from './fragments';
import type { DateHit, DateRule, DateScan } from './hit';
import { secondYear, splitYearHit } from './split-years';
import { charBefore } from './words';

/** "2014-2024", "1949–55"; "2014-15" and "the 1996/97 season" are one year (see split-years). */
const YEAR_RANGE = /\b(1[5-9]\d\d|20\d\d)\s?[-/\u2013]\s?(\d{4}|\d{2})\b(?![-/.]\w)/g;

/** "Feb. 15-16", "March 3 to 5, 2024". */
const MONTH_DAY_RANGE = new RegExp(String.raw`\b${MONTH}\s?${DAY}\s?(?:-|to|through|and)\s?${DAY}(?!\s?[:.,]\d)(?:,?\s+${YEAR})?`, 'gi');

/** "15-16 February 2024", "3 to 5 March". */
const DAY_MONTH_RANGE = new RegExp(String.raw`\b${DAY}\s?(?:-|to|and)\s?${DAY}\s+${MONTH}(?:,?\s+${YEAR})?`, 'gi');

/** Links two endpoints; the id is provisional until the document's ranges are numbered in order. */
export function linkPair(a: DateHit, b: DateHit): DateHit[] {
  const id = `at${a.start}`;
  return [
    { ...a, range: { id, role: 'start' }, priority: 1 },
    { ...b, range: { id, role: 'end' }, priority: 1 },
  ];
}

export function dayEndpoint(start: number, end: number, rule: string, month: number, day: number, year: number | null): DateHit | null {
  const value = monthDayValue(year, month, day);
  if (!value) return null;
  return { start, end, rule, value, timexType: 'DATE', grain: 'day', explicitYear: year !== null, ...(year !== null && isValidDay(year, month, day) ? { day: { y: year, m: month, d: day } } : {}) };
}

function yearFor(scan: DateScan, explicit: string | undefined, month: number, day: number, start: number, end: number): number | null {
  if (explicit) return Number(explicit);
  return scan.ref ? yearForMonthDay(scan.ref, month, day, scan.tense(start, end)) : null;
}

const yearRange: DateRule = {
  id: 'date/year-range',
  pattern: YEAR_RANGE,
  build(m, scan) {
    const [whole, first, second] = m;
    if (/[$£€¥#\d]/.test(charBefore(scan.text, m.index)) || /^\s?(?:%|percent)/.test(scan.text.slice(m.index + whole.length, m.index + whole.length + 8))) return null;
    const from = Number(first);
    const to = secondYear(from, second);
    // "1999-00" crosses a century; "1990-85" is no range.
    if (to <= from || to - from > (second.length === 2 && to % 100 < from % 100 ? 1 : 100)) return null;
    const oneYear = splitYearHit(scan, m.index, m.index + whole.length, from, to, second.length === 2, 'date/split-year');
    if (oneYear) return oneYear;
    const secondStart = m.index + whole.length - second.length;
    return linkPair(
      { start: m.index, end: m.index + first.length, rule: this.id, value: pad4(from), timexType: 'DATE', grain: 'year' },
      { start: secondStart, end: m.index + whole.length, rule: this.id, value: pad4(to), timexType: 'DATE', grain: 'year' },
    );
  },
};

const monthDayRange: DateRule = {
  id: 'date/day-range',
  pattern: MONTH_DAY_RANGE,
  build(m, scan) {
    const [whole, monthWord, d1, d2, explicit] = m;
    const month = MONTHS.get(monthWord.toLowerCase().replace(/\.$/, ''))!;
    if (Number(d2) <= Number(d1)) return null;
    const start = m.index;
    const end = start + whole.length;
    const year = yearFor(scan, explicit, month, Number(d1), start, end);
    const d2Start = start + whole.lastIndexOf(d2, explicit ? whole.length - explicit.length - 1 : whole.length);
    const firstEnd = start + whole.indexOf(d1, monthWord.length) + d1.length + (/^(st|nd|rd|th)/i.test(whole.slice(whole.indexOf(d1, monthWord.length) + d1.length)) ? 2 : 0);
    const a = dayEndpoint(start, firstEnd, this.id, month, Number(d1), year);
    const b = dayEndpoint(d2Start, end, this.id, month, Number(d2), year);
    return a && b ? linkPair(a, b) : null;
  },
};

const dayMonthRange: DateRule = {
  id: 'date/day-range',
  pattern: DAY_MONTH_RANGE,
  build(m, scan) {
    const [whole, d1, d2, monthWord, explicit] = m;
    if (/[\d$£€.,]/.test(scan.text.charAt(m.index - 1))) return null;
    const month = MONTHS.get(monthWord.toLowerCase().replace(/\.$/, ''))!;
    if (Number(d2) <= Number(d1)) return null;
    const start = m.index;
    const end = start + whole.length;
    const year = yearFor(scan, explicit, month, Number(d1), start, end);
    const firstEnd = start + d1.length + (/^(st|nd|rd|th)/i.test(whole.slice(d1.length)) ? 2 : 0);
    const d2Start = start + whole.indexOf(d2, firstEnd - start);
    const a = dayEndpoint(start, firstEnd, this.id, month, Number(d1), year);
    const b = dayEndpoint(d2Start, end, this.id, month, Number(d2), year);
    return a && b ? linkPair(a, b) : null;
  },
};

export const RANGE_RULES: readonly DateRule[] = [yearRange, monthDayRange, dayMonthRange];
