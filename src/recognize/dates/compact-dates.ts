import { formatMonth } from '../../resolve/timex-calendar';
import { dayHit, explicitDay, monthOf } from './absolute';
import type { DateRule } from './hit';

/** "20161016": a year, month and day run together, as filings and datelines write them. */
const COMPACT_DATE = /\b((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/g;

/** "in 2015-3": a year and a one-digit month. */
const YEAR_SHORT_MONTH = /\b([12]\d{3})-([1-9])\b(?![-/.,]?\d)/g;

/** "12/2015", "03-2019": a month and year, as forms and card expiry dates write them. */
const MONTH_SLASH_YEAR = /\b(0?[1-9]|1[0-2])([/-])((?:19|20)\d\d)\b/g;

/**
 * "14april 2015", "3jan2015", "1st June": a day glued to its month, as fast typing and some
 * datelines write it ("April14" is read by the month-first rule). An abbreviated month needs its
 * year, since "5mar", "3dec" or "2may" may be a code or a word.
 */
const GLUED_DAY_MONTH = /\b([0-3]?\d)(?:st|nd|rd|th)?(?:(january|february|march|april|june|july|august|september|october|november|december)|(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?=\.?\s?[12]\d{3}\b))\.?(?:\s?,?\s?([12]\d{3}))?\b/gi;

/**
 * A run of eight digits is a date only after a word that introduces one ("released on
 * 20161016", "dated 19990412", "effective: 20230101"); elsewhere it is an ID, an amount or a
 * phone number.
 */
const COMPACT_DATE_LEAD = /\b(?:on|dated?|since|from|until|till|by|before|after|effective|as\s+of|released|updated|published|issued|expires?|expiry)(?:\s*:)?\s*$/i;

/** "in 2015-3" but not "Resolution 2015-3" or "Order No. 2015-3". */
const SHORT_MONTH_LEAD = /\b(?:in|on|since|from|until|till|by|during|before|after|through)\s+$/i;

/** Digits, signs and separators that make a number part of something longer: "+20161016", "#20161016", "2016.1016". */
const NUMBER_AROUND = /[\d$£€¥#+.,/-]/;

function standsAlone(text: string, start: number, end: number): boolean {
  return !NUMBER_AROUND.test(text[start - 1] ?? '') && !/^[.,/-]?\d/.test(text.slice(end, end + 2));
}

const compactDate: DateRule = {
  id: 'date/compact',
  pattern: COMPACT_DATE,
  build(m, scan) {
    const end = m.index + m[0].length;
    if (!standsAlone(scan.text, m.index, end) || !COMPACT_DATE_LEAD.test(scan.text.slice(Math.max(0, m.index - 16), m.index))) return null;
    return explicitDay(m, this.id, Number(m[1]), Number(m[2]), Number(m[3]));
  },
};

const yearShortMonth: DateRule = {
  id: 'date/iso-month',
  pattern: YEAR_SHORT_MONTH,
  build(m, scan) {
    const end = m.index + m[0].length;
    if (!standsAlone(scan.text, m.index, end) || !SHORT_MONTH_LEAD.test(scan.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return { start: m.index, end, rule: this.id, value: formatMonth(Number(m[1]), Number(m[2])), timexType: 'DATE', grain: 'month', explicitYear: true };
  },
};

const monthSlashYear: DateRule = {
  id: 'date/numeric-month-year',
  pattern: MONTH_SLASH_YEAR,
  build(m, scan) {
    const [whole, month, sep, year] = m;
    const end = m.index + whole.length;
    // "3-2015" reads as a score or a range; a hyphen needs the two-digit month.
    if (!standsAlone(scan.text, m.index, end) || (sep === '-' && month.length !== 2)) return null;
    return { start: m.index, end, rule: this.id, value: formatMonth(Number(year), Number(month)), timexType: 'DATE', grain: 'month', explicitYear: true };
  },
};

const gluedDayMonth: DateRule = {
  id: 'date/glued-day-month',
  pattern: GLUED_DAY_MONTH,
  build(m, scan) {
    const [whole, day, fullMonth, shortMonth, year] = m;
    if (NUMBER_AROUND.test(scan.text.charAt(m.index - 1))) return null;
    return dayHit(scan, m.index, m.index + whole.length, this.id, monthOf(fullMonth ?? shortMonth), Number(day), year);
  },
};

export const COMPACT_DATE_RULES: readonly DateRule[] = [compactDate, yearShortMonth, monthSlashYear, gluedDayMonth];
