import { type Holiday, HOLIDAYS } from '../../lexicon/holidays';
import { addDays, compareDays, type Day, easterSunday, formatDay, formatMonth, isoWeekday, nthWeekdayOfMonth, pad2, pad4 } from '../../resolve/timex-calendar';
import { periodValue } from '../../resolve/timex';
import { lunarDay } from '../../resolve/lunar-calendars';
import { YEAR } from './fragments';
import type { DateRule, DateScan } from './hit';
import { isCapitalized, withArticle, wordBefore } from './words';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const NAMES = [...HOLIDAYS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * "Christmas", "last Thanksgiving", "Easter 2024", "New Year's Day", "the following Easter",
 * a year named by its step ("Halloween next year", "Christmas of last year", "Easter this year"),
 * and the weekend or week of one: "Labor Day weekend", "memorial day week-end", "the weekend of
 * Halloween", "the week of Thanksgiving", "Christmas week".
 * With "weekend" or "holidays" after it, the article before is part of the name of the time, as
 * OntoNotes and TimeML span it: "over the Thanksgiving weekend", "during the Christmas holidays".
 */
const HOLIDAY = new RegExp(
  String.raw`\b(?:((?:the\s+)?week(?:-?end)?\s+of)\s+)?(?:(last|next|this|previous|following)\s+)?(${NAMES})\b(?:,?\s+${YEAR}|\s+(?:of\s+)?(last|next|this)\s+year\b)?(?:(\s+week(?:-?end)?\b)|(\s+holidays?\b)(?![-\s]+(?:shopping|season|sales|spending)\b))?`,
  'gi',
);

const BANK_HOLIDAY = /\bbank\s+holiday$/i;

/** "the week of", " week": the holiday's whole week, not its weekend. */
const WHOLE_WEEK = /^(?:the\s+)?week\s|^\s+week$/i;

const YEAR_STEP: Record<string, number> = { last: -1, this: 0, next: 1 };

/**
 * Names that are the day only before "holiday(s)", "weekend" or "week": "the New Year holiday",
 * "over the Christmas and New Year holidays" are January 1, but "in the New Year" is the year to
 * come, which the new-year rule reads. After a capitalized word the name is another calendar's
 * ("the Persian New Year holiday", "Thai New Year holidays"), whose day is not January 1.
 */
const ONLY_AS_HOLIDAY: ReadonlySet<string> = new Set(['new year']);
const CALENDAR_NAME_BEFORE = /\b[A-Z][a-z]+\s+$/;

/**
 * Words that tell a habit, not an occasion: "Markets are usually shut on New Year's Day", "closed
 * on public holidays such as Boxing Day", "as it is every year". A holiday in such a sentence is
 * any year's, and no later clock time falls on it.
 */
const HABIT = /\b(?:usually|typically|normally|traditionally|customarily|always|generally|such\s+as|(?:every|each)\s+year)\b/i;

/** The sentence around `at` tells a habit. */
function toldAsHabit(scan: DateScan, at: number): boolean {
  const s = scan.sentences.find((x) => x.start <= at && at < x.end);
  return s !== undefined && HABIT.test(scan.text.slice(s.start, s.end));
}

const STEP_TENSE: Record<string, 'past' | 'future' | null> = { last: 'past', previous: 'past', next: 'future', following: 'future', this: null };

/**
 * "later this month" or "earlier this year" right after the holiday says on which side of the
 * document date it falls, over the clause's verbs: "controllers have worked unpaid since Oct. 1,
 * and airlines fear chaos over the Thanksgiving weekend later this month" is this year's.
 */
const SIDE_AFTER = /^,?\s+(later|earlier)\s+this\s+(?:week|month|year)\b/i;

/**
 * "leaving passengers trying to get home for Christmas", "shoppers bought gifts for Christmas" a
 * week before it: what is done for a holiday close ahead is done for that one, whatever the tense.
 */
const FOR_HOLIDAY_AHEAD_DAYS = 31;

function forHolidayClose(scan: DateScan, start: number, ref: Day, day: Day | null): boolean {
  if (!day || wordBefore(scan.text, start) !== 'for') return false;
  return compareDays(day, ref) > 0 && compareDays(day, addDays(ref, FOR_HOLIDAY_AHEAD_DAYS)) <= 0;
}

/** The holiday's day in year `y`; null for a feast of a calendar this Node's ICU lacks. */
function holidayDay(h: Holiday, y: number): Day | null {
  if (h.kind === 'once') return { y: h.year, m: h.month, d: h.day };
  if (h.kind === 'fixed') return { y, m: h.month, d: h.day };
  if (h.kind === 'nth-weekday') return addDays(nthWeekdayOfMonth(y, h.month, h.weekday, h.n), h.offset ?? 0);
  if (h.kind === 'lunar') return lunarDay(h.date, y);
  return addDays(easterSunday(y), h.offset);
}

/** How many days the holiday lasts: a feast of days or a month, or one day. */
const lastingDays = (h: Holiday): number => (h.kind === 'lunar' ? (h.days ?? 1) : 1);

/** The weekend a holiday belongs to: the one before a Monday or Tuesday holiday, else the one of its week. */
function holidayWeekend(day: Day): Day {
  return isoWeekday(day) <= 2 ? addDays(day, -3) : day;
}

const holiday: DateRule = {
  id: 'date/holiday',
  pattern: HOLIDAY,
  build(m, scan) {
    const [, weekendOf, step, name, explicit, yearStep, weekendAfter, holidaysAfter] = m;
    const weekend = weekendOf ?? weekendAfter;
    // Written in lower case in running text, "easter" or "black friday" needs a year, a step or its weekend to be the day;
    // "bank holiday" says it is one in any case ("the spring bank holiday").
    if (!isCapitalized(name) && !BANK_HOLIDAY.test(name) && !explicit && !yearStep && !step && !weekend && !scan.query) return null;
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (ONLY_AS_HOLIDAY.has(key) && ((!weekendAfter && !holidaysAfter) || CALENDAR_NAME_BEFORE.test(scan.text.slice(Math.max(0, m.index - 24), m.index)))) return null;
    const h = HOLIDAYS.get(key)!;
    const start = (weekendAfter ?? holidaysAfter) && !weekendOf && !step ? withArticle(scan.text, m.index) : m.index;
    const end = m.index + m[0].length;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'day' as const };
    let year: number;
    // A fixed day whose year the tense chose may take the year its sentence tells of ("in 2019, when
    // talks broke down before Christmas"); a moving feast falls on another day in another year.
    let explicitYear: boolean | undefined;
    if (h.kind === 'once') year = h.year;
    else if (explicit) year = Number(explicit);
    else if (yearStep && scan.ref) year = scan.ref.y + YEAR_STEP[yearStep.toLowerCase()];
    else if (!scan.ref || (!step && toldAsHabit(scan, start))) {
      if (h.kind !== 'fixed') return { ...base, value: 'XXXX-XX-XX' };
      return { ...base, value: `XXXX-${pad2(h.month)}-${pad2(h.day)}` };
    } else {
      const ref = scan.ref;
      const side = SIDE_AFTER.exec(scan.text.slice(end, end + 24));
      const tense = step ? STEP_TENSE[step.toLowerCase()] : side ? (side[1].toLowerCase() === 'later' ? 'future' : 'past') : scan.tense(start, end);
      year = ref.y;
      const thisYear = holidayDay(h, year);
      if (tense === 'past' && thisYear && compareDays(thisYear, ref) > 0 && !forHolidayClose(scan, start, ref, thisYear)) year--;
      if (tense === 'future' && thisYear && compareDays(addDays(thisYear, lastingDays(h) - 1), ref) < 0) year++;
      if (h.kind === 'fixed' && !step) explicitYear = false;
    }
    const day = holidayDay(h, year);
    if (!day) return { ...base, value: 'XXXX-XX-XX' };
    if (weekend && WHOLE_WEEK.test(weekend)) return { ...base, value: periodValue(day, 'week'), grain: 'week' };
    if (weekend) return { ...base, value: periodValue(holidayWeekend(day), 'weekend'), grain: 'week' };
    return { ...base, value: formatDay(day), day, ...(explicitYear === undefined ? {} : { explicitYear }) };
  },
};

/**
 * "the holiday season", "the Christmas shopping season", "last holiday season", and "the holidays"
 * after a preposition of time ("over the holidays"): the weeks around Christmas, valued as the
 * December nearest on the tense's side ("sales for the holiday season", told in February, were
 * last December's). "holidays" alone is also days off ("paid holidays"), so it needs the preposition,
 * and "a strong holiday season" is a season of trade more than a time.
 */
const HOLIDAY_SEASON =
  /\b(?:(the|this|last|next)\s+(?:(?:christmas|holiday|yuletide|festive)\s+(?:(?:shopping|sales|selling|travel|retail|buying)\s+)?season)|(?:over|during|through|before|after|until|since|around|for)\s+(the\s+holidays))\b(?!-)/gi;

const holidaySeason: DateRule = {
  id: 'date/holiday-season',
  pattern: HOLIDAY_SEASON,
  build(m, scan) {
    const [whole, determiner, holidays] = m;
    const end = m.index + whole.length;
    const start = holidays ? end - holidays.length : m.index;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'month' as const };
    if (!scan.ref) return { ...base, value: 'XXXX-12' };
    const step = determiner?.toLowerCase();
    const tense = step === 'last' ? 'past' : step === 'next' ? 'future' : step === 'this' ? null : scan.tense(start, end);
    const inDecember = scan.ref.m === 12;
    let year = scan.ref.y;
    if (tense === 'past' && !(inDecember && step !== 'last')) year--;
    if (tense === 'future' && inDecember && step === 'next') year++;
    return { ...base, value: formatMonth(year, 12) };
  },
};

/**
 * "in the new year", "after the New Year": the year about to begin, told in its second half
 * ("a slowdown in the new year" in December is the next year), else the one just begun, or the
 * one that began last when the clause tells of the past. Not a celebration's name ("the New Year
 * holiday", "the new year's first day") nor another calendar's ("the Lunar New Year").
 */
const NEW_YEAR = /\b(?:in|into|after|until|till|since|before|by|for|through|over|during|early|late)\s+(the\s+new\s+year)\b(?!['\u2019]|-|\s+(?:holidays?|celebrations?|party|parties|eve|day|break|honours|honors|resolutions?|message|address|festivities|period))/gi;

// From this month on, "the new year" is the one to come.
const NEW_YEAR_AHEAD_FROM_MONTH = 7;
// Past the year's first quarter, the current year is no longer new: "will meet again in the new year" said in May is next year's.
const NEW_YEAR_STILL_NEW_TO_MONTH = 3;

const newYear: DateRule = {
  id: 'date/new-year',
  pattern: NEW_YEAR,
  build(m, scan) {
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    const base = { start, end, rule: this.id, timexType: 'DATE' as const, grain: 'year' as const };
    if (!scan.ref) return { ...base, value: 'XXXX' };
    const tense = scan.tense(start, end);
    const ahead = scan.ref.m >= NEW_YEAR_AHEAD_FROM_MONTH ? tense !== 'past' : scan.ref.m > NEW_YEAR_STILL_NEW_TO_MONTH && tense === 'future';
    return { ...base, value: pad4(scan.ref.y + (ahead ? 1 : 0)) };
  },
};

export const HOLIDAY_RULES: readonly DateRule[] = [holiday, holidaySeason, newYear];
