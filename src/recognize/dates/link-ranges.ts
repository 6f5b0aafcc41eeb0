import { isFullWeekdayName } from '../../lexicon/weekdays';
import { addDays, compareDays, formatDay, formatMonth, isoWeekday, type Day } from '../../resolve/timex-calendar';
import type { DateHit, DateScan } from './hit';
import { wordBefore } from './words';

const WEEKDAY_RULE = 'date/weekday';
const WEEKDAY_OF_WEEK_RULE = 'date/weekday-of-week';

/** What may stand between two endpoints: "2010 to 2015", "Nov. 18 - Dec. 19", "between 2010 and 2015". */
const RANGE_GAP = /^\s*(-|to|through|thru|until|till|and)\s*$/i;

/**
 * Links neighbouring dates into ranges ("from March to May", "between 2010 and 2015"), lends
 * the second endpoint's year to a first one written without it ("November 20 to December 11,
 * 2015"), and numbers every range of the document in order.
 */
export function linkRanges(hits: DateHit[], scan: DateScan): DateHit[] {
  const { text } = scan;
  const out = [...hits];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.range || b.range || a.timexType !== b.timexType || (a.timexType !== 'DATE' && a.timexType !== 'TIME')) continue;
    const gap = RANGE_GAP.exec(text.slice(a.end, b.start));
    if (!gap) continue;
    const lead = wordBefore(text, a.start);
    const joiner = gap[1].toLowerCase();
    if (joiner === 'and' ? lead !== 'between' : lead !== 'from' && lead !== 'between' && a.grain !== b.grain) continue;
    if (a.value.startsWith('P') || b.value.startsWith('P')) continue;
    const id = `at${a.start}`;
    const past = scan.tense(a.start, b.end) === 'past';
    const [first, last] = orderWeekdays(inWeekOfEnd(lendYear(a, b), b), b, text, past, scan.ref);
    const [start, end] = orderYearless(first, last, past);
    out[i] = { ...start, range: { id, role: 'start' } };
    out[i + 1] = { ...end, range: { id, role: 'end' } };
    i++;
  }
  return numberRanges(out);
}

/** The year and month a dated endpoint states: "2015-12-19" → 2015, 12. */
const YEAR_MONTH = /^(\d{4})-(\d{2})/;

/** "from May to October 2020": the first month takes the year of the second, or the one before ("Nov to Feb 2017"). */
function lendYear(a: DateHit, b: DateHit): DateHit {
  if (a.explicitYear !== false || !b.explicitYear) return a;
  if (a.grain === 'day' && a.day && b.day) {
    const day = { ...a.day, y: a.day.m > b.day.m ? b.day.y - 1 : b.day.y };
    return { ...a, day, value: formatDay(day) };
  }
  const aMonth = YEAR_MONTH.exec(a.value);
  const bMonth = YEAR_MONTH.exec(b.value);
  if (a.grain !== 'month' || !aMonth || !bMonth) return a;
  const month = Number(aMonth[2]);
  return { ...a, value: formatMonth(month > Number(bMonth[2]) ? Number(bMonth[1]) - 1 : Number(bMonth[1]), month) };
}

/**
 * "runs from Monday through Friday", "closed from 9 p.m. Friday until 6 a.m. Monday": each weekday
 * was placed alone by the tense, which can put the end a week before the start ("runs" is no
 * past, yet Friday is the last one). A range's end weekday is the first of its name on or after
 * the start, and a clock time on it keeps its hour. In the past a range that would so end after
 * the reference began a week earlier instead: "the strike lasted from Monday to Thursday" told
 * on a Tuesday ran Monday to Thursday of last week.
 */
function orderWeekdays(start: DateHit, end: DateHit, text: string, past: boolean, ref: Day | null): [DateHit, DateHit] {
  if (!end.day || !start.day || compareDays(end.day, start.day) >= 0 || !namesWeekday(end, text) || !namesWeekday(start, text)) return [start, end];
  const later = shiftDays(end, DAYS_IN_WEEK);
  if (past && ref && later.day && compareDays(later.day, ref) > 0) return [shiftDays(start, -DAYS_IN_WEEK), end];
  return [start, later];
}

function shiftDays(hit: DateHit, days: number): DateHit {
  const day = addDays(hit.day!, days);
  return { ...hit, day, value: formatDay(day) + hit.value.slice(DAY_VALUE_LENGTH) };
}

/**
 * "talks ran Tuesday-Thursday last week", "Monday to Wednesday next week": the week named after
 * the end holds the start too, which the tense alone had placed in another week. The start is
 * the last day of its name on or before the end.
 */
function inWeekOfEnd(start: DateHit, end: DateHit): DateHit {
  if (start.rule !== WEEKDAY_RULE || end.rule !== WEEKDAY_OF_WEEK_RULE || !start.day || !end.day) return start;
  const day = addDays(end.day, -((isoWeekday(end.day) - isoWeekday(start.day) + DAYS_IN_WEEK) % DAYS_IN_WEEK));
  return { ...start, day, value: formatDay(day) };
}

const DAYS_IN_WEEK = 7;

/** "2024-06-07" in "2024-06-07T21:00". */
const DAY_VALUE_LENGTH = 10;

/** A weekday alone, or a clock time on a weekday ("6 a.m. Monday"); not a dated day ("Monday, June 3"). */
function namesWeekday(hit: DateHit, text: string): boolean {
  if (hit.rule === WEEKDAY_RULE) return true;
  return hit.timexType === 'TIME' && (text.slice(hit.start, hit.end).match(WORD) ?? []).some((w) => isFullWeekdayName(w.toLowerCase()));
}

const WORD = /[A-Za-z]+/g;

/**
 * "has time from May 1 to May 21", "ran from November to February": two endpoints without a year
 * were each placed alone by the tense, which can put the end before the start. In the past the
 * start moves back a year; otherwise the end moves on one.
 */
function orderYearless(start: DateHit, end: DateHit, past: boolean): [DateHit, DateHit] {
  if (end.explicitYear !== false || start.explicitYear !== false || end.grain !== start.grain) return [start, end];
  if (end.grain === 'day' && end.day && start.day) {
    const ordered = end.day.m > start.day.m || (end.day.m === start.day.m && end.day.d >= start.day.d);
    const gap = end.day.y - start.day.y;
    if (gap === (ordered ? 0 : 1)) return [start, end];
    return past ? [shiftDayYear(start, end.day.y - (ordered ? 0 : 1)), end] : [start, shiftDayYear(end, start.day.y + (ordered ? 0 : 1))];
  }
  const startMonth = YEAR_MONTH.exec(start.value);
  const endMonth = YEAR_MONTH.exec(end.value);
  if (end.grain !== 'month' || !startMonth || !endMonth) return [start, end];
  const [sy, sm, ey, em] = [Number(startMonth[1]), Number(startMonth[2]), Number(endMonth[1]), Number(endMonth[2])];
  const step = em >= sm ? 0 : 1;
  if (ey - sy === step) return [start, end];
  return past ? [{ ...start, value: formatMonth(ey - step, sm) }, end] : [start, { ...end, value: formatMonth(sy + step, em) }];
}

function shiftDayYear(hit: DateHit, y: number): DateHit {
  const day = { ...hit.day!, y };
  return { ...hit, day, value: formatDay(day) };
}

function numberRanges(hits: DateHit[]): DateHit[] {
  const ids = new Map<string, string>();
  return hits.map((h) => {
    if (!h.range) return h;
    let id = ids.get(h.range.id);
    if (!id) {
      id = `r${ids.size + 1}`;
      ids.set(h.range.id, id);
    }
    return { ...h, range: { id, role: h.range.role } };
  });
}
