import { SEASON_MONTHS } from '../lexicon/seasons';
import type { UnitName } from '../lexicon/time-units';
import {
  addDays,
  addMonths,
  compareDays,
  type Day,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  isValidDay,
  pad2,
  pad4,
} from './timex-calendar';
import type { Tense } from './timex-tense';

/**
 * TIMEX3 values for calendar expressions, resolved against a reference day. With no reference
 * day the unknown parts stay X placeholders ("Thursday" → XXXX-WXX-4), never a guess.
 */

/** Units that name a calendar period ("last week", "this quarter"). */
export type PeriodUnit = Exclude<UnitName, 'second' | 'minute' | 'hour'>;

/** The value of the period of `unit` that contains `day`: 2024-W07, 2024-Q1, 202X … */
export function periodValue(day: Day, unit: PeriodUnit): string {
  switch (unit) {
    case 'day':
      return formatDay(day);
    case 'week':
      return formatWeek(day);
    case 'weekend':
      return `${formatWeek(day)}-WE`;
    case 'month':
      return formatMonth(day.y, day.m);
    case 'quarter':
      return `${pad4(day.y)}-Q${Math.floor((day.m - 1) / 3) + 1}`;
    case 'year':
      return pad4(day.y);
    case 'decade':
      return `${pad4(day.y).slice(0, 3)}X`;
    case 'century':
      return `${pad4(day.y).slice(0, 2)}XX`;
  }
}

/** The period of `unit` around `day` as a resolved value; a day also keeps the day itself, for anchoring. */
export function periodAt(day: Day, unit: PeriodUnit): { value: string; day?: Day } {
  return unit === 'day' ? { value: formatDay(day), day } : { value: periodValue(day, unit) };
}

/** The placeholder for a period of `unit` that cannot be placed. */
export function unknownPeriod(unit: PeriodUnit): string {
  switch (unit) {
    case 'day':
      return 'XXXX-XX-XX';
    case 'week':
      return 'XXXX-WXX';
    case 'weekend':
      return 'XXXX-WXX-WE';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    default:
      return 'XXXX';
  }
}

/** Moves `day` by `n` periods of `unit`. */
export function shiftDay(day: Day, unit: UnitName, n: number): Day {
  switch (unit) {
    case 'day':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'month':
      return addMonths(day, n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
    default:
      return day;
  }
}

/** The period `n` steps from the one containing `ref` ("last week" → n = -1). */
export function relativePeriod(ref: Day | null, unit: PeriodUnit, n: number): string {
  return ref ? periodValue(shiftDay(ref, unit, n), unit) : unknownPeriod(unit);
}

/** How many days back a fixture told in the past may lie: yesterday or the day before. */
const FIXTURE_DAYS_BACK = 2;

export type WeekdayDirection = 'past' | 'future' | 'fixture' | 'before' | 'after' | 'last' | 'next' | 'this-week' | 'next-week' | 'last-week';

/**
 * The day named by a weekday: 'past' is the latest on or before the reference day, 'future'
 * the earliest on or after it, 'before'/'after' exclude the reference day itself, and the
 * week forms pick the weekday inside the current, next or previous ISO week. 'fixture' is a
 * fixture told in the past: the day before or two days before the reference day ("were due to
 * take effect on Monday" told on a Tuesday), else 'future' (one further back would have been told
 * as done or undone, so "was due to arrive on Tuesday" told on a Friday is still ahead).
 * 'last' is 'before' except next to the reference day: a writer names yesterday with that word,
 * so "last Wednesday" told on a Thursday is the week before's (further off, the nearest day, as
 * in TIMEX3 news annotation: "last Monday" told on a Thursday is three days back). 'next' is the
 * weekday of the next week, the Recognizers-Text reading, as "next June" is next year's: the
 * coming one of this week has "this" and "this coming", so "next Saturday" told on a Monday is
 * twelve days ahead. Tomorrow is never "next": told on a Sunday, "next Monday" is eight days ahead.
 */
export function weekdayDay(ref: Day, weekday: number, direction: WeekdayDirection): Day {
  const today = isoWeekday(ref);
  switch (direction) {
    case 'past':
      return addDays(ref, -((today - weekday + 7) % 7));
    case 'before':
      return addDays(ref, -((today - weekday + 7) % 7 || 7));
    case 'future':
      return addDays(ref, (weekday - today + 7) % 7);
    case 'fixture': {
      const back = (today - weekday + 7) % 7;
      return addDays(ref, back > 0 && back <= FIXTURE_DAYS_BACK ? -back : (7 - back) % 7);
    }
    case 'after':
      return addDays(ref, (weekday - today + 7) % 7 || 7);
    case 'last': {
      const back = (today - weekday + 7) % 7 || 7;
      return addDays(ref, back === 1 ? -8 : -back);
    }
    case 'next': {
      const ahead = weekday - today + 7;
      return addDays(ref, ahead === 1 ? 8 : ahead);
    }
    case 'this-week':
      return addDays(ref, weekday - today);
    case 'next-week':
      return addDays(ref, weekday - today + 7);
    case 'last-week':
      return addDays(ref, weekday - today - 7);
  }
}

/**
 * The year of a month named without one: before the reference in past context, after it in
 * future, else the same year. The month just ended stays behind in future context, as a day
 * inside FUTURE_WINDOW_DAYS does: "figures for January will be released Thursday" in February.
 */
/** The year of a month's last coming round before the reference's month: "last October", told in October, is a year back. */
export function lastRoundYear(ref: Day, month: number): number {
  return month >= ref.m ? ref.y - 1 : ref.y;
}

/** The year of a month's next coming round after the reference's month: "ending next September", told in October, is next year's. */
export function nextRoundYear(ref: Day, month: number): number {
  return month <= ref.m ? ref.y + 1 : ref.y;
}

export function yearForMonth(ref: Day, month: number, tense: Tense | null): number {
  if (tense === 'past' && month > ref.m) return ref.y - 1;
  if (tense === 'future' && month === (ref.m === 1 ? 12 : ref.m - 1)) return ref.m === 1 ? ref.y - 1 : ref.y;
  if (tense === 'future' && month < ref.m) return ref.y + 1;
  return ref.y;
}

/**
 * The year of a month and day named without one. With no tense, the nearest of the three
 * candidate years wins: news writes the year for a day outside the current stretch of months.
 * A tense moves that boundary to its window on the tense's wrong side: "will join Nov. 29" in a
 * February story is this November, "ended June 30" is last June. The past window is wider,
 * because a past cue is often the report's "said" rather than the event's own tense ("said
 * the vote is set for May 29"); future cues are modals and verbs of planning that bind to it.
 */
export function yearForMonthDay(ref: Day, month: number, day: number, tense: Tense | null): number {
  if (month === 2 && day === 29) return leapYearFor(ref, tense);
  const diff = compareDays({ y: ref.y, m: month, d: day }, ref);
  // The furthest a day may lie ahead of the reference, and behind it, in the year chosen.
  const ahead = tense === 'past' ? PAST_WINDOW_DAYS : tense === 'future' ? YEAR_DAYS - FUTURE_WINDOW_DAYS : HALF_YEAR_DAYS;
  const behind = tense === 'future' ? FUTURE_WINDOW_DAYS : tense === 'past' ? YEAR_DAYS - PAST_WINDOW_DAYS : HALF_YEAR_DAYS;
  if (diff > ahead) return ref.y - 1;
  if (diff < -behind) return ref.y + 1;
  return ref.y;
}

/**
 * "Feb 29" without a year names a leap day, which a common reference year lacks: the past tense
 * takes the last leap day on or before the reference, the future the next one on or after it,
 * and no tense the nearer of the two.
 */
function leapYearFor(ref: Day, tense: Tense | null): number {
  const before = leapYearToward(ref, -1);
  const after = leapYearToward(ref, 1);
  if (tense === 'past') return before;
  if (tense === 'future') return after;
  const distance = (y: number) => Math.abs(compareDays({ y, m: 2, d: 29 }, ref));
  return distance(before) <= distance(after) ? before : after;
}

/** The year of the nearest leap day on the `step` side of the reference day, which itself counts. */
function leapYearToward(ref: Day, step: 1 | -1): number {
  let y = ref.y;
  while (!isValidDay(y, 2, 29) || compareDays({ y, m: 2, d: 29 }, ref) * step < 0) y += step;
  return y;
}

const YEAR_DAYS = 365;
const HALF_YEAR_DAYS = 183;
const PAST_WINDOW_DAYS = 123;
/**
 * Two weeks: a day further back under a future verb is next year's ("will start in Copenhagen on
 * July 1" told on July 18); a nearer one is a day a plan just passed ("will join Nov. 29" told on
 * Dec. 5 still names that day).
 */
const FUTURE_WINDOW_DAYS = 14;

/**
 * The year a two-digit year names ("03/18/40"): the one that falls at most ten years after the
 * reference year, so with a 2024 reference "31" is 2031 and "40" is 1940. Without a
 * reference, 00–50 are this century.
 */
export function expandTwoDigitYear(yy: number, ref: Day | null): number {
  if (!ref) return yy > 50 ? 1900 + yy : 2000 + yy;
  const century = Math.floor(ref.y / 100) * 100;
  const year = century + yy;
  return year > ref.y + TWO_DIGIT_YEAR_AHEAD ? year - 100 : year;
}

const TWO_DIGIT_YEAR_AHEAD = 10;

/** A month-day value, with the year placeholder when there is no year: XXXX-02-15. */
export function monthDayValue(year: number | null, month: number, day: number): string | null {
  if (year === null) return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `XXXX-${pad2(month)}-${pad2(day)}` : null;
  return isValidDay(year, month, day) ? formatDay({ y: year, m: month, d: day }) : null;
}

/** A TIMEX3 duration: P3D, PT12H, PXM, P2.5Y. `count` null makes the X of a vague quantity. */
export function durationValue(count: number | null, letter: string, clock: boolean, factor = 1): string {
  const n = count === null ? 'X' : String(+(count * factor).toFixed(3));
  return `P${clock ? 'T' : ''}${n}${letter}`;
}

export type Step = 'last' | 'this' | 'next';

/** The last month of the year in which "this winter" is still the one that began the December before. */
const WINTER_LOOKS_BACK_UNTIL = 3;

/**
 * The year of a season: "last summer" is the latest one over before the reference month,
 * "next summer" the first one not yet begun; a bare season follows the tense like a month.
 */
export function seasonYear(ref: Day, code: string, step: Step | null, tense: Tense | null): number {
  const { first, last } = SEASON_MONTHS.get(code)!;
  // Until March a winter is named by the year it began: "snowfall this winter", told in March, is of the winter just ended.
  const inWinter = ref.m <= WINTER_LOOKS_BACK_UNTIL && code === 'WI';
  const month = inWinter ? ref.m + 12 : ref.m;
  const base = inWinter ? ref.y - 1 : ref.y;
  if (step === 'this') return base;
  if (step === 'last') return month > last ? base : base - 1;
  if (step === 'next') return month < first ? base : base + 1;
  if (tense === 'past') return month >= first ? base : base - 1;
  if (tense === 'future') return month <= last ? base : base + 1;
  return base;
}
