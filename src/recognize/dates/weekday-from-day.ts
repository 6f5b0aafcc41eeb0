import { addDays, type Day, formatDay, isoWeekday } from '../../resolve/timex-calendar';
import { WEEKDAYS } from '../../lexicon/weekdays';
import type { DateHit } from './hit';

/** "the Sunday after Thanksgiving", "the Friday before Christmas": "the", a weekday, the direction. */
const THE_BEFORE = /\bthe\s+$/i;
const DIRECTION_GAP = /^\s+(after|before)\s+$/i;

/** The first `weekday` (ISO 1-7) after `day`, or the last one before it. */
function weekdayFrom(day: Day, weekday: number, after: boolean): Day {
  const step = after ? (weekday - isoWeekday(day) + 7) % 7 || 7 : -((isoWeekday(day) - weekday + 7) % 7 || 7);
  return addDays(day, step);
}

/**
 * "the Sunday after Thanksgiving", "the Friday before Christmas 2019": a weekday told from a day
 * named right after it is the first such weekday after (or the last before) that day, one date
 * whose year is the day's. Without "the" ("left Sunday after Thanksgiving dinner") the weekday
 * stands alone, and a day that is no date ("the Monday after the vote") leaves it to the tense.
 * The joined day keeps no word on its year: another date's year would move it off its weekday.
 */
export function joinWeekdayToDay(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const weekday = prev && prev.grain === 'day' && !prev.anchored ? WEEKDAYS.get(text.slice(prev.start, prev.end).toLowerCase()) : undefined;
    const gap = weekday && h.day && h.grain === 'day' && !h.anchored ? DIRECTION_GAP.exec(text.slice(prev.end, h.start)) : null;
    const the = gap ? THE_BEFORE.exec(text.slice(Math.max(0, prev.start - 5), prev.start)) : null;
    if (weekday && gap && the && h.day) {
      const day = weekdayFrom(h.day, weekday, gap[1].toLowerCase() === 'after');
      out[out.length - 1] = { start: prev.start - the[0].length, end: h.end, rule: 'date/weekday-from-day', value: formatDay(day), timexType: 'DATE', grain: 'day', day };
      continue;
    }
    out.push(h);
  }
  return out;
}
