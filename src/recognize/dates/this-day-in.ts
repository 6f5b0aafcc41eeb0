import { formatDay, formatMonth, formatWeek, isValidDay } from '../../resolve/timex-calendar';
import type { DateRule } from './hit';

/**
 * "On this day in 1945", "this week in 1969", "this month in 1989": history columns name the
 * reference's own day, week or month in the year they turn back to (1945-01-27 told on 27 January).
 */
const THIS_FRAME_IN_YEAR = /\bthis\s+(day|date|week|month)\s+in\s+(1\d{3}|20\d{2})\b(?![-\u2013/]\d)/gi;

const thisFrameInYear: DateRule = {
  id: 'date/this-day-in-year',
  pattern: THIS_FRAME_IN_YEAR,
  build(m, scan) {
    const { ref } = scan;
    const frame = m[1].toLowerCase();
    const y = Number(m[2]);
    if (!ref || (frame !== 'month' && !isValidDay(y, ref.m, ref.d))) return null;
    const span = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' as const };
    if (frame === 'month') return { ...span, value: formatMonth(y, ref.m), grain: 'month' };
    const day = { y, m: ref.m, d: ref.d };
    if (frame === 'week') return { ...span, value: formatWeek(day), grain: 'week' };
    return { ...span, value: formatDay(day), grain: 'day', day };
  },
};

export const THIS_DAY_IN_RULES: readonly DateRule[] = [thisFrameInYear];
