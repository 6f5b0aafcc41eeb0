import { WEEKDAYS } from '../../lexicon/weekdays';
import { parseOrdinal } from '../../resolve/numbers';
import { formatDay, nthWeekdayOfMonth, pad4 } from '../../resolve/timex-calendar';
import { yearForMonth } from '../../resolve/timex';
import { monthOf } from './absolute';
import { MONTH, WEEKDAY_FULL, YEAR } from './fragments';
import type { DateHit, DateRule } from './hit';

/**
 * "the first Tuesday in November", "the last Friday of March 2025": one day, where the weekday
 * alone had been the nearest Tuesday and the month a second date. "the second Monday of each
 * month" is a set and is left to the set rules. "the second Tuesday of May next year": the year
 * words bind to the month, and stay a fact of their own, as after a month alone.
 */
const NTH_WEEKDAY = new RegExp(
  String.raw`\b(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+${WEEKDAY_FULL}\s+(?:of|in)\s+${MONTH}(?:,?\s+${YEAR}|\s+((this|next|last)\s+year)\b)?`,
  'gi',
);

const YEAR_STEP: Record<string, number> = { this: 0, next: 1, last: -1 };

/** "the last Friday of the month", "the first Monday of next month": the month counted from the reference. */
const NTH_WEEKDAY_OF_RELATIVE_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+${WEEKDAY_FULL}\s+(?:of|in)\s+(?:the\s+(?:current\s+)?month|(this|next|last|the\s+following|the\s+previous)\s+month)\b`,
  'gi',
);

const MONTH_STEP: Record<string, number> = { this: 0, next: 1, 'the following': 1, last: -1, 'the previous': -1 };

const nthWeekday: DateRule = {
  id: 'date/nth-weekday',
  pattern: NTH_WEEKDAY,
  build(m, scan) {
    const [whole, ordinal, weekdayWord, monthWord, yearText, yearWords, step] = m;
    const month = monthOf(monthWord);
    const n = ordinal.toLowerCase() === 'last' ? -1 : parseOrdinal(ordinal);
    if (!n || (step && !scan.ref)) return null;
    const start = m.index;
    const yearEnd = start + whole.length;
    const end = yearWords ? yearEnd - yearWords.length - 1 : yearEnd;
    const relativeYear = step && scan.ref ? scan.ref.y + YEAR_STEP[step.toLowerCase()] : null;
    const year = yearText ? Number(yearText) : relativeYear ?? (scan.ref ? yearForMonth(scan.ref, month, scan.deadlineBefore(start) ? 'future' : scan.tense(start, end)) : null);
    if (year === null) return null;
    const day = nthWeekdayOfMonth(year, month, WEEKDAYS.get(weekdayWord.toLowerCase())!, n);
    // "the fifth Monday of February" names no day in most years.
    if (day.m !== month) return null;
    const hit: DateHit = { start, end, rule: this.id, value: formatDay(day), timexType: 'DATE', grain: 'day', day, explicitYear: !!yearText || !!step };
    if (!yearWords) return hit;
    return [{ ...hit, priority: 2 }, { start: yearEnd - yearWords.length, end: yearEnd, rule: this.id, value: pad4(year), timexType: 'DATE', grain: 'year', priority: 2 }];
  },
};

const nthWeekdayOfRelativeMonth: DateRule = {
  id: 'date/nth-weekday',
  pattern: NTH_WEEKDAY_OF_RELATIVE_MONTH,
  build(m, scan) {
    const [whole, ordinal, weekdayWord, step] = m;
    const n = ordinal.toLowerCase() === 'last' ? -1 : parseOrdinal(ordinal);
    if (!n || !scan.ref) return null;
    const shift = step ? MONTH_STEP[step.toLowerCase().replace(/\s+/g, ' ')] : 0;
    const months = scan.ref.y * 12 + scan.ref.m - 1 + shift;
    const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
    const day = nthWeekdayOfMonth(year, month, WEEKDAYS.get(weekdayWord.toLowerCase())!, n);
    if (day.m !== month) return null;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value: formatDay(day), timexType: 'DATE', grain: 'day', day, explicitYear: false };
  },
};

export const NTH_WEEKDAY_RULES: readonly DateRule[] = [nthWeekday, nthWeekdayOfRelativeMonth];
