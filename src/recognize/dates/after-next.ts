import { WEEKDAYS } from '../../lexicon/weekdays';
import { addDays, addMonths, formatDay, formatMonth, formatWeek } from '../../resolve/timex-calendar';
import { weekdayDay } from '../../resolve/timex';
import { acceptableMonthWord, monthOf } from './absolute';
import { MONTH_FULL, WEEKDAY_FULL } from './fragments';
import type { DateRule } from './hit';

/** "friday after next", "the Wednesday after next": the one a week after the next one. */
const WEEKDAY_AFTER_NEXT = new RegExp(String.raw`\b${WEEKDAY_FULL}\s+after\s+next\b`, 'gi');

/** "March after next": the month a year after the next one of that name; not "they march after next week's vote". */
const MONTH_AFTER_NEXT = new RegExp(String.raw`\b${MONTH_FULL}\s+after\s+next\b`, 'gi');

/**
 * "the week after next", "the month before last", "the year after next", "the weekend before
 * last"; not "the month before last year's vote", where "last" belongs to what follows.
 */
const PERIOD_AFTER_NEXT = /\bthe\s+(week|weekend|month|year)\s+(after\s+next|before\s+last)\b(?![-'\u2019]|\s+(?:week|weekend|month|year|season|quarter|night|time|spring|summer|autumn|fall|winter)s?\b)/gi;

const periodAfterNext: DateRule = {
  id: 'date/period-after-next',
  pattern: PERIOD_AFTER_NEXT,
  build(m, scan) {
    const unit = m[1].toLowerCase();
    const steps = /^after/i.test(m[2]) ? 2 : -2;
    const span = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' as const };
    if (unit === 'year') return { ...span, value: scan.ref ? String(scan.ref.y + steps) : 'XXXX', grain: 'year' };
    if (unit === 'month') {
      const month = scan.ref ? addMonths({ ...scan.ref, d: 1 }, steps) : null;
      return { ...span, value: month ? formatMonth(month.y, month.m) : 'XXXX-XX', grain: 'month' };
    }
    const week = scan.ref ? formatWeek(addDays(scan.ref, 7 * steps)) : 'XXXX-WXX';
    return { ...span, value: unit === 'weekend' ? `${week}-WE` : week, grain: 'week' };
  },
};

const weekdayAfterNext: DateRule = {
  id: 'date/weekday-after-next',
  pattern: WEEKDAY_AFTER_NEXT,
  build(m, scan) {
    if (!scan.ref) return null;
    const day = addDays(weekdayDay(scan.ref, WEEKDAYS.get(m[1].toLowerCase())!, 'after'), 7);
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: formatDay(day), timexType: 'DATE', grain: 'day', day };
  },
};

const monthAfterNext: DateRule = {
  id: 'date/month-after-next',
  pattern: MONTH_AFTER_NEXT,
  build(m, scan) {
    if (!scan.ref || !acceptableMonthWord(m[1], scan)) return null;
    const month = monthOf(m[1]);
    const next = month > scan.ref.m ? scan.ref.y : scan.ref.y + 1;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: formatMonth(next + 1, month), timexType: 'DATE', grain: 'month' };
  },
};

export const AFTER_NEXT_RULES: readonly DateRule[] = [periodAfterNext, weekdayAfterNext, monthAfterNext];
