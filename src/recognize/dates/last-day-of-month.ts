import { daysInMonth } from '../../resolve/timex-calendar';
import { DAY_YEAR_TAIL, dayHit, monthOf } from './absolute';
import { MONTH } from './fragments';
import type { DateRule } from './hit';

/** "the last day of October 2015", "last day in february": the month's last day. */
const LAST_DAY_OF_MONTH = new RegExp(String.raw`\b(?:the\s+)?last\s+day\s+(?:of|in)\s+${MONTH}${DAY_YEAR_TAIL}`, 'gi');

const lastDayOfMonth: DateRule = {
  id: 'date/last-day-of-month',
  pattern: LAST_DAY_OF_MONTH,
  build(m, scan) {
    const [whole, monthWord, yearText] = m;
    const month = monthOf(monthWord);
    const year = yearText ? Number(yearText) : (scan.ref?.y ?? 2000);
    // The month's length only matters for February, whose last day the year decides.
    return dayHit(scan, m.index, m.index + whole.length, this.id, month, daysInMonth(year, month), yearText);
  },
};

export const LAST_DAY_OF_MONTH_RULES: readonly DateRule[] = [lastDayOfMonth];
