import { formatMonth } from '../../resolve/timex-calendar';
import { dayHit, explicitDay, monthOf } from './absolute';
import { MONTH, YEAR } from './fragments';
import type { DateRule } from './hit';

/**
 * Dates that glue a month name to its numbers with hyphens or slashes, as datelines, tables
 * and forms write them: "05-Aug-2016", "23/Sep/2020", "2019/aug/01", "Sep-23-2020",
 * "Dec-2018", "Oct/2". The separator must repeat, so "Aug-2016" inside "05-Aug-2016" is
 * not read twice.
 */
const DAY_NUMBER = String.raw`(0?[1-9]|[12]\d|3[01])`;

/** "05-Aug-2016", "23/Sep/2020". */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY_NUMBER}([-/])${MONTH}\2${YEAR}(?![-/.]?\d)`, 'gi');

/** "2019/aug/01", "2019-aug-1", "2020/Sep/23". */
const YEAR_MONTH_DAY = new RegExp(String.raw`\b([12]\d{3})([-/])${MONTH}\2${DAY_NUMBER}\b(?![-/.]?\d)`, 'gi');

/** "Sep-23-2020", "Aug/01/2019". */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}([-/])${DAY_NUMBER}\2${YEAR}(?![-/.]?\d)`, 'gi');

/** "Dec-2018", "Dec/2018". */
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}[-/]${YEAR}(?![-/.]?\d)`, 'gi');

/** "Oct/2", "Jan/3": a slash between an abbreviated month and its day. */
const MONTH_SLASH_DAY = new RegExp(String.raw`\b${MONTH}/${DAY_NUMBER}\b(?![-/.]?\d)`, 'gi');

/** A rule for one order of day, month and year; the numbers are the capture groups of each part. */
function orderedDay(id: string, pattern: RegExp, groups: { year: number; month: number; day: number }): DateRule {
  return {
    id,
    pattern,
    build(m) {
      return explicitDay(m, id, Number(m[groups.year]), monthOf(m[groups.month]), Number(m[groups.day]));
    },
  };
}

const dayMonthYear = orderedDay('date/separated-day-month-year', DAY_MONTH_YEAR, { day: 1, month: 3, year: 4 });
const yearMonthDay = orderedDay('date/separated-year-month-day', YEAR_MONTH_DAY, { year: 1, month: 3, day: 4 });
const monthDayYear = orderedDay('date/separated-month-day-year', MONTH_DAY_YEAR, { month: 1, day: 3, year: 4 });

const monthYear: DateRule = {
  id: 'date/separated-month-year',
  pattern: MONTH_YEAR,
  build(m) {
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: formatMonth(Number(m[2]), monthOf(m[1])), timexType: 'DATE', grain: 'month' };
  },
};

const monthSlashDay: DateRule = {
  id: 'date/separated-month-day',
  pattern: MONTH_SLASH_DAY,
  build(m, scan) {
    return dayHit(scan, m.index, m.index + m[0].length, this.id, monthOf(m[1]), Number(m[2]), undefined);
  },
};

export const SEPARATED_RULES: readonly DateRule[] = [dayMonthYear, yearMonthDay, monthDayYear, monthYear, monthSlashDay];
