import { MONTHS } from '../../lexicon/months';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { parseOrdinal } from '../../resolve/numbers';
import { addMonths, type Day, formatDay, isoWeekday, isValidDay, pad2 } from '../../resolve/timex-calendar';
import type { Tense } from '../../resolve/timex-tense';
import { DAY_WORD, WEEKDAY } from './fragments';
import type { DateRule, DateScan } from './hit';
import { wordBefore } from './words';

/**
 * "on the 18th", "by the 21st of this month", "the 20th of the current month", "around the 4th next month", "Tuesday the
 * eleventh", "Mon 13th", "on Monday 21!": a day of the month with no month named. Without a weekday or a month word it
 * needs a preposition before it and nothing noun-like after it, so "the 18th hole", "the 4th
 * Infantry" and "the 21st century" are no dates; a spelled ordinal needs the weekday.
 */
const NTH_DAY = new RegExp(
  String.raw`\b(?:${WEEKDAY},?\s+(?:the\s+)?|the\s+)(?:([12]\d|3[01]|0?[1-9])(st|nd|rd|th)?\b|${DAY_WORD})(?:(?:\s+of)?\s+(this|next|last|the(?:\s+(?:current|previous|following))?)\s+month\b)?`,
  'gi',
);

const WITH_THE = /\sthe\s/i;

const OF_MONTH = /\sof\s/i;

/** Months from the reference that "of next month", "of the previous month" count; "this" and "the current" are 0. */
const MONTH_STEP: Record<string, number> = { next: 1, 'the following': 1, last: -1, 'the previous': -1 };

const CLOSES_CLAUSE = /^(?:[.,;!?]|$)/;

const DAY_LEADS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'since', 'before', 'after', 'from', 'around', 'about', 'through', 'between', 'and', 'to']);

/** What may follow a lone "the 18th": punctuation, the end, or a word that starts a new phrase. */
const ENDS_PHRASE = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|through|until|at|when|as|in|with|but|if|so)\b)/;

/** Lower-case words that may follow "Friday the 13th" and carry on the date or a time of it. */
const DAY_CONTINUES: ReadonlySet<string> = new Set([
  'and', 'or', 'to', 'through', 'until', 'at', 'when', 'as', 'in', 'with', 'but', 'if', 'so', 'around', 'about', 'from',
  'by', 'before', 'after', 'on', 'between', 'this', 'next', 'noon', 'midnight', 'morning', 'afternoon', 'evening', 'night',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
]);

const WORD_AFTER = /^\s+([A-Za-z]+)\b/;

/**
 * "on Saturday, the first in the country since the war": a spelled ordinal before "in" ranks
 * in a field; "the first in the morning" goes on to a time of the day.
 */
const RANKS_IN = /^\s+in\b(?!\s+the\s+(?:morning|afternoon|evening|night)\b)/i;

/**
 * "the second cut", and after an ordinal in words a capitalized word too ("the first British man"),
 * unless it is a month; a digit ordinal before one may end a title-case headline's date ("Friday
 * the 13th Looms").
 */
function countsNounAfter(text: string, end: number, spelled: boolean): boolean {
  const next = WORD_AFTER.exec(text.slice(end, end + 20));
  if (next === null) return false;
  const word = next[1].toLowerCase();
  if (spelled && RANKS_IN.test(text.slice(end, end + 24))) return true;
  if (next[1] === word) return !DAY_CONTINUES.has(word);
  return spelled && !MONTHS.has(word);
}

/**
 * The month of a lone day: the reference month, or the one before or after it when the tense
 * says the day has passed or is to come. A weekday named with it picks the nearest month in
 * which the day falls on that weekday: searching back in a past report ("said Friday the 13th"
 * in a March story is last October's), ahead in a future one, both ways in neither; when no
 * month within a year fits, the weekday is ignored.
 */
function monthFor(scan: DateScan, ref: Day, day: number, weekday: number | undefined, start: number, end: number): Day {
  const tense = scan.tense(start, end);
  const first = { ...ref, d: 1 };
  const preferred = tense === 'past' && day > ref.d ? -1 : tense === 'future' && day < ref.d ? 1 : 0;
  if (!weekday) return addMonths(first, preferred);
  for (const shift of [preferred, 0, ...searchOrder(tense)]) {
    const month = addMonths(first, shift);
    if (isValidDay(month.y, month.m, day) && isoWeekday({ y: month.y, m: month.m, d: day }) === weekday) return month;
  }
  return addMonths(first, preferred);
}

/** Months searched either way: every weekday falls on every day of the month within about a year. */
const WEEKDAY_SEARCH = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const NEAREST_FIRST = WEEKDAY_SEARCH.flatMap((n) => [-n, n]);
const PAST_FIRST = [...WEEKDAY_SEARCH.map((n) => -n), ...WEEKDAY_SEARCH];
const FUTURE_FIRST = [...WEEKDAY_SEARCH, ...WEEKDAY_SEARCH.map((n) => -n)];

function searchOrder(tense: Tense | null): readonly number[] {
  return tense === 'past' ? PAST_FIRST : tense === 'future' ? FUTURE_FIRST : NEAREST_FIRST;
}

const nthDay: DateRule = {
  id: 'date/day-of-month',
  pattern: NTH_DAY,
  build(m, scan) {
    const [whole, weekdayWord, dayText, suffix, dayWord, step] = m;
    const start = m.index;
    const end = start + whole.length;
    const day = dayText ? Number(dayText) : (parseOrdinal(dayWord) ?? 0);
    // A day in words needs a weekday or its month: "the first of the month", not "the first".
    if (dayWord && !weekdayWord && !(step && OF_MONTH.test(whole))) return null;
    // A bare number is a day only right after a weekday and closing its clause: "on Monday 21!", not "Monday 21 people".
    if (dayText && !suffix && (!weekdayWord || WITH_THE.test(whole) || !CLOSES_CLAUSE.test(scan.text.slice(end, end + 2)))) return null;
    // Without "the", only a digit ordinal closing its phrase follows a weekday: "Tue 13th", not "Friday second place".
    if (weekdayWord && !WITH_THE.test(whole) && (dayWord || !ENDS_PHRASE.test(scan.text.slice(end, end + 8)))) return null;
    // "on Friday, the second cut in two months": an ordinal before a noun counts the noun.
    if (weekdayWord && !step && countsNounAfter(scan.text, end, dayWord !== undefined)) return null;
    // A typed request may open with the day: "the 15th at 3pm".
    const led = scan.query || DAY_LEADS.has(wordBefore(scan.text, start));
    if (!step && !weekdayWord && (!led || !ENDS_PHRASE.test(scan.text.slice(end, end + 8)))) return null;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'day' as const };
    if (!scan.ref) return { ...base, value: `XXXX-XX-${pad2(day)}` };
    const lower = step?.toLowerCase();
    const weekday = weekdayWord ? WEEKDAYS.get(weekdayWord.toLowerCase().replace(/\.$/, '')) : undefined;
    const month = lower ? addMonths({ ...scan.ref, d: 1 }, MONTH_STEP[lower.replace(/\s+/g, ' ')] ?? 0) : monthFor(scan, scan.ref, day, weekday, start, end);
    if (!month || !isValidDay(month.y, month.m, day)) return null;
    const date = { y: month.y, m: month.m, d: day };
    return { ...base, value: formatDay(date), day: date };
  },
};

export const MONTH_DAY_ALONE_RULES: readonly DateRule[] = [nthDay];
