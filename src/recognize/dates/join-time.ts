import { formatDay } from '../../resolve/timex-calendar';
import type { DateHit } from './hit';

/** Only a space may stand between a clock time and the day it falls on: "16:00 UTC today". */
const TIME_DAY_GAP = /^ $/;

/**
 * A clock time followed by the day it falls on is one expression, as TimeML spans it:
 * "16:00 UTC today", "3 p.m. Friday" → 2024-02-16T15:00.
 */
export function joinTimeToDay(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const time = hits[i];
    const day = hits[i + 1];
    if (!day || time.grain !== 'time' || !time.anchored || day.grain !== 'day' || day.anchored !== undefined || !TIME_DAY_GAP.test(text.slice(time.end, day.start))) {
      out.push(time);
      continue;
    }
    const clock = time.value.slice(time.value.indexOf('T'));
    const date = day.day ? formatDay(day.day) : day.value;
    const { anchored: _anchored, ...rest } = time;
    out.push({ ...rest, end: day.end, value: date + clock, ...(day.day ? { day: day.day } : {}) });
    i++;
  }
  return out;
}
