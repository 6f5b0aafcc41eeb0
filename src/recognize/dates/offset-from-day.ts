import { addDays, addMonths, type Day, formatDay } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/** Only the direction word stands between the count and the day: "3 days after January 12th". */
const DIRECTION_GAP = /^\s+(after|before|from)\s+$/i;

/** A day that owns the event after it ("a week after Monday's crash") is no anchor of the count. */
const OWNER_AFTER = /^['\u2019]s/;

/** A range's far end after the day: "from Thanksgiving through Cyber Monday". */
const RANGE_END_AFTER = /^\s*(?:through|thru|to|until|till|and)\b/i;

/** "the five days from Thanksgiving": a stretch that starts on the day, not a day counted from it. */
const DEFINITE_COUNT = /^the\s/i;

/**
 * "strike for eight days from Sunday 26 July", "closed for two weeks from Monday": after "for"
 * the count is how long it lasts from the day; but a date set "for" a count from a day is one
 * ("the hearing is set for two weeks from Monday").
 */
const FOR_BEFORE = /\bfor\s+$/i;
const SCHEDULED_FOR = /\b(?:set|scheduled|slated|planned|fixed|booked|due|adjourned|postponed|deferred|moved|rescheduled|called)\s+for\s+$/i;
const FOR_REACH = 24;

/**
 * "the day after Christmas", "the day before Thanksgiving", "the day after May 5": a count of one
 * day that the text writes without a number, so no duration hit stands before the day.
 */
const THE_DAY_GAP = /\bthe\s+day\s+(after|before)\s+$/i;
const THE_DAY_REACH = 20;

/** A whole count of days, weeks, months or years: P3D, P2W, P1Y. */
const WHOLE_DURATION = /^P(\d+)([DWMY])$/;

function shift(day: Day, count: number, designator: string): Day {
  if (designator === 'D') return addDays(day, count);
  if (designator === 'W') return addDays(day, 7 * count);
  return addMonths(day, designator === 'M' ? count : 12 * count);
}

/**
 * A count of days, weeks, months or years before or after a day named right after it is one
 * date: "3 days after January 12th", "two weeks before Christmas", "a year after christmas",
 * "16 days from 01/02/2018", "the day after Christmas". Before an event ("two days after the vote", "a week after Monday's
 * crash") it stays a duration.
 */
export function joinOffsetToDay(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const gap = prev && h.day && h.grain === 'day' && !h.anchored && !OWNER_AFTER.test(text.slice(h.end, h.end + 2)) ? DIRECTION_GAP.exec(text.slice(prev.end, h.start)) : null;
    const count = gap && prev.timexType === 'DURATION' && !prev.mod ? WHOLE_DURATION.exec(prev.value) : null;
    if (gap && count && h.day && !(gap[1].toLowerCase() === 'from' && isStretchFrom(prev, h, text))) {
      const sign = gap[1].toLowerCase() === 'before' ? -1 : 1;
      const day = shift(h.day, sign * Number(count[1]), count[2]);
      out[out.length - 1] = { start: prev.start, end: h.end, rule: 'date/offset-from-day', value: formatDay(day), timexType: 'DATE', grain: 'day', day };
      continue;
    }
    const theDay = h.day && h.grain === 'day' && !h.anchored && !OWNER_AFTER.test(text.slice(h.end, h.end + 2)) ? THE_DAY_GAP.exec(text.slice(Math.max(prev?.end ?? 0, h.start - THE_DAY_REACH), h.start)) : null;
    if (theDay && h.day) {
      const day = addDays(h.day, theDay[1].toLowerCase() === 'before' ? -1 : 1);
      out.push({ start: h.start - theDay[0].length, end: h.end, rule: 'date/adjacent-day', value: formatDay(day), timexType: 'DATE', grain: 'day', day });
      continue;
    }
    out.push(h);
  }
  return out;
}

/**
 * "the five days from Thanksgiving", "three weeks from May 1 to May 21", "for eight days from
 * Sunday": the count is the stretch's length.
 */
function isStretchFrom(count: DateHit, day: DateHit, text: string): boolean {
  if (DEFINITE_COUNT.test(text.slice(count.start, count.end)) || RANGE_END_AFTER.test(text.slice(day.end, day.end + 12))) return true;
  const before = text.slice(Math.max(0, count.start - FOR_REACH), count.start);
  return FOR_BEFORE.test(before) && !SCHEDULED_FOR.test(before);
}
