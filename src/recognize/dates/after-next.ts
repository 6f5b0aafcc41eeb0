import { WEEKDAYS } from '../../lexicon/weekdays';
import { addDays, formatDay, formatMonth } from '../../resolve/timex-calendar';
import { weekdayDay } from '../../resolve/timex';
import { acceptableMonthWord, monthOf } from './absolute';
import { MONTH_FULL, WEEKDAY_FULL } from './fragments';
import type { DateRule } from './hit';

/** "friday after next", "the Wednesday after next": the one a week after the next one. */
const WEEKDAY_AFTER_NEXT = new RegExp(String.raw`\b${WEEKDAY_FULL}\s+after\s+next\b`, 'gi');

/** "March after next": the month a year after the next one of that name; not "they march after next week's vote". */
const MONTH_AFTER_NEXT = new RegExp(String.raw`\b${MONTH_FULL}\s+after\s+next\b`, 'gi');

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

export const AFTER_NEXT_RULES: readonly DateRule[] = [weekdayAfterNext, monthAfterNext];
