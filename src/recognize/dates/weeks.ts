import { parseCardinal, parseOrdinal } from '../../resolve/numbers';
import { addMonths, formatMonth, formatWeek, nthWeekdayOfMonth, pad2, pad4 } from '../../resolve/timex-calendar';
import { durationValue, yearForMonth } from '../../resolve/timex';
import { TIME_UNITS } from '../../lexicon/time-units';
import { dayHit, monthOf } from './absolute';
import { DAY, DAY_WORD, MONTH, YEAR } from './fragments';
import type { DateRule, DateScan } from './hit';
import { wordBefore } from './words';

/** The year a week belongs to: "of 2015", "of this year", "of next year", "of the year" (the reference one). */
const WEEK_YEAR = String.raw`\s+of\s+(?:${YEAR}|(this|last|next|the)\s+year\b)`;

/** An ordinal week of a year, in digits up to the 53rd or in words: "10th", "twenty-second", "last". */
const WEEK_ORDINAL = String.raw`(last|final|(?:[1-9]|[1-4]\d|5[0-3])(?:st|nd|rd|th)\b|${DAY_WORD})`;

/** "the first week of 2015", "the 10th week of this year", "week 27 of 2017". */
const WEEK_OF_YEAR = new RegExp(String.raw`\b(?:(?:the\s+)?${WEEK_ORDINAL}\s+week|week\s+([1-9]|[1-4]\d|5[0-3]))${WEEK_YEAR}`, 'gi');

/** "the first week of March", "the last week of July 2015", "the second week of next month". */
const WEEK_OF_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+of\s+(?:${MONTH}(?:,?\s+${YEAR})?|(this|next|last)\s+month\b)`,
  'gi',
);

/**
 * "in week 31", "by week 40": a week number without a year is one of the reference year. Only
 * lower case after a preposition, and not "week 3 of the trial": sport and court copy count
 * their own weeks.
 */
const WEEK_NUMBER = /\bweek\s+([1-9]|[1-4]\d|5[0-3])\b(?![.,]\d|\s+of\b)/g;

const WEEK_NUMBER_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'for', 'by', 'from', 'until', 'since', 'before', 'after', 'through', 'the']);

/**
 * "the week of March 4", "the week of Aug. 6, 1990": the ISO week holding that day; "the weekend
 * of June 5", "the weekend of March 3-4": that week's weekend, one expression, not "the weekend"
 * and a day. The day may come first, as British copy writes it: "the week of 17 April", "the
 * weekend of 3-4 June".
 */
const WEEK_OF_DAY = new RegExp(
  String.raw`\bthe\s+(week|week-?end)\s+of\s+(?:${MONTH}\s?${DAY}(?:\s?[-\u2013]\s?[0-3]?\d\b)?|(?:the\s+)?${DAY}(?:\s?[-\u2013]\s?[0-3]?\d(?:st|nd|rd|th)?\b)?\s+(?:of\s+)?${MONTH})(?:,?\s+${YEAR})?(?![,.:]\d)`,
  'gi',
);

function yearOf(scan: DateScan, explicit: string | undefined, step: string | undefined): number | null {
  if (explicit) return Number(explicit);
  if (!scan.ref || !step) return null;
  const s = step.toLowerCase();
  return scan.ref.y + (s === 'next' ? 1 : s === 'last' ? -1 : 0);
}

/**
 * The ISO week value of week `n` of `year`; n = -1 for the year's last week (the one holding
 * 28 December). Null for a 53rd week in a year of 52.
 */
function weekValue(year: number, n: number): string | null {
  const last = formatWeek({ y: year, m: 12, d: 28 });
  if (n < 0) return last;
  return n > Number(last.slice(-2)) ? null : `${pad4(year)}-W${pad2(n)}`;
}

const weekOfYear: DateRule = {
  id: 'date/week-of-year',
  pattern: WEEK_OF_YEAR,
  build(m, scan) {
    const [whole, ordinal, ordinalWord, number, explicit, step] = m;
    const year = yearOf(scan, explicit, step);
    const n = number ? Number(number) : weekNumber(ordinal ?? ordinalWord);
    const value = year === null ? 'XXXX-WXX' : weekValue(year, n);
    if (value === null) return null;
    return { start: m.index, end: m.index + whole.length, rule: this.id, value, timexType: 'DATE', grain: 'week' };
  },
};

/**
 * "the first two weeks of October", "the last ten days of March 2024", "the final weeks of
 * December", "the second half of next month": a stretch at one edge of a month. TimeML marks it
 * as one DATE, the month with the mod START or END, as it does "early October"; TIMEX3 has no
 * value for the month's first two weeks. Group 1 or 2 is the edge.
 */
const EDGE_OF_MONTH = new RegExp(
  String.raw`\b(?:the\s+)?(?:(first|last|final|opening|closing)\s+(?:(?:two|three|four|few|ten|fifteen|twenty|[2-9]|[12]\d)\s+)?(?:days|weeks)|(first|second|latter)\s+half)\s+of\s+(?:${MONTH}(?:,?\s+${YEAR})?|(this|next|last)\s+month\b)`,
  'gi',
);

/** The month and year a week of a month belongs to: stated, stepped from the reference month, or placed by tense. */
function monthOfWeek(m: RegExpExecArray, scan: DateScan, first = 2): { y: number; m: number } | null {
  const [monthWord, yearText, step] = m.slice(first, first + 3);
  const whole = m[0];
  if (step) {
    if (!scan.ref) return null;
    const s = step.toLowerCase();
    return addMonths({ ...scan.ref, d: 1 }, s === 'next' ? 1 : s === 'last' ? -1 : 0);
  }
  const month = monthOf(monthWord);
  if (yearText) return { y: Number(yearText), m: month };
  return scan.ref ? { y: yearForMonth(scan.ref, month, scan.tense(m.index, m.index + whole.length)), m: month } : null;
}

/** Which week an ordinal names: "second" → 2, "last" → -1. */
function weekNumber(ordinal: string): number {
  return /^(?:last|final)$/i.test(ordinal) ? -1 : (parseOrdinal(ordinal) ?? 1);
}

/**
 * A week of a month is an ISO week, and an ISO week belongs to the month that holds its
 * Thursday: "the first week of March 2024" is 2024-W10 (4–10 March), and "the last week of
 * July" the week of July's last Thursday.
 */
const weekOfMonth: DateRule = {
  id: 'date/week-of-month',
  pattern: WEEK_OF_MONTH,
  build(m, scan) {
    const base = { start: m.index, end: m.index + m[0].length, rule: this.id, timexType: 'DATE' as const, grain: 'week' as const };
    const month = monthOfWeek(m, scan);
    if (!month) return { ...base, value: 'XXXX-WXX' };
    const thursday = nthWeekdayOfMonth(month.y, month.m, THURSDAY, weekNumber(m[1]));
    return thursday.m === month.m ? { ...base, value: formatWeek(thursday) } : null;
  },
};

const THURSDAY = 4;

/** The mod of a stretch at one edge of a period: "the first two weeks" its START, "the last" its END. */
const edgeMod = (edge: string): 'START' | 'END' => (OPENING_EDGES.has(edge.toLowerCase()) ? 'START' : 'END');
const OPENING_EDGES: ReadonlySet<string> = new Set(['first', 'opening']);

const edgeOfMonth: DateRule = {
  id: 'date/edge-of-month',
  pattern: EDGE_OF_MONTH,
  build(m, scan) {
    const month = monthOfWeek(m, scan, 3);
    const mod = edgeMod(m[1] ?? m[2]);
    const value = month ? formatMonth(month.y, month.m) : 'XXXX-XX';
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value, timexType: 'DATE', grain: 'month', mod };
  },
};

/**
 * "the first nine months of 1989", "the last two weeks of this year", "the final days of 2023",
 * "the first six months of fiscal 1990": a stretch at one edge of a year, one span. Counted, it
 * measures that stretch (P9M, as TimeML annotates "the first nine months of the year"), unless
 * it is a whole half or quarter; uncounted ("the closing weeks of 2023") it is the year (or the
 * fiscal year) with the mod START or END. Group 1 is the edge, 2 the count, 3 the unit, 4
 * "fiscal", 5 the year written out, 6 the year's step.
 */
const EDGE_OF_YEAR = new RegExp(
  String.raw`\b(?:the\s+)?(first|last|final|opening|closing)\s+(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|[1-4]\d)\s+)?(days|weeks|months|quarters)\s+of\s+(?:(fiscal\s+)?${YEAR}|(this|last|next|the)\s+year\b)`,
  'gi',
);

/**
 * Edge stretches that are whole calendar periods, named by their own TIMEX3 code rather than the
 * year with a mod: "the first six months of 2023" is 2023-H1, "the last three months" its Q4.
 */
const WHOLE_EDGE_PERIODS: ReadonlyMap<string, { opening: string; closing: string }> = new Map([
  ['6 months', { opening: 'H1', closing: 'H2' }],
  ['2 quarters', { opening: 'H1', closing: 'H2' }],
  ['3 months', { opening: 'Q1', closing: 'Q4' }],
]);

const edgeOfYear: DateRule = {
  id: 'date/edge-of-year',
  pattern: EDGE_OF_YEAR,
  build(m, scan) {
    const [whole, edge, count, unit, fiscal, explicit, step] = m;
    const year = yearOf(scan, explicit, step);
    const yearValue = (fiscal ? 'FY' : '') + (year === null ? 'XXXX' : pad4(year));
    const mod = edgeMod(edge);
    const base = { start: m.index, end: m.index + whole.length, rule: this.id, timexType: 'DATE' as const };
    const period = count ? WHOLE_EDGE_PERIODS.get(`${parseCardinal(count)} ${unit.toLowerCase()}`) : undefined;
    if (period) {
      const code = mod === 'START' ? period.opening : period.closing;
      return { ...base, value: `${yearValue}-${code}`, grain: code.startsWith('H') ? 'half' : 'quarter' };
    }
    // Measured as the duration rule measures "nine months" or "three quarters" (P3Q, as MEANTIME writes it).
    const length = TIME_UNITS.get(unit.toLowerCase());
    if (count && length) return { ...base, value: durationValue(parseCardinal(count), length.letter, length.clock, length.factor), timexType: 'DURATION', grain: 'other' };
    return { ...base, value: yearValue, grain: 'year', mod };
  },
};

const weekOfDay: DateRule = {
  id: 'date/week-of-day',
  pattern: WEEK_OF_DAY,
  build(m, scan) {
    const [, unit, monthFirst, dayAfter, dayFirst, monthAfter, year] = m;
    const hit = dayHit(scan, m.index, m.index + m[0].length, this.id, monthOf(monthFirst ?? monthAfter), Number(dayAfter ?? dayFirst), year);
    const weekend = unit.toLowerCase() === 'week' ? '' : '-WE';
    return hit && { ...hit, value: (hit.day ? formatWeek(hit.day) : 'XXXX-WXX') + weekend, grain: 'week', day: undefined };
  },
};

const weekNumberAlone: DateRule = {
  id: 'date/week-number',
  pattern: WEEK_NUMBER,
  build(m, scan) {
    if (!WEEK_NUMBER_LEADS.has(wordBefore(scan.text, m.index))) return null;
    const value = scan.ref ? weekValue(scan.ref.y, Number(m[1])) : 'XXXX-WXX';
    if (value === null) return null;
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value, timexType: 'DATE', grain: 'week' };
  },
};

export const WEEK_RULES: readonly DateRule[] = [weekOfYear, weekOfMonth, edgeOfMonth, edgeOfYear, weekOfDay, weekNumberAlone];
