import { TIME_UNITS } from '../../lexicon/time-units';
import { yearForMonthDay } from '../../resolve/timex';
import { monthOf } from './absolute';
import { DAY, MONTH, YEAR } from './fragments';
import type { DateHit, DateRule, DateScan } from './hit';
import { dayEndpoint } from './ranges';
import { isCountedNoun, wordAfter, wordBefore } from './words';

/**
 * The later days of a list, after its first: ", 5 and 9", ", 5, 12, and 19", " or 9". At most
 * eight days: an unbounded run would rescan a long list of numbers from each of its items.
 */
const LATER_DAYS = String.raw`((?:\s?,\s?[0-3]?\d(?:st|nd|rd|th)?\b){0,6}\s?,?\s+(?:and|or|&)\s+[0-3]?\d(?:st|nd|rd|th)?\b)`;

/** "March 3, 5 and 9", "Nov. 1, 8 and 15, 2024": one month and a list of its days. */
const MONTH_DAY_LIST = new RegExp(String.raw`\b${MONTH}\s?${DAY}${LATER_DAYS}(?!\s?[:.,]\d)(?:,?\s+${YEAR})?`, 'gi');

/** "3, 5 and 9 March", "1, 8 and 15 November 2024". */
const DAY_LIST_MONTH = new RegExp(String.raw`\b${DAY}${LATER_DAYS}\s+${MONTH}(?:,?\s+${YEAR})?`, 'gi');

const DAY_IN_LIST = /([0-3]?\d)(?:st|nd|rd|th)?\b/g;

interface ListedDay {
  start: number;
  end: number;
  day: number;
}

/** The days of a list with their spans, `offset` being where `list` starts in the text. */
function listedDays(list: string, offset: number): ListedDay[] {
  const days: ListedDay[] = [];
  DAY_IN_LIST.lastIndex = 0;
  for (let m = DAY_IN_LIST.exec(list); m; m = DAY_IN_LIST.exec(list)) {
    days.push({ start: offset + m.index, end: offset + m.index + m[0].length, day: Number(m[1]) });
  }
  return days;
}

/** Days of one month in a list rise; anything else ("12, 5 and 3") is a list of counts or scores. */
function rising(days: readonly ListedDay[]): boolean {
  return days.every((d, i) => d.day >= 1 && d.day <= 31 && (i === 0 || d.day > days[i - 1].day));
}

/** "between March 3 and 5" is a range, which the range rules link. */
function opensRange(text: string, start: number): boolean {
  return wordBefore(text, start) === 'between';
}

/**
 * After the last day, a counted noun ("5 and 9 people", "3 and 4 goals", "9 seconds") makes the
 * numbers counts, not days; a verb ("were moved", "went ahead") or punctuation does not.
 */
function endsLikeADate(text: string, end: number): boolean {
  if (/^\s?[%$£€¥]/.test(text.slice(end, end + 2))) return false;
  const next = wordAfter(text, end).toLowerCase();
  return !isCountedNoun(next) && !TIME_UNITS.has(next);
}

interface ListMatch {
  month: string;
  firstDay: string;
  later: string;
  year: string | undefined;
  /** The last fact runs to the end of the match: it holds the month ("9 March") or the year ("15, 2024"). */
  lastTakesTail: boolean;
}

/** One fact per listed day, all in the month named and the year stated or placed by the first day. */
function listHits(m: RegExpExecArray, scan: DateScan, rule: string, list: ListMatch): DateHit[] | null {
  const start = m.index;
  const end = start + m[0].length;
  const laterAt = start + m[0].indexOf(list.later, list.firstDay.length);
  const days = [{ start, end: laterAt, day: Number(list.firstDay) }, ...listedDays(list.later, laterAt)];
  if (list.lastTakesTail) days[days.length - 1].end = end;
  if (!rising(days)) return null;
  const month = monthOf(list.month);
  const year = list.year ? Number(list.year) : scan.ref ? yearForMonthDay(scan.ref, month, days[0].day, scan.tense(start, end)) : null;
  const hits: DateHit[] = [];
  for (const d of days) {
    const hit = dayEndpoint(d.start, d.end, rule, month, d.day, year);
    if (!hit) return null;
    hits.push({ ...hit, explicitYear: list.year !== undefined, priority: 2 });
  }
  return hits;
}

/**
 * "on March 3, 5 and 9": TimeML marks each day of a list, and the later ones borrow the month
 * (and year) of the first.
 */
const monthDayList: DateRule = {
  id: 'date/day-list',
  pattern: MONTH_DAY_LIST,
  build(m, scan) {
    const [whole, month, firstDay, later, year] = m;
    if (opensRange(scan.text, m.index) || (!year && !endsLikeADate(scan.text, m.index + whole.length))) return null;
    return listHits(m, scan, this.id, { month, firstDay, later, year, lastTakesTail: year !== undefined });
  },
};

const dayListMonth: DateRule = {
  id: 'date/day-list',
  pattern: DAY_LIST_MONTH,
  build(m, scan) {
    const [, firstDay, later, month, year] = m;
    if (opensRange(scan.text, m.index) || /[\d$£€.,]/.test(scan.text.charAt(m.index - 1))) return null;
    return listHits(m, scan, this.id, { month, firstDay, later, year, lastTakesTail: true });
  },
};

export const DAY_LIST_RULES: readonly DateRule[] = [monthDayList, dayListMonth];
