import { parseOrdinal } from '../../resolve/numbers';
import { addDays, formatWeek, pad2, pad4 } from '../../resolve/timex-calendar';
import { YEAR } from './fragments';
import type { DateRule, DateScan } from './hit';

/** The year a week belongs to: "of 2015", "of this year", "of next year". */
const WEEK_YEAR = String.raw`\s+of\s+(?:${YEAR}|(this|last|next)\s+year\b)`;

/** "the first week of 2015", "the last week of this year", "week 27 of 2017". */
const WEEK_OF_YEAR = new RegExp(
  String.raw`\b(?:(?:the\s+)?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week|week\s+([1-9]|[1-4]\d|5[0-3]))${WEEK_YEAR}`,
  'gi',
);

/** "the week after next", "the week before last". */
const WEEK_AFTER_NEXT = /\bthe\s+week\s+(after\s+next|before\s+last)\b/gi;

function yearOf(scan: DateScan, explicit: string | undefined, step: string | undefined): number | null {
  if (explicit) return Number(explicit);
  if (!scan.ref || !step) return null;
  const s = step.toLowerCase();
  return scan.ref.y + (s === 'next' ? 1 : s === 'last' ? -1 : 0);
}

/** The ISO week value of week `n` of `year`; n = -1 for the year's last week (the one holding 28 December). */
function weekValue(year: number, n: number): string {
  if (n < 0) return formatWeek({ y: year, m: 12, d: 28 });
  return `${pad4(year)}-W${pad2(n)}`;
}

const weekOfYear: DateRule = {
  id: 'date/week-of-year',
  pattern: WEEK_OF_YEAR,
  build(m, scan) {
    const [whole, ordinal, number, explicit, step] = m;
    const year = yearOf(scan, explicit, step);
    const n = number ? Number(number) : /^(?:last|final)$/i.test(ordinal) ? -1 : (parseOrdinal(ordinal) ?? 1);
    const value = year === null ? 'XXXX-WXX' : weekValue(year, n);
    return { start: m.index, end: m.index + whole.length, rule: this.id, value, timexType: 'DATE', grain: 'week' };
  },
};

const weekAfterNext: DateRule = {
  id: 'date/week-after-next',
  pattern: WEEK_AFTER_NEXT,
  build(m, scan) {
    const weeks = /^after/i.test(m[1]) ? 2 : -2;
    const value = scan.ref ? formatWeek(addDays(scan.ref, 7 * weeks)) : 'XXXX-WXX';
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value, timexType: 'DATE', grain: 'week' };
  },
};

export const WEEK_RULES: readonly DateRule[] = [weekOfYear, weekAfterNext];
