import { compareDays, type Day, formatDay, isoWeekday } from '../../resolve/timex-calendar';
import { weekdayDay } from '../../resolve/timex';
import type { DateHit } from './hit';

/**
 * A bare weekday is a day of the reference week in news (news mode), even after a date of
 * background ("On Oct. 2 it had agreed to sell the unit. On Thursday it said talks stalled").
 * A story that narrates a past episode is the exception: "On March 3, 1988, the company said
 * it would sell the unit. On Thursday it added that talks had stalled" means the Thursday after
 * March 3. Only when the paragraph named a full date, with its year, at least a week and a half
 * before the reference, and nothing between turned back to the reporting days ("yesterday",
 * "last week"), does the weekday follow the narrated day.
 */

/** How far before the reference a narrated day must lie, so that its week cannot be the reporting one. */
const NARRATED_DAYS_BEFORE = 10;

/** A blank line: a new paragraph may return to the days of the report. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Rules whose dates count from the reference day: after them the story is back in the reporting days. */
const REPORTING_RULES: ReadonlySet<string> = new Set(['date/deictic-day', 'date/relative-period', 'date/weekday-relative', 'date/weekday-of-week', 'date/the-weekend']);

/** A date the text states as a day of the calendar ("March 3", "June 30, 1988"), not one it counts. */
function namesCalendarDay(h: DateHit): h is DateHit & { day: Day } {
  return h.grain === 'day' && h.day !== undefined && h.explicitYear !== undefined;
}

// "born on 4 July 1946": a birth date is a fact of a life, not a day the story goes on from.
const BIRTH_BEFORE = /\bborn\s+(?:on\s+)?$/i;

/**
 * "according to documents released Friday", "the agency said on Friday": the day of a report is
 * the reporting week's, and the story is back in the reporting days after it.
 */
const REPORTED_ON = /\b(?:said|says|released|announced|reported|disclosed|published|issued|confirmed)\s+(?:on\s+)?$/i;

/** How far before a weekday its reporting verb may start. */
const REPORT_REACH = 16;

/** A full date far enough back to open a narrated episode. */
function opensEpisode(h: DateHit & { day: Day }, ref: Day, text: string): boolean {
  return h.explicitYear === true && compareDays(ref, h.day) >= NARRATED_DAYS_BEFORE && !BIRTH_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start));
}

export function narrateWeekdays(hits: DateHit[], text: string, ref: Day | null): DateHit[] {
  if (!ref) return hits;
  let narrated: { day: Day; end: number } | null = null;
  return hits.map((h) => {
    if (narrated && PARAGRAPH_BREAK.test(text.slice(narrated.end, h.start))) narrated = null;
    if (namesCalendarDay(h)) {
      narrated = opensEpisode(h, ref, text) ? { day: h.day, end: h.end } : null;
      return h;
    }
    if (REPORTING_RULES.has(h.rule) || (h.rule === 'date/weekday' && REPORTED_ON.test(text.slice(Math.max(0, h.start - REPORT_REACH), h.start)))) narrated = null;
    if (!narrated || h.rule !== 'date/weekday' || !h.day || compareDays(h.day, ref) > 0) return h;
    const day = weekdayDay(narrated.day, isoWeekday(h.day), 'future');
    narrated = { day, end: h.end };
    return { ...h, value: formatDay(day) + h.value.slice(10), day };
  });
}
